package search

import (
	"github.com/RoaringBitmap/roaring/v2"
)

// docTable holds, by document number, the organization id, whether the
// document is live, and its facet values: a bitset per value of each small
// facet, and a Roaring bitmap per NUTS code (about 1,600 codes, each holding
// its region's documents and those of the regions inside it).
type docTable struct {
	org []int64 // by document number: the organization's id (0: none)
	// own holds, for each single-valued facet and document, the value's
	// index + 1 (0 for none); for the region, the document's own code. Dense
	// arrays, so counting a facet over many documents reads little memory.
	own      [numSingle][]uint32
	live     bitset
	archived bitset
	values   [numFacets]*valueSet // nil for facetRegion
	region   regionSet
	words    int // length of every bitset
}

// valueSet holds the documents of each value of one facet.
type valueSet struct {
	index map[string]int
	names []string
	bits  []bitset
}

// regionSet holds the documents under each NUTS code.
type regionSet struct {
	index map[string]int
	names []string
	docs  []*roaring.Bitmap
	chain [][]int // per code: the indexes of the code and its parents
}

func newDocTable() *docTable {
	t := &docTable{region: regionSet{index: map[string]int{}}}
	for f := range t.values {
		if f != facetRegion {
			t.values[f] = &valueSet{index: map[string]int{}}
		}
	}
	return t
}

// size returns the number of document numbers given out.
func (t *docTable) size() uint32 { return uint32(len(t.org)) }

// grow makes room for document numbers below n.
func (t *docTable) grow(n uint32) {
	need := wordsFor(n)
	if need > t.words {
		w := max(need, t.words+t.words/4+16)
		t.live, t.archived = t.live.grow(w), t.archived.grow(w)
		for _, vs := range t.values {
			for i := range vs.bitsOrNil() {
				vs.bits[i] = vs.bits[i].grow(w)
			}
		}
		t.words = w
	}
	for uint32(len(t.org)) < n {
		t.org = append(t.org, 0)
		for f := range t.own {
			t.own[f] = append(t.own[f], 0)
		}
	}
}

func (vs *valueSet) bitsOrNil() []bitset {
	if vs == nil {
		return nil
	}
	return vs.bits
}

// intern returns the index of value v, adding it when new.
func (vs *valueSet) intern(v string, words int) int {
	if i, ok := vs.index[v]; ok {
		return i
	}
	vs.index[v] = len(vs.names)
	vs.names = append(vs.names, v)
	vs.bits = append(vs.bits, make(bitset, words))
	return len(vs.names) - 1
}

// intern returns the index of a NUTS code, adding it and its parents when new.
func (rs *regionSet) intern(code string) int {
	if i, ok := rs.index[code]; ok {
		return i
	}
	var chain []int
	for _, c := range regionChain(code) {
		i, ok := rs.index[c]
		if !ok {
			i = len(rs.names)
			rs.index[c] = i
			rs.names = append(rs.names, c)
			rs.docs = append(rs.docs, roaring.New())
			rs.chain = append(rs.chain, append(append([]int(nil), chain...), i))
		}
		chain = append(chain, i)
	}
	return rs.index[code]
}

// add records document doc of organization org with facet values fv.
func (t *docTable) add(doc uint32, org int64, fv facetValues) {
	t.grow(doc + 1)
	t.org[doc] = org
	for f, v := range fv.single {
		switch {
		case v == "":
		case f == facetRegion:
			i := t.region.intern(v)
			for _, a := range t.region.chain[i] {
				t.region.docs[a].Add(doc)
			}
			t.own[f][doc] = uint32(i + 1)
		default:
			i := t.values[f].intern(v, t.words)
			t.values[f].bits[i].set(doc)
			t.own[f][doc] = uint32(i + 1)
		}
	}
	for i, vs := range fv.multi {
		for _, v := range vs {
			set := t.values[numSingle+i]
			set.bits[set.intern(v, t.words)].set(doc)
		}
	}
	if fv.archived {
		t.archived.set(doc)
	}
	t.live.set(doc)
}

// remove forgets document doc.
func (t *docTable) remove(doc uint32) {
	for f := range t.own {
		i := t.own[f][doc]
		t.own[f][doc] = 0
		switch {
		case i == 0:
		case f == facetRegion:
			for _, a := range t.region.chain[i-1] {
				t.region.docs[a].Remove(doc)
			}
		default:
			t.values[f].bits[i-1].clear(doc)
		}
	}
	for f := numSingle; f < numFacets; f++ {
		for _, b := range t.values[f].bits {
			b.clear(doc)
		}
	}
	t.archived.clear(doc)
	t.live.clear(doc)
	t.org[doc] = 0
}
