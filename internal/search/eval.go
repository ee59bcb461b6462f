package search

// Prefix expansion of the word being typed, in each field apart (so that
// name words are not crowded out by frequent description words): at most
// maxExpand completions, the most frequent first, and no more once their
// lists hold expandBudget documents (a short prefix would otherwise read
// most of the index).
const (
	maxExpand    = 64
	expandBudget = 1 << 19
)

// eval evaluates one query under the index's read lock. Its sets are bitsets
// over every document number, taken from a pool and returned by release.
type eval struct {
	ix    *Index
	words int
	bufs  []bitset
}

func newEval(ix *Index) *eval { return &eval{ix: ix, words: ix.docs.words} }

func (e *eval) get() bitset {
	b := getBitset(e.words)
	e.bufs = append(e.bufs, b)
	return b
}

// drop returns b to the pool before the query ends.
func (e *eval) drop(b bitset) {
	for i, have := range e.bufs {
		if len(have) > 0 && &have[0] == &b[0] {
			e.bufs = append(e.bufs[:i], e.bufs[i+1:]...)
			putBitset(b)
			return
		}
	}
}

func (e *eval) release() {
	for _, b := range e.bufs {
		putBitset(b)
	}
	e.bufs = nil
}

// leaf names one posting list: a key in a field.
type leaf struct {
	field int
	key   string
}

// union returns the documents of any of the leaves: the segment's lists
// (less its stale documents), then the delta's lists.
func (e *eval) union(segLeaves, deltaLeaves []leaf) bitset {
	b := e.get()
	for _, l := range segLeaves {
		e.ix.main.orKey(b, l.field, l.key)
	}
	if e.ix.dirty != nil {
		b.andNot(e.ix.dirty)
	}
	for _, l := range deltaLeaves {
		e.ix.delta.orKey(b, l.field, l.key)
	}
	return b
}

// qword is a positive word of the query and how it may match.
type qword struct {
	text             string
	stems            []leaf              // the word's stems in each stemmer language
	prefix           bool                // the word is being typed
	segExp, deltaExp [numFields][]string // its completions by field, when prefix
}

// plan is the words of a query, prepared once.
type plan struct {
	words []qword
	full  uint64 // the nameHash of all the words together
}

func (e *eval) plan(p Parsed) plan {
	var pl plan
	for ti, t := range p.Terms {
		for wi, w := range t.Words {
			q := qword{text: w}
			if !t.Quoted {
				q.stems = stemLeaves(w)
			}
			if p.Prefix && ti == len(p.Terms)-1 && wi == len(t.Words)-1 {
				q.prefix = true
				for f := range numFields {
					q.segExp[f] = e.ix.main.expand(w, f, maxExpand, expandBudget)
					q.deltaExp[f] = e.ix.delta.expand(w, f, maxExpand, expandBudget)
				}
			}
			pl.words = append(pl.words, q)
		}
	}
	if ws := p.words(); len(ws) > 0 {
		pl.full = nameHash(ws)
	}
	return pl
}

// stemLeaves returns the stem lists of a word in every stemmer language.
func stemLeaves(w string) []leaf {
	var ls []leaf
	for _, lang := range stemLangs {
		if s, ok := stem(lang, w); ok {
			ls = append(ls, leaf{fieldText, stemKey(lang, s)})
		}
	}
	return ls
}

// leaves returns the lists of word q: in the name field only or in both,
// with stems or not, with completions (from exp, by field) or not.
func (q qword) leaves(nameOnly, stems bool, exp *[numFields][]string) []leaf {
	ls := []leaf{{fieldName, q.text}}
	if !nameOnly {
		ls = append(ls, leaf{fieldText, q.text})
		if stems {
			ls = append(ls, q.stems...)
		}
	}
	if exp == nil {
		return ls
	}
	for _, x := range exp[fieldName] {
		ls = append(ls, leaf{fieldName, x})
	}
	if !nameOnly {
		for _, x := range exp[fieldText] {
			ls = append(ls, leaf{fieldText, x})
		}
	}
	return ls
}

// set returns the documents where q matches in the given way.
func (e *eval) set(q qword, nameOnly, stems, expand bool) bitset {
	if !expand {
		ls := q.leaves(nameOnly, stems, nil)
		return e.union(ls, ls)
	}
	return e.union(q.leaves(nameOnly, stems, &q.segExp), q.leaves(nameOnly, stems, &q.deltaExp))
}

// all returns the intersection of set(w) over words.
func (e *eval) all(words []qword, set func(qword) bitset) bitset {
	var acc bitset
	for _, w := range words {
		s := set(w)
		if acc == nil {
			acc = s
			continue
		}
		acc.and(s)
		e.drop(s)
	}
	return acc
}

// phrase returns the documents holding every word of an excluded term,
// exactly, in either field.
func (e *eval) phrase(words []string) bitset {
	qs := make([]qword, len(words))
	for i, w := range words {
		qs[i] = qword{text: w}
	}
	return e.all(qs, func(q qword) bitset { return e.set(q, false, false, false) })
}
