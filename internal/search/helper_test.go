package search

import (
	"context"
	"slices"
	"testing"

	"coalition/internal/directory"
)

// opt sets a field of a test organization.
type opt func(*directory.Organization)

func org(id int64, name string, opts ...opt) directory.Organization {
	o := directory.Organization{ID: id, Name: name, Country: "LV", Kind: "ngo", Sector: "civil", Level: "local"}
	for _, f := range opts {
		f(&o)
	}
	return o
}

func desc(lang, text string) opt {
	return func(o *directory.Organization) {
		o.Descriptions = append(o.Descriptions, directory.Text{Lang: lang, Value: text})
	}
}

func alias(lang, name string) opt {
	return func(o *directory.Organization) { o.Names = append(o.Names, directory.Text{Lang: lang, Value: name}) }
}

func reach(members int64) opt { return func(o *directory.Organization) { o.Members = members } }

func country(c string) opt { return func(o *directory.Organization) { o.Country = c } }

func region(r string) opt { return func(o *directory.Organization) { o.Region = r } }

func kind(k string) opt { return func(o *directory.Organization) { o.Kind = k } }

func topics(ts ...string) opt { return func(o *directory.Organization) { o.Topics = ts } }

func archived() opt { return func(o *directory.Organization) { o.Archived = true } }

func city(c string) opt { return func(o *directory.Organization) { o.City = c } }

// scanOf returns a ScanFunc over orgs.
func scanOf(orgs []directory.Organization) ScanFunc {
	return func(ctx context.Context, fn func(directory.Organization) error) error {
		for _, o := range orgs {
			if err := fn(o); err != nil {
				return err
			}
		}
		return nil
	}
}

// indexes returns the same organizations indexed three ways: one Put at a
// time, by Build, and half by Build then half by Put. Tests run on each.
func indexes(t *testing.T, orgs []directory.Organization) map[string]*Index {
	t.Helper()
	put := NewIndex()
	for _, o := range orgs {
		put.Put(o)
	}
	built, err := Build(context.Background(), scanOf(orgs))
	if err != nil {
		t.Fatal(err)
	}
	half := len(orgs) / 2
	mixed, err := Build(context.Background(), scanOf(orgs[:half]))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range orgs[half:] {
		mixed.Put(o)
	}
	return map[string]*Index{"put": put, "build": built, "mixed": mixed}
}

func mustSearch(t *testing.T, ix *Index, q Query) Result {
	t.Helper()
	res, err := ix.Search(q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return res
}

// ids returns the ids found for text, best first.
func ids(t *testing.T, ix *Index, text string) []int64 {
	t.Helper()
	return mustSearch(t, ix, Query{Text: text, Limit: 100}).IDs
}

// sorted returns the ids found for text in ascending order, for tests that
// check what matches, not the ranking.
func sorted(t *testing.T, ix *Index, text string) []int64 {
	t.Helper()
	got := ids(t, ix, text)
	slices.Sort(got)
	return got
}

func eachIndex(t *testing.T, orgs []directory.Organization, fn func(t *testing.T, ix *Index)) {
	for name, ix := range indexes(t, orgs) {
		t.Run(name, func(t *testing.T) { fn(t, ix) })
	}
}

func wantIDs(t *testing.T, what string, got []int64, want ...int64) {
	t.Helper()
	if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}
