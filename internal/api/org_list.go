package api

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"coalition/internal/i18n"
	"coalition/internal/search"
)

// orgListJSON is one page of a directory search.
type orgListJSON struct {
	Items   []orgJSON                 `json:"items"`
	Total   int                       `json:"total"`
	Page    int                       `json:"page"`
	PerPage int                       `json:"per_page"`
	Facets  map[string]map[string]int `json:"facets"`
}

// listOrgs searches the directory: q is the query box, each facet parameter
// (country, region, level, sector, kind, function, topic, language) filters,
// repeated or comma-separated for several values; page and per_page page. A
// filter value outside its facet's vocabulary gives 422 naming the parameter.
func (s *Server) listOrgs(w http.ResponseWriter, r *http.Request) error {
	q, page, perPage, err := orgQuery(r.URL.Query())
	if err != nil {
		return err
	}
	res, err := s.d.Search.Search(r.Context(), q)
	if err != nil {
		return err
	}
	orgs, err := s.d.Directory.OrgsByID(r.Context(), res.IDs)
	if err != nil {
		return err
	}
	out := orgListJSON{Items: make([]orgJSON, 0, len(orgs)), Total: res.Total, Page: page, PerPage: perPage, Facets: res.Facets}
	for _, o := range orgs {
		out.Items = append(out.Items, newOrgJSON(o))
	}
	return writeJSON(w, http.StatusOK, out)
}

// orgQuery turns the query string into a search query and the page asked for.
func orgQuery(v url.Values) (search.Query, int, int, error) {
	page, err := positive(v, "page", 1, 1<<20)
	if err != nil {
		return search.Query{}, 0, 0, err
	}
	perPage, err := positive(v, "per_page", search.DefaultLimit, search.MaxLimit)
	if err != nil {
		return search.Query{}, 0, 0, err
	}
	q := search.Query{Text: v.Get("q"), Filters: map[string][]string{}, Offset: (page - 1) * perPage, Limit: perPage}
	q.IncludeArchived = v.Get("archived") == "true"
	for _, f := range search.FacetNames() {
		for _, raw := range v[f] {
			for _, val := range strings.Split(raw, ",") {
				if val = strings.TrimSpace(val); val != "" {
					q.Filters[f] = append(q.Filters[f], val)
				}
			}
		}
	}
	return q, page, perPage, checkFilters(q.Filters)
}

// positive reads a whole number from 1 to max, or def when it is absent.
func positive(v url.Values, name string, def, max int) (int, error) {
	raw := v.Get(name)
	if raw == "" {
		return def, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < 1 || n > max {
		return 0, i18n.Invalid(name, "validation.range", "min", 1, "max", max)
	}
	return n, nil
}
