package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/search"
)

// orgPageSize is the number of organizations on one page of the list.
const orgPageSize = 25

// orgListPage is the data of org_list.html.
type orgListPage struct {
	Query        string
	Archived     bool
	Error        string   // a translated problem with the query
	FilterErrors []string // translated: filter values left out, as no organization can have them
	Notice       string   // translated: the page asked for was past the end
	Facets       []orgFacet
	Rows         []orgRow
	Total        int
	Page         int // 1-based
	Pages        int
	Prev         string // URL of the previous page, "" on the first
	Next         string // URL of the next page, "" on the last
	Filtered     bool   // a query or a filter narrows the list
	Exports      []orgExportLink
}

// orgExportLink is a link that downloads the listed organizations.
type orgExportLink struct {
	Format, URL string
}

// orgExportFormats are the formats offered on the list, in order.
var orgExportFormats = []string{"csv", "xlsx", "json"}

// orgList searches organizations: one query box (q), facet filters (several
// values of one facet widen the choice, several facets narrow it), archived
// ones on request (archived=1), orgPageSize a page (page=). Without
// JavaScript the form is a plain GET; with htmx it updates the results as
// the user types or ticks. A query the searcher refuses shows its translated
// problem with 422; so does a filter value no organization can have, which
// is left out of the search. A page past the end shows the last page.
func (s *Server) orgList(w http.ResponseWriter, r *http.Request) error {
	if s.search == nil {
		return errors.New("web: the organization list needs a searcher (Deps.Search)")
	}
	lang := i18n.Lang(r.Context())
	q := orgSearchQuery(r.URL.Query())
	unknown := orgDropUnknown(&q)
	page := orgListPage{Query: q.Text, Archived: q.IncludeArchived, Filtered: q.Text != "" || len(q.Filters) > 0,
		FilterErrors: s.orgFilterMessages(lang, unknown)}
	page.Page = max(1, int(formInt64(r.URL.Query().Get("page"))))
	res, err := s.orgSearchPage(r.Context(), lang, &q, &page)
	status, ok := s.orgSearchFailed(r, &page, err)
	if !ok {
		return err
	}
	if len(unknown) > 0 {
		status = http.StatusUnprocessableEntity
	}
	if err := s.fillOrgList(r, &page, q, res); err != nil {
		return err
	}
	return s.render(w, r, status, "org_list.html", page)
}

// orgSearchPage searches for the page asked for. Past the last page it
// searches for the last one instead and puts a notice on the page.
func (s *Server) orgSearchPage(ctx context.Context, lang string, q *search.Query, page *orgListPage) (search.Result, error) {
	asked := page.Page
	q.Offset, q.Limit = (asked-1)*orgPageSize, orgPageSize
	res, err := s.search.Search(ctx, *q)
	last := (res.Total + orgPageSize - 1) / orgPageSize
	if err != nil || res.Total == 0 || asked <= last {
		return res, err
	}
	page.Page, page.Notice = last, s.i18n.T(lang, "pager.past_end", "asked", asked, "page", last)
	q.Offset = (last - 1) * orgPageSize
	return s.search.Search(ctx, *q)
}

// orgSearchFailed puts a query problem the user can fix on the page and
// returns the status to answer with; it reports false for other errors.
func (s *Server) orgSearchFailed(r *http.Request, page *orgListPage, err error) (int, bool) {
	if err == nil {
		return http.StatusOK, true
	}
	var le *i18n.LocalizedError
	if !errors.As(err, &le) || !errors.Is(err, errs.ErrInvalid) {
		return 0, false
	}
	_, page.Error, _ = s.i18n.Describe(i18n.Lang(r.Context()), err)
	return http.StatusUnprocessableEntity, true
}

// fillOrgList puts the result's rows, facets, pages and export links on the page.
func (s *Server) fillOrgList(r *http.Request, page *orgListPage, q search.Query, res search.Result) error {
	lang := i18n.Lang(r.Context())
	orgs, err := s.dir.OrgsByID(r.Context(), res.IDs)
	if err != nil {
		return err
	}
	for _, o := range orgs {
		page.Rows = append(page.Rows, newOrgRow(lang, o))
	}
	page.Total = res.Total
	page.Pages = max(1, (res.Total+orgPageSize-1)/orgPageSize)
	page.Facets = s.orgFacets(lang, q, res)
	u := orgListURL(r.URL, q)
	page.Prev, page.Next = orgPageLinks(u, page.Page, page.Pages)
	page.Exports = orgExportLinks(u.Query())
	return nil
}

// orgSearchQuery reads the search form: q, a list of values per facet and
// archived=1.
func orgSearchQuery(v url.Values) search.Query {
	q := search.Query{Text: strings.TrimSpace(v.Get("q")), IncludeArchived: v.Get("archived") == "1"}
	for _, name := range search.FacetNames() {
		var values []string
		for _, x := range v[name] {
			if x = strings.TrimSpace(x); x != "" {
				values = append(values, x)
			}
		}
		if len(values) > 0 {
			if q.Filters == nil {
				q.Filters = map[string][]string{}
			}
			q.Filters[name] = values
		}
	}
	return q
}

// orgPageLinks returns the URLs of the pages before and after page, keeping
// the query and filters of u.
func orgPageLinks(u *url.URL, page, pages int) (prev, next string) {
	link := func(p int) string {
		q := u.Query()
		q.Set("page", strconv.Itoa(p))
		return "/organizations?" + q.Encode()
	}
	if page > 1 {
		prev = link(min(page-1, pages))
	}
	if page < pages {
		next = link(page + 1)
	}
	return prev, next
}

// orgExportLinks returns a download link per format for the list's query
// and filters.
func orgExportLinks(v url.Values) []orgExportLink {
	q := url.Values{}
	for k, vs := range v {
		if k != "page" && k != "lang" {
			q[k] = vs
		}
	}
	out := make([]orgExportLink, len(orgExportFormats))
	for i, f := range orgExportFormats {
		q.Set("format", f)
		out[i] = orgExportLink{Format: f, URL: "/organizations/export?" + q.Encode()}
	}
	return out
}
