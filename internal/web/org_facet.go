package web

import (
	"cmp"
	"slices"
	"strings"

	"coalition/internal/search"
	"coalition/internal/vocab"
)

// orgFacetTop is how many values of a facet show before the "more" list.
const orgFacetTop = 8

// orgFacetMax bounds the values of one facet on the page (regions can be
// many); selected values always show.
const orgFacetMax = 200

// orgFacet is one facet panel of the list: its values with their counts,
// the most frequent first.
type orgFacet struct {
	Name, Label string
	Top, More   []orgOption
	Selected    int // how many values are chosen
}

// orgFacetKeys are the catalog keys of the facets' headings: the labels of
// the matching form fields.
var orgFacetKeys = map[string]string{
	"country": "org.field.country", "region": "org.field.region", "level": "org.field.level",
	"sector": "org.field.sector", "kind": "org.field.kind", "function": "org.field.functions",
	"topic": "org.field.topics", "language": "org.field.languages",
}

// orgFacetVocab names the vocabulary of each facet with coded values.
var orgFacetVocab = map[string]string{
	"level": vocab.Level, "sector": vocab.Sector, "kind": vocab.OrgKind,
	"function": vocab.Function, "topic": vocab.Topic,
}

// orgFacetValueLabel names a facet value in lang: countries and languages by
// name, regions by their own name, vocabulary codes by their label.
func orgFacetValueLabel(facet, value, lang string) string {
	switch facet {
	case "country":
		return countryName(lang, value)
	case "region":
		return orgRegionLabel(value)
	case "language":
		return orgLanguageName(lang, value)
	}
	if v, ok := orgFacetVocab[facet]; ok {
		return termLabel(v, value, lang)
	}
	return value
}

// orgFacets lays out the facet panels of a result in lang, in the searcher's
// facet order, leaving out facets without values.
func (s *Server) orgFacets(lang string, q search.Query, res search.Result) []orgFacet {
	var out []orgFacet
	for _, name := range search.FacetNames() {
		counts := res.Facets[name]
		if len(counts) == 0 {
			continue
		}
		f := orgFacet{Name: name, Label: s.i18n.T(lang, orgFacetKeys[name])}
		opts := make([]orgOption, 0, len(counts))
		for v, n := range counts {
			sel := slices.ContainsFunc(q.Filters[name], func(x string) bool { return strings.EqualFold(x, v) })
			opts = append(opts, orgOption{Value: v, Label: orgFacetValueLabel(name, v, lang), Field: name, Count: n, Selected: sel})
			if sel {
				f.Selected++
			}
		}
		slices.SortFunc(opts, func(a, b orgOption) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Label, b.Label))
		})
		f.Top, f.More = orgSplitFacet(opts)
		out = append(out, f)
	}
	return out
}

// orgSplitFacet keeps the orgFacetTop most frequent values and every
// selected one in top, and up to orgFacetMax others in more.
func orgSplitFacet(opts []orgOption) (top, more []orgOption) {
	for i, o := range opts {
		switch {
		case i < orgFacetTop || o.Selected:
			top = append(top, o)
		case len(more) < orgFacetMax:
			more = append(more, o)
		}
	}
	return top, more
}
