package search

import (
	"errors"
	"math"
	"slices"
	"strings"
)

// chunkEntries bounds the entries gathered at once while writing lists
// (4 bytes each): lists are written for one range of keys at a time.
const chunkEntries = 1 << 25

// postings writes the posting lists of every key into a segment, and the
// facet lists into t.
func (b *builder) postings(keys []string, order []docRef, t *docTable) (*segment, error) {
	counts := b.countEntries(len(keys))
	size := arenaSize(counts, len(order))
	if size >= math.MaxUint32 {
		return nil, errors.New("posting lists exceed 4 GB")
	}
	seg := &segment{arena: make([]byte, 0, size)}
	seg.blob, seg.offs = blob(keys)
	for f := range seg.refs {
		seg.refs[f] = make([]uint32, len(keys))
		seg.df[f] = make([]uint32, len(keys))
	}
	w := &listWriter{b: b, seg: seg, keys: keys, counts: counts, order: order, t: t}
	for lo := 0; lo < len(keys); {
		hi := chunkEnd(counts, lo)
		w.chunk(lo, hi)
		lo = hi
	}
	return seg, nil
}

// listWriter writes posting lists a range of keys at a time, reusing its
// buffers from one range to the next.
type listWriter struct {
	b                *builder
	seg              *segment
	keys             []string
	counts           []uint32
	order            []docRef
	t                *docTable
	buf, starts, cur []uint32
}

// countEntries returns the length of each key's list in each field
// (index key*3 + field).
func (b *builder) countEntries(n int) []uint32 {
	counts := make([]uint32, 3*n)
	for _, s := range b.shards {
		for _, blk := range s.store.blocks {
			for _, e := range blk {
				counts[(e>>2)*3+e&3]++
			}
		}
	}
	return counts
}

// arenaSize bounds the bytes of every name and text list.
func arenaSize(counts []uint32, docs int) int {
	blocks := (docs + 1<<16 - 1) >> 16
	size := 0
	for i, c := range counts {
		if c > 0 && i%3 != fieldFacet {
			size += 8 + 8*min(int(c), blocks) + 2*int(c)
		}
	}
	return size
}

// chunkEnd returns the end of the range of keys starting at lo whose lists
// fit in chunkEntries together (at least one key).
func chunkEnd(counts []uint32, lo int) int {
	sum, hi := 0, lo
	for hi < len(counts)/3 {
		c := int(counts[3*hi]) + int(counts[3*hi+1]) + int(counts[3*hi+2])
		if hi > lo && sum+c > chunkEntries {
			break
		}
		sum += c
		hi++
	}
	return hi
}

// chunk gathers the lists of keys lo..hi-1, reading every document in rank
// order so each list comes out sorted, and writes them.
func (w *listWriter) chunk(lo, hi int) {
	w.starts = append(w.starts[:0], 0)
	for i := range (hi - lo) * 3 {
		w.starts = append(w.starts, w.starts[i]+w.counts[lo*3+i])
	}
	if n := int(w.starts[len(w.starts)-1]); cap(w.buf) < n {
		w.buf = make([]uint32, n)
	}
	w.cur = append(w.cur[:0], w.starts[:len(w.starts)-1]...)
	for d, r := range w.order {
		for _, e := range w.b.shards[r.shard].entriesOf(r.idx) {
			if g := int(e >> 2); g >= lo && g < hi {
				slot := (g-lo)*3 + int(e&3)
				w.buf[w.cur[slot]] = uint32(d)
				w.cur[slot]++
			}
		}
	}
	for g := lo; g < hi; g++ {
		for f := range 3 {
			slot := (g-lo)*3 + f
			w.write(g, f, w.buf[w.starts[slot]:w.starts[slot+1]])
		}
	}
}

// write stores the list of key g in field f.
func (w *listWriter) write(g, f int, list []uint32) {
	switch {
	case len(list) == 0:
	case f == fieldFacet:
		w.t.addList(w.keys[g], list)
	default:
		w.seg.refs[f][g] = uint32(len(w.seg.arena)) + 1
		w.seg.arena = appendPosting(w.seg.arena, list)
		w.seg.df[f][g] = uint32(len(list))
	}
}

// addList records the documents of a facet key while building.
func (t *docTable) addList(key string, docs []uint32) {
	if key == archivedKey {
		for _, d := range docs {
			t.archived.set(d)
		}
		return
	}
	name, value, _ := strings.Cut(strings.TrimPrefix(key, facetMark), facetSplit)
	f, ok := facetIndex(name)
	switch {
	case !ok:
	case f == facetRegion:
		t.region.docs[t.region.intern(value)].AddMany(docs)
	default:
		vs := t.values[f]
		i := vs.intern(value, t.words)
		for _, d := range docs {
			vs.bits[i].set(d)
			if f < numSingle {
				t.own[f][d] = uint32(i + 1)
			}
		}
	}
}

// ownRegions records each document's own NUTS code: the longest code it is
// stored under.
func (t *docTable) ownRegions() {
	codes := make([]int, len(t.region.names))
	for i := range codes {
		codes[i] = i
	}
	slices.SortFunc(codes, func(a, b int) int { return len(t.region.names[a]) - len(t.region.names[b]) })
	for _, i := range codes {
		t.region.docs[i].Iterate(func(d uint32) bool {
			t.own[facetRegion][d] = uint32(i + 1)
			return true
		})
	}
}
