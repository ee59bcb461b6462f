package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// personListPage is the data of person_list.html.
type personListPage struct {
	Query    string
	Archived bool
	Notice   string // translated: the page asked for was past the end
	People   []personRow
	Total    int
	Page     int // 1-based
	Pages    int
	Prev     string // URL of the previous page, "" on the first
	Next     string // URL of the next page, "" on the last
}

// peoplePerPage is the length of a page of the people list.
const peoplePerPage = 50

// personRow is one line of the people list.
type personRow struct {
	ID                   int64
	Name, Kind, Country  string
	Email                string
	Archived, HasConsent bool
}

// personList lists people by name, 50 a page, with a name filter (?q=, any
// script) and archived people on request (?archived=1). A page past the end
// shows the last page, with a notice.
func (s *Server) personList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	lang := i18n.Lang(r.Context())
	page := personListPage{Query: strings.TrimSpace(q.Get("q")), Archived: q.Get("archived") == "1"}
	page.Page, _ = strconv.Atoi(q.Get("page"))
	page.Page = max(page.Page, 1)
	people, err := s.personListRows(r.Context(), lang, &page)
	if err != nil {
		return err
	}
	for _, p := range people {
		page.People = append(page.People, personRow{ID: p.ID, Name: p.Name(), Kind: termLabel(vocab.PersonKind, p.Kind, lang),
			Country: countryName(lang, p.Country), Email: p.Email, Archived: p.Archived, HasConsent: p.Consent != nil})
	}
	page.Prev, page.Next = personPageLinks(r.URL, page.Page, page.Pages)
	return s.render(w, r, http.StatusOK, "person_list.html", page)
}

// personListRows lists the people of the page asked for and sets the page's
// total and number of pages. Past the last page it lists the last one
// instead and puts a notice on the page.
func (s *Server) personListRows(ctx context.Context, lang string, page *personListPage) ([]directory.Person, error) {
	q := directory.PeopleQuery{Text: page.Query, Archived: page.Archived, Offset: (page.Page - 1) * peoplePerPage, Limit: peoplePerPage}
	people, total, err := s.dir.ListPeople(ctx, q)
	page.Total, page.Pages = total, max(1, (total+peoplePerPage-1)/peoplePerPage)
	if err != nil || total == 0 || page.Page <= page.Pages {
		return people, err
	}
	page.Notice = s.i18n.T(lang, "pager.past_end", "asked", page.Page, "page", page.Pages)
	page.Page, q.Offset = page.Pages, (page.Pages-1)*peoplePerPage
	people, page.Total, err = s.dir.ListPeople(ctx, q)
	return people, err
}

// personPageLinks returns the URLs of the pages before and after page, keeping the
// other query parameters of u.
func personPageLinks(u *url.URL, page, pages int) (prev, next string) {
	link := func(p int) string {
		q := u.Query()
		q.Set("page", strconv.Itoa(p))
		return u.Path + "?" + q.Encode()
	}
	if page > 1 {
		prev = link(page - 1)
	}
	if page < pages {
		next = link(page + 1)
	}
	return prev, next
}

// personPageNumber reads a 1-based page number and clamps it to the pages that n
// items make, perPage a page; it returns the page and the number of pages.
func personPageNumber(v string, n, perPage int) (int, int) {
	pages := max(1, (n+perPage-1)/perPage)
	p, err := strconv.Atoi(v)
	if err != nil || p < 1 {
		p = 1
	}
	return min(p, pages), pages
}
