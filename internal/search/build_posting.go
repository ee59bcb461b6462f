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
	seg := &segment{df: make([]uint32, len(keys)), arena: make([]byte, 0, size)}
	seg.blob, seg.offs = blob(keys)
	for f := range seg.refs {
		seg.refs[f] = make([]uint32, len(keys))
	}
	for lo := 0; lo < len(keys); {
		hi := chunkEnd(counts, lo)
		b.writeChunk(seg, keys, counts, order, t, lo, hi)
		lo = hi
	}
	return seg, nil
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

// writeChunk gathers the lists of keys lo..hi-1, reading every document in
// rank order so each list comes out sorted, and writes them.
func (b *builder) writeChunk(seg *segment, keys []string, counts []uint32, order []docRef, t *docTable, lo, hi int) {
	starts := make([]uint32, (hi-lo)*3+1)
	for i := range (hi - lo) * 3 {
		starts[i+1] = starts[i] + counts[lo*3+i]
	}
	buf := make([]uint32, starts[len(starts)-1])
	cur := slices.Clone(starts[:len(starts)-1])
	for d, r := range order {
		for _, e := range b.shards[r.shard].entriesOf(r.idx) {
			if g := int(e >> 2); g >= lo && g < hi {
				slot := (g-lo)*3 + int(e&3)
				buf[cur[slot]] = uint32(d)
				cur[slot]++
			}
		}
	}
	for g := lo; g < hi; g++ {
		for f := range 3 {
			slot := (g-lo)*3 + f
			list := buf[starts[slot]:starts[slot+1]]
			switch {
			case len(list) == 0:
			case f == fieldFacet:
				t.addList(keys[g], list)
			default:
				seg.refs[f][g] = uint32(len(seg.arena)) + 1
				seg.arena = appendPosting(seg.arena, list)
				seg.df[g] += uint32(len(list))
			}
		}
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
