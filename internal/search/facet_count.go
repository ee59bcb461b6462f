package search

import "math/bits"

// baseSet is a set of documents to count facets over, with its size and,
// once asked for, its members.
type baseSet struct {
	bits bitset
	n    int
	ids  []uint32
}

func (b *baseSet) docs() []uint32 {
	if b.ids == nil {
		b.ids = b.bits.appendIDs(make([]uint32, 0, b.n), 0, b.n)
	}
	return b.ids
}

// facets returns the counts of every facet's values over the matches. A
// facet with a filter is counted over the matches of every other filter but
// its own; the others over r, the matches of all filters (n of them).
func (e *eval) facets(matched, r bitset, n int, fsets *[numFacets]bitset, sel *filterSet) map[string]map[string]int {
	out := make(map[string]map[string]int, numFacets)
	all := &baseSet{bits: r, n: n}
	for f := range numFacets {
		base := all
		if fsets[f] != nil {
			b := e.without(matched, fsets, f)
			base = &baseSet{bits: b, n: b.count()}
		}
		counts := e.count(f, base)
		for _, v := range sel[f] {
			counts[v] += 0
		}
		out[facetNames[f]] = counts
		if base != all {
			e.drop(base.bits)
		}
	}
	return out
}

// without returns matched filtered by every facet but f.
func (e *eval) without(matched bitset, fsets *[numFacets]bitset, f int) bitset {
	b := e.get()
	b.copyFrom(matched)
	for g, fs := range fsets {
		if g != f && fs != nil {
			b.and(fs)
		}
	}
	return b
}

// count returns the count of each value of facet f in base, choosing the
// cheaper way: a whole-bitset AND and popcount per value (about a quarter
// of a nanosecond per word), or a look at each document (a nanosecond or
// two each, and one per value for multi-valued facets).
func (e *eval) count(f int, base *baseSet) map[string]int {
	if base.n == 0 {
		return map[string]int{}
	}
	if f == facetRegion {
		return e.countRegion(base)
	}
	vs := e.ix.docs.values[f]
	counts := make([]int, len(vs.names))
	dense := len(vs.names) * e.words / 4
	switch {
	case f < numSingle && base.n < dense:
		own := e.ix.docs.own[f]
		for _, d := range base.docs() {
			if v := own[d]; v > 0 {
				counts[v-1]++
			}
		}
	case f >= numSingle && base.n*len(vs.names) < dense:
		for i, b := range vs.bits {
			for _, d := range base.docs() {
				if b.has(d) {
					counts[i]++
				}
			}
		}
	default:
		for i, b := range vs.bits {
			counts[i] = countAnd(base.bits, b)
		}
	}
	return countMap(vs.names, counts)
}

// countRegion counts each document under its own NUTS code, then adds the
// counts up to the parent codes.
func (e *eval) countRegion(base *baseSet) map[string]int {
	rs := &e.ix.docs.region
	own := e.ix.docs.own[facetRegion]
	counts := make([]int, len(rs.names))
	if base.ids != nil || base.n*8 < e.words {
		for _, d := range base.docs() {
			if v := own[d]; v > 0 {
				counts[v-1]++
			}
		}
	} else {
		for wi, w := range base.bits {
			for w != 0 {
				if v := own[wi*64+bits.TrailingZeros64(w)]; v > 0 {
					counts[v-1]++
				}
				w &= w - 1
			}
		}
	}
	total := make([]int, len(rs.names))
	for i, c := range counts {
		if c > 0 {
			for _, a := range rs.chain[i] {
				total[a] += c
			}
		}
	}
	return countMap(rs.names, total)
}

func countMap(names []string, counts []int) map[string]int {
	m := make(map[string]int)
	for i, c := range counts {
		if c > 0 {
			m[names[i]] = c
		}
	}
	return m
}
