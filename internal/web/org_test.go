package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"coalition/internal/directory"
)

func TestOrgPagesNeedSignIn(t *testing.T) {
	e := newOrgEnv(t)
	b := e.browser()
	for _, path := range []string{"/organizations", "/organizations/new", "/organizations/1", "/organizations/export?format=csv"} {
		p := b.get(path)
		if p.status != http.StatusSeeOther || !strings.HasPrefix(p.header.Get("Location"), "/login?next=") {
			t.Errorf("GET %s: %d to %q, want 303 to the sign-in page", path, p.status, p.header.Get("Location"))
		}
	}
}

func TestOrgCreateShowsProblemsBesideFields(t *testing.T) {
	e := newOrgEnv(t)
	b, _ := e.signIn("anna@example.org")
	form := url.Values{"name": {""}, "country": {"LV"}, "registry.pic": {"12"}, "members": {"many"},
		"names.0.value": {"Зелена свобода"}, "names.0.lang": {"bg"}}
	p := b.post("/organizations?lang=lv", form)
	expectStatus(t, p, http.StatusUnprocessableEntity)
	for _, key := range []string{"error.invalid", "validation.required", "validation.pic", "validation.number"} {
		expectContains(t, p, e.T("lv", key))
	}
	expectContains(t, p, `id="f-name" name="name" type="text" autocomplete="organization" value="" required aria-invalid="true"`)
	expectContains(t, p, "Зелена свобода") // what was typed stays
	expectContains(t, p, `<option value="LV" selected>Latvija</option>`)
}

func TestOrgCreateWarnsOfDuplicatesThenCreatesAnyway(t *testing.T) {
	e := newOrgEnv(t)
	first := e.createOrg(directory.Organization{Name: "Zaļā Brīvība", Country: "LV", City: "Rīga"})
	b, _ := e.signIn("anna@example.org")
	form := url.Values{"name": {"Biedrība Zaļā brīvība"}, "country": {"LV"}}

	p := b.post("/organizations", form)
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, e.T("en", "org.dup.title"))
	expectContains(t, p, `<a href="`+orgPath(first.ID)+`" target="_blank" rel="noopener">Zaļā Brīvība</a>`)
	expectContains(t, p, e.T("en", "duplicate.same_name"))
	expectContains(t, p, `name="confirm" value="1"`)

	form.Set("confirm", "1")
	p = b.post("/organizations", form)
	if p.status != http.StatusSeeOther || !strings.HasPrefix(p.header.Get("Location"), "/organizations/") {
		t.Fatalf("create anyway: %d to %q", p.status, p.header.Get("Location"))
	}
	detail := b.get(p.header.Get("Location"))
	expectStatus(t, detail, http.StatusOK)
	expectContains(t, detail, e.T("en", "org.created"))
	expectContains(t, detail, "Biedrība Zaļā brīvība")
}

func TestOrgCreateStoresEveryField(t *testing.T) {
	e := newOrgEnv(t)
	b, _ := e.signIn("anna@example.org")
	form := url.Values{
		"name": {"Društvo za trajnostni razvoj"}, "name_lang": {"sl"}, "country": {"SI"}, "region": {"SI041"},
		"city": {"Ljubljana"}, "level": {"national"}, "sector": {"civil"}, "kind": {"ngo"},
		"functions": {"advocacy", "representation"}, "topics": {"environment_climate"}, "languages": {"sl", "en"},
		"members": {"1 200"}, "audience": {"15.000"}, "website": {"trajnostni.si"}, "email": {"info@trajnostni.si"},
		"phone": {"+386 1 234 5678"}, "registry.pic": {"912345678"}, "source": {"Partner fair 2026"},
		"names.0.value": {"Sustainable Development Society"}, "names.0.lang": {"en"},
		"descriptions.0.value": {"Zagovorniki podnebnih ukrepov."}, "descriptions.0.lang": {"sl"},
	}
	p := b.post("/organizations", form)
	expectStatus(t, p, http.StatusSeeOther)
	detail := b.get(p.header.Get("Location") + "?lang=sl")
	for _, s := range []string{"Sustainable Development Society", "Zagovorniki podnebnih ukrepov.", "Slovenija",
		"1.200", "15.000", "https://trajnostni.si", "912345678", e.T("sl", "org.history.created")} {
		expectContains(t, detail, s)
	}
}

