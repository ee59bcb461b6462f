package web

import (
	"testing"

	"coalition/internal/search"
)

func TestCountryNameNeverSaysUnknownRegion(t *testing.T) {
	cases := []struct{ lang, code, want string }{
		{"en", "ZZ", "ZZ"},
		{"lv", "ZZ", "ZZ"},
		{"en", "150", "150"}, // Europe, a region but no country
		{"en", "QO", "QO"},
		{"en", "US", "United States"},
		{"lv", "LV", "Latvija"},
		{"en", "EL", "Greece"},
	}
	for _, c := range cases {
		if got := countryName(c.lang, c.code); got != c.want {
			t.Errorf("countryName(%s, %s) = %q, want %q", c.lang, c.code, got, c.want)
		}
	}
}

func TestOrgDropUnknownKeepsTheKnownValues(t *testing.T) {
	q := search.Query{Filters: map[string][]string{"country": {"lv", "ZZ", "EL"}, "kind": {"alien"}, "language": {"pt-PT"}, "region": {"LV00A"}}}
	got := orgDropUnknown(&q)
	if len(got) != 2 || got[0] != (orgUnknownFilter{"country", "ZZ"}) || got[1] != (orgUnknownFilter{"kind", "alien"}) {
		t.Errorf("left out %v", got)
	}
	if _, ok := q.Filters["kind"]; ok || len(q.Filters["country"]) != 2 || len(q.Filters["language"]) != 1 || len(q.Filters["region"]) != 1 {
		t.Errorf("kept %v", q.Filters)
	}
}
