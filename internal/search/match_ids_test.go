package search

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"coalition/internal/directory"
)

// rankedOrgs returns n organizations, all matching "park" in some tier: an
// exact name, the word in the name, the word only in a description, and a
// longer word with "park" as its prefix; every seventh in Estonia, every
// eleventh archived.
func rankedOrgs(n int) []directory.Organization {
	orgs := make([]directory.Organization, 0, n)
	for i := 1; i <= n; i++ {
		var o directory.Organization
		switch i % 4 {
		case 0:
			o = org(int64(i), "Park")
		case 1:
			o = org(int64(i), fmt.Sprintf("Friends of Park %d", i), reach(int64(i)))
		case 2:
			o = org(int64(i), fmt.Sprintf("Green Club %d", i), desc("en", "We look after a park"))
		default:
			o = org(int64(i), fmt.Sprintf("Parkway Residents %d", i))
		}
		if i%7 == 0 {
			o.Country = "EE"
		}
		o.Archived = i%11 == 0
		orgs = append(orgs, o)
	}
	return orgs
}

// pagedIDs returns every match of q by paging through Search.
func pagedIDs(t *testing.T, ix *Index, q Query) []int64 {
	t.Helper()
	var out []int64
	q.Offset, q.Limit = 0, MaxLimit
	for {
		res := mustSearch(t, ix, q)
		out = append(out, res.IDs...)
		if len(res.IDs) < MaxLimit {
			if len(out) != res.Total {
				t.Fatalf("paged %d of %d matches", len(out), res.Total)
			}
			return out
		}
		q.Offset += MaxLimit
	}
}

func TestMatchIDsRankOrder(t *testing.T) {
	orgs := rankedOrgs(1000)
	queries := []Query{
		{Text: "park"},
		{Text: "park", Offset: 300, Limit: 5},
		{Text: "par"},
		{Text: "park -green"},
		{Text: "park", Filters: map[string][]string{"country": {"EE"}}},
		{Text: "park", IncludeArchived: true},
		{Filters: map[string][]string{"country": {"LV"}}},
	}
	eachIndex(t, orgs, func(t *testing.T, ix *Index) {
		for _, q := range queries {
			got, err := ix.MatchIDs(q)
			if err != nil {
				t.Fatalf("%+v: %v", q, err)
			}
			if want := pagedIDs(t, ix, q); !slices.Equal(got, want) {
				t.Errorf("%+v: %d ids, want the %d Search pages through", q, len(got), len(want))
			}
		}
		got, _ := ix.MatchIDs(Query{Text: "park"})
		if len(got) <= MaxLimit || got[0]%4 != 0 || got[len(got)-1]%4 == 0 {
			t.Errorf("park: %d ids, from %d to %d; want exact names first", len(got), got[0], got[len(got)-1])
		}
	})
}

func TestMatchIDsBadQuery(t *testing.T) {
	ix := NewIndex()
	if _, err := ix.MatchIDs(Query{Filters: map[string][]string{"colour": {"green"}}}); err == nil {
		t.Error("an unknown filter is accepted")
	}
	if ids, err := ix.MatchIDs(Query{Text: "park"}); err != nil || len(ids) != 0 {
		t.Errorf("empty index: %v %v", ids, err)
	}
}

func TestEngineMatchIDs(t *testing.T) {
	src := newFakeSource(org(1, "Alpha"), org(2, "Beta"))
	e := NewEngine(src)
	if _, err := e.MatchIDs(t.Context(), Query{}); !errors.Is(err, ErrNotReady) {
		t.Fatalf("before Start: %v", err)
	}
	e = startEngine(t, src)
	src.write(org(3, "Alpha Two"))
	e.Notify()
	ids, err := e.MatchIDs(t.Context(), Query{Text: "alpha"})
	if err != nil || !slices.Equal(ids, []int64{1, 3}) {
		t.Errorf("after a local write: %v %v", ids, err)
	}
}
