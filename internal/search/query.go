package search

import (
	"strings"

	"coalition/internal/directory"
	"coalition/internal/i18n"
)

// Query is a search request: the text typed in the query box, facet filters
// (facet → values: OR within a facet, AND across facets), whether archived
// organizations count, and the page wanted.
type Query struct {
	Text            string
	Filters         map[string][]string
	IncludeArchived bool
	Offset, Limit   int
}

// Result is one page of matches, best first, with the number of all matches
// and the facet counts over them. The count of a facet's values is taken
// with every other facet's filter applied but not its own (multi-select
// faceting), so a user can widen a choice; a selected value always appears,
// even with count 0.
type Result struct {
	IDs    []int64
	Total  int
	Facets map[string]map[string]int
}

// Limits of a query.
const (
	MaxQueryRunes = 500 // runes of Query.Text, and of its canonical form
	MaxTerms      = 16  // words, excluded words and filter values together
	DefaultLimit  = 20  // page size when Query.Limit is 0 or less
	MaxLimit      = 200 // largest page
)

// The facets, in the order the UI shows them.
const (
	facetCountry = iota
	facetRegion
	facetLevel
	facetSector
	facetKind
	facetFunction
	facetTopic
	facetLanguage
	numFacets
)

// numSingle is the number of single-valued facets, which come first.
const numSingle = facetKind + 1

var facetNames = [numFacets]string{
	"country", "region", "level", "sector", "kind", "function", "topic", "language",
}

// FacetNames returns the names of the facets, as used in Query.Filters,
// Result.Facets, the query box (country:LV) and the API's parameters.
func FacetNames() []string { return append([]string(nil), facetNames[:]...) }

// facetIndex returns the number of a facet name, ignoring case.
func facetIndex(name string) (int, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	for i, n := range facetNames {
		if n == name {
			return i, true
		}
	}
	return 0, false
}

// normalizeValue returns a facet value in the form the index stores:
// countries as the directory stores them ("EL" → "GR", "UK" → "GB"), regions in upper case,
// languages as bare ISO 639-1 codes, vocabulary codes in lower case.
func normalizeValue(facet int, v string) string {
	v = strings.TrimSpace(v)
	switch facet {
	case facetCountry:
		return directory.CountryCode(v)
	case facetRegion:
		return strings.ToUpper(v)
	case facetLanguage:
		return baseLang(v)
	}
	return strings.ToLower(v)
}

// regionChain returns a NUTS code and its parents, shortest first: "LV006" →
// LV0, LV00, LV006. A document is stored under each, so a filter on a region
// matches the regions inside it.
func regionChain(code string) []string {
	if len(code) <= 3 {
		return []string{code}
	}
	chain := make([]string, 0, len(code)-2)
	for n := 3; n <= len(code); n++ {
		chain = append(chain, code[:n])
	}
	return chain
}

// errTooLong and errTooManyTerms are the errors of an oversized query.
func errTooLong() error { return i18n.Invalid("q", "search.query_too_long", "max", MaxQueryRunes) }

func errTooManyTerms() error { return i18n.Invalid("q", "search.too_many_terms", "max", MaxTerms) }

func errUnknownFilter(name string) error {
	return i18n.Invalid(name, "search.unknown_filter", "name", name)
}

// filterSet holds normalized facet filters: values by facet, in order, without
// duplicates or empty values.
type filterSet [numFacets][]string

func (f *filterSet) add(facet int, value string) {
	v := normalizeValue(facet, value)
	if v == "" {
		return
	}
	for _, have := range f[facet] {
		if have == v {
			return
		}
	}
	f[facet] = append(f[facet], v)
}

func (f *filterSet) count() int {
	n := 0
	for _, vs := range f {
		n += len(vs)
	}
	return n
}

// mergeFilters adds Query.Filters to the filters parsed from the query box.
func mergeFilters(f *filterSet, m map[string][]string) error {
	for name, values := range m {
		i, ok := facetIndex(name)
		if !ok {
			return errUnknownFilter(name)
		}
		for _, v := range values {
			f.add(i, v)
		}
	}
	return nil
}

// pageBounds returns the offset and limit of q, clamped to sane values.
func pageBounds(q Query) (offset, limit int) {
	offset, limit = max(q.Offset, 0), q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	return offset, min(limit, MaxLimit)
}