func TestOrgEditWithStaleVersionKeepsTheOtherChange(t *testing.T) {
	e := newOrgEnv(t)
	o := e.createOrg(directory.Organization{Name: "Asociația Verde", Country: "RO"})
	b, _ := e.signIn("anna@example.org")
	edit := b.get(orgPath(o.ID) + "/edit")
	expectStatus(t, edit, http.StatusOK)
	version := formVersion(t, edit)

	other := o
	other.City = "Cluj-Napoca"
	if _, err := e.dir.UpdateOrg(t.Context(), directory.Actor{}, other); err != nil {
		t.Fatal(err)
	}
	form := url.Values{"name": {"Asociația Verde"}, "country": {"RO"}, "city": {"Iași"}, "version": {version}}
	p := b.post(orgPath(o.ID)+"?lang=ro", form)
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, e.T("ro", "error.stale"))
	expectContains(t, p, `href="`+orgPath(o.ID)+`/edit"`)
	expectContains(t, p, "Iași") // the typed value is still there to copy
	if got, _ := e.dir.Org(t.Context(), o.ID); got.City != "Cluj-Napoca" {
		t.Fatalf("city = %q: the stale edit overwrote the other change", got.City)
	}

	form.Set("version", formVersion(t, b.get(orgPath(o.ID)+"/edit")))
	expectRedirect(t, b.post(orgPath(o.ID), form), orgPath(o.ID))
	expectContains(t, b.get(orgPath(o.ID)), e.T("ro", "org.updated"))
}

func TestOrgArchiveAndRestore(t *testing.T) {
	e := newOrgEnv(t)
	o := e.createOrg(directory.Organization{Name: "Sdruzhenie Obshtina", Country: "BG"})
	b, _ := e.signIn("anna@example.org")
	version := formVersion(t, b.get(orgPath(o.ID)))
	expectRedirect(t, b.post(orgPath(o.ID)+"/archive", url.Values{"version": {version}}), orgPath(o.ID))
	p := b.get(orgPath(o.ID) + "?lang=bg")
	expectContains(t, p, e.T("bg", "org.archived"))
	expectContains(t, p, e.T("bg", "org.archived_badge"))
	if strings.Contains(b.get("/organizations").body, "Sdruzhenie Obshtina") {
		t.Error("an archived organization is listed without archived=1")
	}
	expectContains(t, b.get("/organizations?archived=1"), "Sdruzhenie Obshtina")

	// The old version is stale now: the flash says so and nothing changes.
	expectRedirect(t, b.post(orgPath(o.ID)+"/restore", url.Values{"version": {version}}), orgPath(o.ID))
	p = b.get(orgPath(o.ID))
	expectContains(t, p, e.T("bg", "error.stale"))
	expectRedirect(t, b.post(orgPath(o.ID)+"/restore", url.Values{"version": {formVersion(t, p)}}), orgPath(o.ID))
	expectContains(t, b.get(orgPath(o.ID)+"?lang=en"), e.T("en", "org.restored"))
	if got, _ := e.dir.Org(t.Context(), o.ID); got.Archived {
		t.Fatal("still archived after restore")
	}
}

func TestOrgDetailNotFound(t *testing.T) {
	e := newOrgEnv(t)
	b, _ := e.signIn("anna@example.org")
	for _, path := range []string{"/organizations/999", "/organizations/abc", "/organizations/0/edit"} {
		expectStatus(t, b.get(path), http.StatusNotFound)
	}
}

func TestOrgNewFormSuggestsRegionsOfTheCountry(t *testing.T) {
	e := newOrgEnv(t)
	b, _ := e.signIn("anna@example.org")
	p := b.get("/organizations/new?country=SI", "HX-Request", "true")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, `<datalist id="f-region-list"><option value="SI0">`)
	expectContains(t, p, `<option value="SI041">`)
	if strings.Contains(p.body, `<option value="LV006">`) {
		t.Error("the suggestions hold another country's regions")
	}
}
