package web

import (
	"net/url"
	"strings"

	"golang.org/x/text/language"

	"coalition/internal/eu"
	"coalition/internal/search"
	"coalition/internal/vocab"
)

// orgFacetValueKnown tells, per facet, whether a filter value is one the
// directory can hold: a country code its validation accepts, a NUTS region, a
// term of the facet's vocabulary, a language code. (The API checks the same,
// in internal/api/org_filter.go; the search package would be the one home.)
var orgFacetValueKnown = map[string]func(string) bool{
	"country":  orgKnownCountry,
	"region":   orgKnownRegion,
	"level":    orgKnownTerm(vocab.Level),
	"sector":   orgKnownTerm(vocab.Sector),
	"kind":     orgKnownTerm(vocab.OrgKind),
	"function": orgKnownTerm(vocab.Function),
	"topic":    orgKnownTerm(vocab.Topic),
	"language": orgKnownLanguage,
}

// orgUnknownFilter is a filter value no organization can have.
type orgUnknownFilter struct{ Facet, Value string }

// orgDropUnknown removes from q the filter values no organization can have
// and returns them, in facet order.
func orgDropUnknown(q *search.Query) []orgUnknownFilter {
	var out []orgUnknownFilter
	for _, name := range search.FacetNames() {
		known, kept := orgFacetValueKnown[name], q.Filters[name][:0]
		for _, v := range q.Filters[name] {
			if known == nil || known(v) {
				kept = append(kept, v)
			} else {
				out = append(out, orgUnknownFilter{Facet: name, Value: v})
			}
		}
		if len(kept) == 0 {
			delete(q.Filters, name)
		} else {
			q.Filters[name] = kept
		}
	}
	return out
}

// orgFilterMessages explains in lang each value left out of the search.
func (s *Server) orgFilterMessages(lang string, unknown []orgUnknownFilter) []string {
	out := make([]string, len(unknown))
	for i, u := range unknown {
		out[i] = s.i18n.T(lang, "org.list.unknown_value", "name", s.i18n.T(lang, orgFacetKeys[u.Facet]), "value", u.Value)
	}
	return out
}

// orgListURL is u with the facet parameters replaced by q's filters, so the
// list's links carry only the filters it applied.
func orgListURL(u *url.URL, q search.Query) *url.URL {
	v := u.Query()
	for _, name := range search.FacetNames() {
		v.Del(name)
		for _, x := range q.Filters[name] {
			v.Add(name, x)
		}
	}
	out := *u
	out.RawQuery = v.Encode()
	return &out
}

// orgKnownCountry reports whether v is a member state's EU or ISO code or an
// ISO 3166-1 country code, in any case.
func orgKnownCountry(v string) bool {
	v = strings.ToUpper(strings.TrimSpace(v))
	if _, ok := eu.Lookup(v); ok {
		return true
	}
	r, err := language.ParseRegion(v)
	return err == nil && r.IsCountry() && r.String() == v
}

// orgKnownRegion reports whether v is a NUTS 2024 code.
func orgKnownRegion(v string) bool {
	_, ok := eu.Region(v)
	return ok
}

// orgKnownTerm returns a check for the codes of a vocabulary, in any case.
func orgKnownTerm(vocabName string) func(string) bool {
	return func(v string) bool { return vocab.Known(vocabName, strings.ToLower(strings.TrimSpace(v))) }
}

// orgKnownLanguage reports whether v is an ISO 639-1 code, optionally with a
// region ("pt-PT"), as the search stores working languages.
func orgKnownLanguage(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(v, "-_"); i >= 0 {
		v = v[:i]
	}
	if _, ok := eu.LookupLanguage(v); ok {
		return true
	}
	b, err := language.ParseBase(v)
	return err == nil && b.String() == v && len(v) == 2
}
