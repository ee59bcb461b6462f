package search

import (
	"cmp"
	"errors"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// docRef points at a document read by a shard.
type docRef struct {
	shard uint32
	idx   uint32
	score float32
	org   int64
}

// finish turns the shards into an Index: one sorted dictionary, document
// numbers in static-rank order, and the posting lists.
func (b *builder) finish() (*Index, error) {
	keys := b.mergeKeys()
	runtime.GC() // the shards' maps are gone: free them before the lists take their room
	order := b.rank()
	if len(order) >= math.MaxUint32 || len(keys) >= 1<<30 {
		return nil, errors.New("too many documents or words")
	}
	ix := &Index{delta: newDelta(), docs: newDocTable(), byOrg: make(map[int64]uint32, len(order))}
	ix.docs.grow(uint32(len(order)))
	for d, r := range order {
		if _, dup := ix.byOrg[r.org]; !dup {
			ix.byOrg[r.org] = uint32(d)
			ix.docs.org[d] = r.org
			ix.docs.live.set(uint32(d))
		}
	}
	seg, err := b.postings(keys, order, ix.docs)
	if err != nil {
		return nil, err
	}
	seg.docs = uint32(len(order))
	seg.nameHashes, seg.nameDocs = b.nameIndex(order)
	ix.main = seg
	ix.docs.ownRegions()
	return ix, nil
}

// mergeKeys sorts the keys of all shards into one dictionary and rewrites
// every shard's entries to use its numbering.
func (b *builder) mergeKeys() []string {
	perms := make([][]uint32, len(b.shards))
	var wg sync.WaitGroup
	for i, s := range b.shards {
		s.ids, s.folded, s.foldedIDs, s.stems = nil, nil, nil, nil
		wg.Go(func() { perms[i] = sortedPerm(s.keys) })
	}
	wg.Wait()
	var keys []string
	remaps := make([][]uint32, len(b.shards))
	for i, s := range b.shards {
		remaps[i] = make([]uint32, len(s.keys))
	}
	heads := make([]int, len(b.shards))
	for {
		best := -1
		for i, s := range b.shards {
			if heads[i] < len(perms[i]) && (best < 0 || s.keys[perms[i][heads[i]]] < b.shards[best].keys[perms[best][heads[best]]]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		k := b.shards[best].keys[perms[best][heads[best]]]
		if len(keys) == 0 || keys[len(keys)-1] != k {
			keys = append(keys, k)
		}
		remaps[best][perms[best][heads[best]]] = uint32(len(keys) - 1)
		heads[best]++
	}
	b.remap(remaps)
	return keys
}

func sortedPerm(keys []string) []uint32 {
	perm := make([]uint32, len(keys))
	for i := range perm {
		perm[i] = uint32(i)
	}
	slices.SortFunc(perm, func(a, b uint32) int { return strings.Compare(keys[a], keys[b]) })
	return perm
}

// remap rewrites the shards' entries to global key numbers.
func (b *builder) remap(remaps [][]uint32) {
	var wg sync.WaitGroup
	for i, s := range b.shards {
		wg.Go(func() {
			for _, blk := range s.store.blocks {
				for j, e := range blk {
					blk[j] = remaps[i][e>>2]<<2 | e&3
				}
			}
			s.keys = nil
		})
	}
	wg.Wait()
}

// rank returns every document in static-rank order: score, then id.
func (b *builder) rank() []docRef {
	var order []docRef
	for si, s := range b.shards {
		for i, d := range s.docs {
			order = append(order, docRef{uint32(si), uint32(i), d.score, d.org})
		}
	}
	slices.SortFunc(order, func(x, y docRef) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		return cmp.Compare(x.org, y.org)
	})
	return order
}

// nameIndex returns the name hashes of every document, ascending, and the
// document number of each.
func (b *builder) nameIndex(order []docRef) ([]uint64, []uint32) {
	num := make([][]uint32, len(b.shards))
	for i, s := range b.shards {
		num[i] = make([]uint32, len(s.docs))
	}
	for d, r := range order {
		num[r.shard][r.idx] = uint32(d)
	}
	var refs []nameRef
	for i, s := range b.shards {
		for _, n := range s.names {
			refs = append(refs, nameRef{n.hash, num[i][n.doc]})
		}
		s.names = nil
	}
	slices.SortFunc(refs, func(x, y nameRef) int {
		if c := cmp.Compare(x.hash, y.hash); c != 0 {
			return c
		}
		return cmp.Compare(x.doc, y.doc)
	})
	refs = slices.Compact(refs)
	hashes, docs := make([]uint64, len(refs)), make([]uint32, len(refs))
	for i, r := range refs {
		hashes[i], docs[i] = r.hash, r.doc
	}
	return hashes, docs
}

// blob joins the keys into one string with their offsets.
func blob(keys []string) (string, []uint32) {
	var sb strings.Builder
	offs := make([]uint32, 0, len(keys)+1)
	n := 0
	for _, k := range keys {
		n += len(k)
	}
	sb.Grow(n)
	for _, k := range keys {
		offs = append(offs, uint32(sb.Len()))
		sb.WriteString(k)
	}
	return sb.String(), append(offs, uint32(sb.Len()))
}
