package search

import (
	"coalition/internal/i18n"
	"errors"
	"testing"
)

func TestKnownValue(t *testing.T) {
	for _, tc := range []struct {
		facet, value string
		want         bool
	}{
		{"country", "LV", true}, {"country", "el", true}, {"country", "GR", true}, {"country", "NO", true}, {"country", "uk", true}, {"country", "LVA", true},
		{"country", "ZZ", false}, {"country", "Latvia", false}, {"country", "150", false},
		{"region", "LV00A", true}, {"region", "lv009", true}, {"region", "LV006", false}, {"region", "lv00", true}, {"region", "LV999", false},
		{"kind", "ngo", true}, {"kind", "NGO", true}, {"kind", "alien", false},
		{"topic", "environment_climate", true}, {"topic", "nonsense", false},
		{"language", "lv", true}, {"language", "pt-PT", true}, {"language", "xx", false}, {"language", "latvian", false},
		{"no such facet", "anything", true},
	} {
		if got := KnownValue(tc.facet, tc.value); got != tc.want {
			t.Errorf("KnownValue(%q, %q) = %v, want %v", tc.facet, tc.value, got, tc.want)
		}
	}
}

// TestBoxFilterOfUnknownValueIsRefused checks that a filter typed in the
// query box with a value no organization can have is an error naming it,
// not an empty list.
func TestBoxFilterOfUnknownValueIsRefused(t *testing.T) {
	eachIndex(t, facetOrgs(), func(t *testing.T, ix *Index) {
		_, err := ix.Search(Query{Text: "alpha kind:alien"})
		var le *i18n.LocalizedError
		if !errors.As(err, &le) || le.Key != "search.unknown_value" || le.Field != "q" {
			t.Fatalf("kind:alien: %v, want search.unknown_value on q", err)
		}
		if res := mustSearch(t, ix, Query{Text: "alpha country:lv -kind:alien"}); res.Total != 1 {
			t.Errorf("known values: %d found", res.Total)
		}
	})
}
