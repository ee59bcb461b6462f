package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// personListPage is the data of person_list.html.
type personListPage struct {
	Query    string
	Archived bool
	People   []personRow
	Total    int
	Page     int // 1-based
	Pages    int
	Prev     string // URL of the previous page, "" on the first
	Next     string // URL of the next page, "" on the last
	Capped   bool   // the list stopped at peopleListCap people
	Cap      int
}

// personRow is one line of the people list.
type personRow struct {
	ID                   int64
	Name, Kind, Country  string
	Email                string
	Archived, HasConsent bool
}

// personList lists people by name, 50 a page, with a name filter (?q=) and
// archived people on request (?archived=1).
func (s *Server) personList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f := personFilter{Name: strings.TrimSpace(q.Get("q")), Archived: q.Get("archived") == "1"}
	people, capped, err := s.listPeople(r.Context(), f)
	if err != nil {
		return err
	}
	lang := i18n.Lang(r.Context())
	page := personListPage{Query: f.Name, Archived: f.Archived, Total: len(people), Capped: capped, Cap: peopleListCap}
	page.Page, page.Pages = personPageNumber(q.Get("page"), len(people), peoplePerPage)
	first := (page.Page - 1) * peoplePerPage
	for _, p := range people[first:min(first+peoplePerPage, len(people))] {
		page.People = append(page.People, personRow{ID: p.ID, Name: p.Name(), Kind: personVocabLabel(vocab.PersonKind, p.Kind, lang),
			Country: personCountryName(p.Country, lang), Email: p.Email, Archived: p.Archived, HasConsent: p.Consent != nil})
	}
	page.Prev, page.Next = personPageLinks(r.URL, page.Page, page.Pages)
	return s.render(w, r, http.StatusOK, "person_list.html", page)
}

// pageNumber reads a 1-based page number and clamps it to the pages that n
// items make, perPage a page; it returns the page and the number of pages.
func personPageNumber(v string, n, perPage int) (int, int) {
	pages := max(1, (n+perPage-1)/perPage)
	p, err := strconv.Atoi(v)
	if err != nil || p < 1 {
		p = 1
	}
	return min(p, pages), pages
}

// pageLinks returns the URLs of the pages before and after page, keeping the
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
