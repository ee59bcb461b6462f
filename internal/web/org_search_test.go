package web_test

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"coalition/internal/directory"
)

// seedOrgs stores three organizations: two in Latvia, one in Bulgaria.
func seedOrgs(e *orgEnv) {
	e.createOrg(directory.Organization{Name: "Zaļie Rīgā", Country: "LV", City: "Rīga", Kind: "ngo", Topics: []string{"environment_climate"}})
	e.createOrg(directory.Organization{Name: "Latvijas Brīvo arodbiedrību savienība", Country: "LV", Kind: "trade_union"})
	e.createOrg(directory.Organization{Name: "Зелени Балкани", Country: "BG", Kind: "ngo", Names: []directory.Text{{Lang: "en", Value: "Green Balkans"}}})
}

func TestOrgListFacetsNarrowAndCount(t *testing.T) {
	e := newOrgEnv(t)
	seedOrgs(e)
	b, _ := e.signIn("anna@example.org")

	all := b.get("/organizations?lang=lv")
	expectStatus(t, all, http.StatusOK)
	expectContains(t, all, e.bundle.N("lv", "org.list.count", 3))
	expectContains(t, all, `<span class="org-facet-label">Latvija</span> <small class="org-facet-count">2</small>`)
	expectContains(t, all, `<span class="org-facet-label">Bulgārija</span> <small class="org-facet-count">1</small>`)
	expectContains(t, all, `lang="en">Green Balkans</span>`)

	lv := b.get("/organizations?lang=lv&country=LV")
	expectContains(t, lv, e.bundle.N("lv", "org.list.count", 2))
	expectContains(t, lv, `id="facet-country-LV" name="country" value="LV" checked`)
	if strings.Contains(lv.body, "Зелени Балкани") {
		t.Error("the country filter lets a Bulgarian organization through")
	}
	// Counts of the other facets follow the filter; the country facet keeps
	// Bulgaria, so the choice can be widened.
	expectContains(t, lv, `<small class="org-facet-count">1</small>`)
	expectContains(t, lv, `value="BG"`)

	one := b.get("/organizations?lang=en&country=LV&kind=trade_union")
	expectContains(t, one, e.bundle.N("en", "org.list.count", 1))
	expectContains(t, one, "Latvijas Brīvo arodbiedrību savienība")
	if strings.Contains(one.body, "Zaļie Rīgā") {
		t.Error("the kind filter lets an NGO through")
	}
	both := b.get("/organizations?country=LV&country=BG&kind=ngo")
	expectContains(t, both, e.bundle.N("en", "org.list.count", 2))
}

func TestOrgListTextQueryAndEmptyStates(t *testing.T) {
	e := newOrgEnv(t)
	b, _ := e.signIn("anna@example.org")
	expectContains(t, b.get("/organizations?lang=ro"), e.T("ro", "org.list.empty"))
	seedOrgs(e)
	p := b.get("/organizations?lang=en&q=zeleni")
	expectContains(t, p, "Зелени Балкани")
	expectContains(t, p, e.bundle.N("en", "org.list.count", 1))
	expectContains(t, b.get("/organizations?q=nothingmatchesthis"), e.T("en", "org.list.no_match"))
	long := b.get("/organizations?q=" + strings.Repeat("a", 600))
	expectStatus(t, long, http.StatusUnprocessableEntity)
}

func TestOrgListLiveSearchMarkup(t *testing.T) {
	e := newOrgEnv(t)
	seedOrgs(e)
	b, _ := e.signIn("anna@example.org")
	p := b.get("/organizations?q=zal", "HX-Request", "true")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, `<form method="get" action="/organizations" class="org-search"`)
	expectContains(t, p, `hx-select="#org-live"`)
	expectContains(t, p, `<div id="org-live" class="org-layout">`)
	expectContains(t, p, `/organizations/export?format=csv&amp;q=zal`)
}

func TestOrgExportCSV(t *testing.T) {
	e := newOrgEnv(t)
	seedOrgs(e)
	b, _ := e.signIn("anna@example.org")
	for _, path := range []string{
		"/organizations/export?format=csv&country=LV",            // the directory's own filter
		"/organizations/export?format=csv&q=riga&country=LV",     // search matches
		"/organizations/export?format=csv&country=LV&country=DE", // two values of a facet
	} {
		p := b.get(path)
		expectStatus(t, p, http.StatusOK)
		if cd := p.header.Get("Content-Disposition"); !strings.HasPrefix(cd, `attachment; filename="organizations-`) || !strings.HasSuffix(cd, `.csv"`) {
			t.Errorf("%s: Content-Disposition = %q", path, cd)
		}
		rows, err := csv.NewReader(strings.NewReader(p.body)).ReadAll()
		if err != nil || len(rows) < 2 {
			t.Fatalf("%s: %d rows, %v:\n%s", path, len(rows), err, p.body)
		}
		if !strings.Contains(p.body, "Zaļie Rīgā") || strings.Contains(p.body, "Зелени Балкани") {
			t.Errorf("%s: wrong rows:\n%s", path, p.body)
		}
	}
	expectStatus(t, b.get("/organizations/export?format=vcard"), http.StatusUnprocessableEntity)
	if p := b.get("/organizations/export?format=json&kind=ngo"); !strings.Contains(p.body, "Green Balkans") {
		t.Errorf("JSON export lacks a name:\n%s", p.body)
	}
}

func TestOrgListPages(t *testing.T) {
	e := newOrgEnv(t)
	for i := range 27 {
		e.createOrg(directory.Organization{Name: "Partner " + strconv.Itoa(i), Country: "SI"})
	}
	b, _ := e.signIn("anna@example.org")
	first := b.get("/organizations?country=SI")
	expectContains(t, first, e.T("en", "org.list.page", "page", 1, "pages", 2))
	expectContains(t, first, `href="/organizations?country=SI&amp;page=2" rel="next"`)
	second := b.get("/organizations?country=SI&page=2")
	if n := strings.Count(second.body, `<th scope="row">`); n != 2 {
		t.Errorf("page 2 has %d rows, want 2", n)
	}
	expectContains(t, second, `rel="prev"`)
}
