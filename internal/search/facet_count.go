package search

import "math/bits"

// facets returns the counts of every facet's values over the matches. A
// facet with a filter is counted over the matches of every other filter but
// its own; the others over r, the matches of all filters (n of them).
func (e *eval) facets(matched, r bitset, n int, fsets *[numFacets]bitset, sel *filterSet) map[string]map[string]int {
	out := make(map[string]map[string]int, numFacets)
	for f := range numFacets {
		base, size := r, n
		if fsets[f] != nil {
			base = e.without(matched, fsets, f)
			size = base.count()
		}
		counts := e.count(f, base, size)
		for _, v := range sel[f] {
			counts[v] += 0
		}
		out[facetNames[f]] = counts
		if fsets[f] != nil {
			e.drop(base)
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

// count returns the count of each value of facet f in base, which holds n
// documents. Small bases are counted document by document, large ones with
// a whole-bitset AND and popcount per value.
func (e *eval) count(f int, base bitset, n int) map[string]int {
	if n == 0 {
		return map[string]int{}
	}
	if f == facetRegion {
		return e.countRegion(base)
	}
	vs := e.ix.docs.values[f]
	counts := make([]int, len(vs.names))
	switch {
	case n*4 >= e.words:
		for i, b := range vs.bits {
			counts[i] = countAnd(base, b)
		}
	case f < numSingle:
		for _, d := range base.appendIDs(nil, 0, n) {
			if v := e.ix.docs.info[d].single[f]; v > 0 {
				counts[v-1]++
			}
		}
	default:
		ids := base.appendIDs(nil, 0, n)
		for i, b := range vs.bits {
			for _, d := range ids {
				if b.has(d) {
					counts[i]++
				}
			}
		}
	}
	return countMap(vs.names, counts)
}

// countRegion counts each document under its own NUTS code, then adds the
// counts up to the parent codes.
func (e *eval) countRegion(base bitset) map[string]int {
	rs := &e.ix.docs.region
	own := make([]int, len(rs.names))
	info := e.ix.docs.info
	for wi, w := range base {
		for w != 0 {
			d := wi*64 + bits.TrailingZeros64(w)
			w &= w - 1
			if v := info[d].single[facetRegion]; v > 0 {
				own[v-1]++
			}
		}
	}
	total := make([]int, len(rs.names))
	for i, c := range own {
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
