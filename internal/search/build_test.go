package search

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"coalition/internal/directory"
)

// allIDs returns every id matching q, page by page, sorted.
func allIDs(t *testing.T, ix *Index, q Query) []int64 {
	t.Helper()
	var out []int64
	for q.Offset, q.Limit = 0, MaxLimit; ; q.Offset += MaxLimit {
		res := mustSearch(t, ix, q)
		out = append(out, res.IDs...)
		if len(res.IDs) < MaxLimit {
			break
		}
	}
	slices.Sort(out)
	return out
}

func testQueries(c *corpus) []Query {
	qs := []Query{{}, {IncludeArchived: true}, {Text: "country:DE -topic:energy"}}
	for _, bq := range benchQueries(c)[:120] {
		qs = append(qs, bq.Query)
	}
	return qs
}

// TestBuildMatchesPut checks that Build indexes exactly what Put does: the
// same matches and facet counts for every query of the benchmark mix.
func TestBuildMatchesPut(t *testing.T) {
	c := newCorpus(1)
	const n = 3000
	built, err := Build(t.Context(), c.scan(n))
	if err != nil {
		t.Fatal(err)
	}
	put := NewIndex()
	for i := range n {
		put.Put(c.org(i))
	}
	if built.Len() != n || put.Len() != n {
		t.Fatalf("Len: built %d, put %d", built.Len(), put.Len())
	}
	for _, q := range testQueries(c) {
		a, b := mustSearch(t, built, q), mustSearch(t, put, q)
		if a.Total != b.Total || !reflect.DeepEqual(a.Facets, b.Facets) {
			t.Fatalf("%+v: built total %d, put total %d, or facets differ", q, a.Total, b.Total)
		}
		if !slices.Equal(allIDs(t, built, q), allIDs(t, put, q)) {
			t.Fatalf("%+v: matches differ", q)
		}
	}
}

// TestRewriteKeepsRank checks that writing every built organization again
// (each new version masks the built lists and lives in the delta) keeps the
// results and their order.
func TestRewriteKeepsRank(t *testing.T) {
	c := newCorpus(2)
	const n = 2000
	ix, err := Build(t.Context(), c.scan(n))
	if err != nil {
		t.Fatal(err)
	}
	qs := testQueries(c)
	before := make([]Result, len(qs))
	for i, q := range qs {
		before[i] = mustSearch(t, ix, q)
	}
	for i := range n {
		ix.Put(c.org(i))
	}
	for i, q := range qs {
		if after := mustSearch(t, ix, q); !reflect.DeepEqual(before[i], after) {
			t.Fatalf("%+v: before %+v, after %+v", q, before[i], after)
		}
	}
}

// TestBuildEmptyAndDuplicates checks Build on nothing and on a scan that
// yields an id twice.
func TestBuildEmptyAndDuplicates(t *testing.T) {
	ix, err := Build(t.Context(), scanOf(nil))
	if err != nil || ix.Len() != 0 {
		t.Fatalf("empty: %v, %d", err, ix.Len())
	}
	if res := mustSearch(t, ix, Query{Text: "x"}); res.Total != 0 {
		t.Error("empty index found something")
	}
	ix.Put(org(1, "First"))
	wantIDs(t, "put after empty build", ids(t, ix, "first"), 1)
	dup := []directory.Organization{org(1, "Same"), org(1, "Same")}
	ix, err = Build(t.Context(), scanOf(dup))
	if err != nil || ix.Len() != 1 {
		t.Fatalf("duplicates: %v, %d", err, ix.Len())
	}
	wantIDs(t, "duplicate once", ids(t, ix, "same"), 1)
	if got := mustSearch(t, ix, Query{}).Facets["country"]; !maps.Equal(got, map[string]int{"LV": 1}) {
		t.Errorf("duplicate counted twice: %v", got)
	}
}
