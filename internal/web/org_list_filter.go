package web

import (
	"net/url"

	"coalition/internal/search"
)

// orgUnknownFilter is a filter value no organization can have.
type orgUnknownFilter struct{ Facet, Value string }

// orgDropUnknown removes from q the filter values no organization can have
// and returns them, in facet order.
func orgDropUnknown(q *search.Query) []orgUnknownFilter {
	var out []orgUnknownFilter
	for _, name := range search.FacetNames() {
		kept := q.Filters[name][:0]
		for _, v := range q.Filters[name] {
			if search.KnownValue(name, v) {
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
