package search

import "testing"

func TestKnownValue(t *testing.T) {
	for _, tc := range []struct {
		facet, value string
		want         bool
	}{
		{"country", "LV", true}, {"country", "el", true}, {"country", "GR", true}, {"country", "NO", true}, {"country", "uk", true}, {"country", "LVA", true},
		{"country", "ZZ", false}, {"country", "Latvia", false}, {"country", "150", false},
		{"region", "LV00A", true}, {"region", "LV999", false},
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
