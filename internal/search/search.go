package search

// maxFilterValues bounds the facet values of one query, box and API together.
const maxFilterValues = 64

// Search returns the page of organizations matching q, best first, with the
// number of matches and the facet counts. Ranking tiers, each in static-rank
// order: a whole name equal to the query; every word in a name; every word
// in a name with the last one as a prefix; every word exactly (or by stem)
// anywhere; the rest (the last word only as a prefix, in a description).
func (ix *Index) Search(q Query) (Result, error) {
	r, err := newRequest(q)
	if err != nil {
		return Result{}, err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	e := newEval(ix)
	defer e.release()
	return e.run(&r), nil
}

// request is a Query parsed and checked.
type request struct {
	p               Parsed
	filters, negate filterSet
	archived        bool
	offset, limit   int
}

func newRequest(q Query) (request, error) {
	p, err := Parse(q.Text)
	if err != nil {
		return request{}, err
	}
	if err := checkBoxFilters(p.Filters); err != nil {
		return request{}, err
	}
	r := request{p: p, archived: q.IncludeArchived}
	for _, m := range []map[string][]string{p.Filters, q.Filters} {
		if err := mergeFilters(&r.filters, m); err != nil {
			return request{}, err
		}
	}
	if err := mergeFilters(&r.negate, p.Negate); err != nil {
		return request{}, err
	}
	if r.filters.count() > maxFilterValues {
		return request{}, errTooManyTerms()
	}
	r.offset, r.limit = pageBounds(q)
	return r, nil
}

// run evaluates a request: the matches, then the filters, the facet counts
// and the page.
func (e *eval) run(r *request) Result {
	pl := e.plan(r.p)
	matched := e.matched(pl, r.p, &r.negate, r.archived)
	var fsets [numFacets]bitset
	all := e.get()
	all.copyFrom(matched)
	for f, vs := range r.filters {
		if len(vs) > 0 {
			fsets[f] = e.values(f, vs)
			all.and(fsets[f])
		}
	}
	res := Result{Total: all.count()}
	res.Facets = e.facets(matched, all, res.Total, &fsets, &r.filters)
	res.IDs = e.page(pl, all, r.offset, r.limit)
	return res
}

// matched returns the live documents matching the words and exclusions of
// the query, before facet filters.
func (e *eval) matched(pl plan, p Parsed, negate *filterSet, archived bool) bitset {
	m := e.all(pl.words, func(q qword) bitset { return e.set(q, false, true, q.prefix) })
	if m == nil {
		m = e.get()
		m.copyFrom(e.ix.docs.live)
	} else {
		m.and(e.ix.docs.live)
	}
	if !archived {
		m.andNot(e.ix.docs.archived)
	}
	for _, t := range p.Exclude {
		x := e.phrase(t.Words)
		m.andNot(x)
		e.drop(x)
	}
	for f, vs := range negate {
		if len(vs) > 0 {
			x := e.values(f, vs)
			m.andNot(x)
			e.drop(x)
		}
	}
	return m
}

// values returns the documents having any of the values of facet f.
func (e *eval) values(f int, vs []string) bitset {
	b := e.get()
	t := e.ix.docs
	for _, v := range vs {
		if f == facetRegion {
			if i, ok := t.region.index[v]; ok {
				t.region.docs[i].Iterate(func(x uint32) bool { b.set(x); return true })
			}
		} else if i, ok := t.values[f].index[v]; ok {
			b.or(t.values[f].bits[i])
		}
	}
	return b
}

// page returns the organization ids of the page of r, tier by tier.
func (e *eval) page(pl plan, r bitset, offset, limit int) []int64 {
	docs := make([]uint32, 0, limit)
	var taken bitset
	tiers := e.tiers(pl)
	for i, tier := range tiers {
		t := r
		if tier != nil {
			t = tier()
			t.and(r)
		}
		if taken != nil {
			t.andNot(taken)
		}
		if c := t.count(); offset >= c {
			offset -= c
		} else {
			docs = t.appendIDs(docs, offset, limit-len(docs))
			offset = 0
		}
		if len(docs) == limit || i == len(tiers)-1 {
			break
		}
		if taken == nil {
			taken = e.get()
		}
		taken.or(t)
	}
	ids := make([]int64, len(docs))
	for i, d := range docs {
		ids[i] = e.ix.docs.org[d]
	}
	return ids
}

// fullName returns the documents with a name of hash h.
func (e *eval) fullName(h uint64) bitset {
	b := e.get()
	e.ix.main.orName(b, h)
	if e.ix.dirty != nil {
		b.andNot(e.ix.dirty)
	}
	e.ix.delta.orName(b, h)
	return b
}

// tiers returns the ranking tiers of a query, best first, each computing its
// set when called; nil stands for all the matches.
func (e *eval) tiers(pl plan) []func() bitset {
	ws := pl.words
	if len(ws) == 0 {
		return []func() bitset{nil}
	}
	name := func(q qword) bitset { return e.set(q, true, false, false) }
	tiers := []func() bitset{
		func() bitset { return e.fullName(pl.full) },
		func() bitset { return e.all(ws, name) },
	}
	last := ws[len(ws)-1]
	if last.prefix {
		tiers = append(tiers,
			func() bitset {
				b := e.set(last, true, false, true)
				if head := e.all(ws[:len(ws)-1], name); head != nil {
					b.and(head)
				}
				return b
			},
			func() bitset { return e.all(ws, func(q qword) bitset { return e.set(q, false, true, false) }) },
		)
	}
	return append(tiers, nil)
}
