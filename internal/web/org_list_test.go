package web_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"

	"coalition/internal/directory"
)

// TestOrgListQueryProblemIsTranslated checks that a query the searcher
// refuses shows its explanation in the page's language, not a catalog key.
func TestOrgListQueryProblemIsTranslated(t *testing.T) {
	e := newOrgEnv(t)
	seedOrgs(e)
	b, _ := e.signIn("anna@example.org")
	for _, lang := range []string{"en", "lv", "sl"} {
		p := b.get("/organizations?lang=" + lang + "&q=" + strings.Repeat("a", 600))
		expectStatus(t, p, http.StatusUnprocessableEntity)
		expectContains(t, p, `<span class="error">`+htmlEscape(e.T(lang, "search.query_too_long", "max", 500))+`</span>`)
		if strings.Contains(p.body, "search.query_too_long") {
			t.Errorf("%s: the page shows the catalog key", lang)
		}
	}
}

// TestOrgListPastTheLastPage checks that a page beyond the end shows the last
// page and says so, and that an empty directory shows its empty state.
func TestOrgListPastTheLastPage(t *testing.T) {
	e := newOrgEnv(t)
	b, _ := e.signIn("anna@example.org")
	empty := b.get("/organizations?page=999")
	expectStatus(t, empty, http.StatusOK)
	expectContains(t, empty, e.T("en", "org.list.empty"))
	for i := range 27 {
		e.createOrg(directory.Organization{Name: "Partner " + strconv.Itoa(i), Country: "SI"})
	}
	for _, lang := range []string{"en", "lv"} {
		p := b.get("/organizations?country=SI&page=999&lang=" + lang)
		expectStatus(t, p, http.StatusOK)
		expectContains(t, p, htmlEscape(e.T(lang, "pager.past_end", "asked", 999, "page", 2)))
		expectContains(t, p, htmlEscape(e.T(lang, "org.list.page", "page", 2, "pages", 2)))
		expectContains(t, p, `href="/organizations?country=SI&amp;lang=`+lang+`&amp;page=1" rel="prev"`)
		if n := strings.Count(p.body, `<th scope="row">`); n != 2 {
			t.Errorf("%s: the last page has %d rows, want 2", lang, n)
		}
	}
	if p := b.get("/organizations?country=SI&page=2"); strings.Contains(p.body, `class="flash"`) {
		t.Error("the last page asked for by number shows the notice")
	}
}

// TestOrgListUnknownFilterValues checks that a filter value no organization
// can have is explained next to the filters and left out, not answered with
// a silent empty table.
func TestOrgListUnknownFilterValues(t *testing.T) {
	e := newOrgEnv(t)
	seedOrgs(e)
	b, _ := e.signIn("anna@example.org")
	cases := []struct {
		query, lang, facet, value string
		count                     int
	}{
		{"country=ZZ", "en", "org.field.country", "ZZ", 3},
		{"country=Latvia", "lv", "org.field.country", "Latvia", 3},
		{"kind=alien&country=LV", "bg", "org.field.kind", "alien", 2},
		{"topic=nonsense", "sl", "org.field.topics", "nonsense", 3},
	}
	for _, c := range cases {
		p := b.get("/organizations?lang=" + c.lang + "&" + c.query)
		expectStatus(t, p, http.StatusUnprocessableEntity)
		name := e.T(c.lang, c.facet)
		expectContains(t, p, `<p class="error">`+htmlEscape(e.T(c.lang, "org.list.unknown_value", "name", name, "value", c.value))+`</p>`)
		expectContains(t, p, e.bundle.N(c.lang, "org.list.count", c.count))
		if strings.Contains(p.body, "Unknown Region") || strings.Contains(p.body, "value="+c.value) || strings.Contains(p.body, "="+c.value+"&") {
			t.Errorf("%s: the left-out value is still offered or linked", c.query)
		}
	}
	expectStatus(t, b.get("/organizations?country=LV&kind=NGO&language=lv-LV"), http.StatusOK)
}

// TestOrgExportNamesTheFormatParameter checks the messages of a bad export
// request: the format parameter with the formats, and a filter value.
func TestOrgExportNamesTheFormatParameter(t *testing.T) {
	e := newOrgEnv(t)
	seedOrgs(e)
	b, _ := e.signIn("anna@example.org")
	for _, path := range []string{"/organizations/export?format=pdf", "/organizations/export", "/organizations/export?format=vcard&lang=ro"} {
		p := b.get(path)
		lang := map[bool]string{true: "ro", false: "en"}[strings.HasSuffix(path, "lang=ro")]
		expectStatus(t, p, http.StatusUnprocessableEntity)
		expectContains(t, p, htmlEscape(e.T(lang, "export.format_unknown", "formats", "CSV, XLSX, JSON")))
		expectContains(t, p, e.T(lang, "errorpage.422")) // the heading says what kind of error it is
	}
	p := b.get("/organizations/export?format=csv&country=ZZ&lang=en")
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, htmlEscape(e.T("en", "search.unknown_value", "name", "country", "value", "ZZ")))
}
