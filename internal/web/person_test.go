package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"coalition/internal/directory"
)

// personForm is a filled person form.
func personForm(given, family, kind, email string, extra ...string) url.Values {
	v := url.Values{"given_name": {given}, "family_name": {family}, "kind": {kind}, "country": {"lv"}, "email": {email}}
	for i := 0; i+1 < len(extra); i += 2 {
		v.Set(extra[i], extra[i+1])
	}
	return v
}

// createdID returns the id of the person a create redirected to.
func createdID(t *testing.T, p page) int64 {
	t.Helper()
	loc := p.header.Get("Location")
	id, err := strconv.ParseInt(strings.TrimPrefix(loc, "/people/"), 10, 64)
	if p.status != http.StatusSeeOther || err != nil {
		t.Fatalf("want a redirect to a person, got %d to %q:\n%s", p.status, loc, p.body)
	}
	return id
}

func TestPersonCreateNeedsConsentForContactDetails(t *testing.T) {
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")

	p := b.post("/people?lang=lv", personForm("Ilze", "Kalniņa", "volunteer", "ilze@example.lv"))
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("lv", "validation.consent_required"))
	expectContains(t, p, "Pirms personas e-pasta adreses") // the Latvian text itself
	expectContains(t, p, `value="ilze@example.lv"`)        // what was typed stays

	p = b.post("/people?lang=en", personForm("Ilze", "Kalniņa", "volunteer", "ilze@example.lv",
		"consent_basis", "consent", "consent_date", "2026-05-03", "consent_source", "signed form at the Riga meeting"))
	id := createdID(t, p)
	got, err := e.dir.Person(t.Context(), id)
	if err != nil || got.Consent == nil || got.Consent.Basis != directory.BasisConsent || got.Email != "ilze@example.lv" {
		t.Fatalf("stored %+v (consent %+v), %v", got, got.Consent, err)
	}
	show := b.get(personPath(id))
	expectStatus(t, show, http.StatusOK)
	expectContains(t, show, "Ilze Kalniņa")
	expectContains(t, show, e.T("en", "person.created"))
	expectContains(t, show, "signed form at the Riga meeting")
}

func TestPersonPublicFigureNeedsNoConsent(t *testing.T) {
	e := newPersonEnv(t)
	b, _ := e.signIn("anna@example.org")
	createdID(t, b.post("/people", personForm("Ivars", "Ijabs", "mep", "ivars.ijabs@europarl.europa.eu")))
}

func TestPersonCreateWarnsOfDuplicates(t *testing.T) {
	e := newPersonEnv(t)
	old := e.person(directory.Person{GivenName: "Jānis", FamilyName: "Bērziņš", Country: "LV", Kind: "journalist"})
	b, _ := e.signIn("anna@example.org")

	form := personForm("Janis", "Berzins", "journalist", "")
	p := b.post("/people", form)
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, e.T("en", "person.duplicates.warning"))
	expectContains(t, p, `href="`+personPath(old.ID)+`"`)
	expectContains(t, p, `name="confirm" value="1"`)

	form.Set("confirm", "1")
	if id := createdID(t, b.post("/people", form)); id == old.ID {
		t.Fatal("confirm=1 did not create a new person")
	}
}

func TestPersonAffiliationAddRemove(t *testing.T) {
	e := newPersonEnv(t)
	org := e.org(directory.Organization{Name: "Zaļā brīvība", Country: "LV"})
	per := e.person(directory.Person{GivenName: "Līga", FamilyName: "Ozola", Country: "LV"})
	b, _ := e.signIn("anna@example.org")
	path := personPath(per.ID) + "/affiliations"

	p := b.post(path+"?lang=sl", url.Values{"org_id": {"999999"}, "role": {"director"}})
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("sl", "error.not_found"))
	p = b.post(path+"?lang=en", url.Values{"org_id": {"abc"}})
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("en", "person.affiliation.org_invalid"))

	p = b.post(path, url.Values{"org_id": {"/organizations/" + strconv.FormatInt(org.ID, 10)}, "role": {"director"}, "from": {"2024-01-01"}})
	expectRedirect(t, p, personPath(per.ID)+"#affiliations")
	as, err := e.dir.AffiliationsOfPerson(t.Context(), per.ID)
	if err != nil || len(as) != 1 || as[0].OrgID != org.ID || as[0].Role != "director" {
		t.Fatalf("affiliations = %+v, %v", as, err)
	}
	show := b.get(personPath(per.ID))
	expectContains(t, show, "Zaļā brīvība")
	expectContains(t, show, "director")

	other := e.person(directory.Person{GivenName: "Other", FamilyName: "Person"})
	remove := "/affiliations/" + strconv.FormatInt(as[0].ID, 10) + "/remove"
	expectStatus(t, b.post(personPath(other.ID)+remove, url.Values{}), http.StatusNotFound)
	expectRedirect(t, b.post(personPath(per.ID)+remove, url.Values{}), personPath(per.ID)+"#affiliations")
	if as, _ := e.dir.AffiliationsOfPerson(t.Context(), per.ID); len(as) != 0 {
		t.Fatalf("after remove: %+v", as)
	}
}

func TestPersonStaleEditIsRefused(t *testing.T) {
	e := newPersonEnv(t)
	per := e.person(directory.Person{GivenName: "Maria", FamilyName: "Popescu", Country: "RO"})
	b, _ := e.signIn("anna@example.org")
	edit := b.get(personPath(per.ID) + "/edit")
	expectStatus(t, edit, http.StatusOK)
	version := formVersion(t, edit)

	changed := per
	changed.Party = "Someone else's change"
	if _, err := e.dir.UpdatePerson(t.Context(), directory.Actor{}, changed); err != nil {
		t.Fatal(err)
	}
	form := personForm("Maria", "Popescu-Ionescu", "", "", "country", "RO", "version", version)
	p := b.post(personPath(per.ID)+"?lang=ro", form)
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, e.T("ro", "error.stale"))
	expectContains(t, p, `value="Popescu-Ionescu"`)
	got, _ := e.dir.Person(t.Context(), per.ID)
	if got.FamilyName != "Popescu" || got.Party != "Someone else's change" {
		t.Fatalf("stale edit overwrote the person: %+v", got)
	}

	form.Set("version", formVersion(t, b.get(personPath(per.ID)+"/edit")))
	form.Set("party", got.Party)
	expectRedirect(t, b.post(personPath(per.ID), form), personPath(per.ID))
	if got, _ := e.dir.Person(t.Context(), per.ID); got.FamilyName != "Popescu-Ionescu" {
		t.Fatalf("edit not saved: %+v", got)
	}
}

func TestPersonArchiveRestoreAndList(t *testing.T) {
	e := newPersonEnv(t)
	per := e.person(directory.Person{GivenName: "Ana", FamilyName: "Novak", Country: "SI"})
	e.person(directory.Person{GivenName: "Boris", FamilyName: "Kranjc", Country: "SI"})
	b, _ := e.signIn("anna@example.org")

	list := b.get("/people?q=novak")
	expectContains(t, list, "Ana Novak")
	if strings.Contains(list.body, "Boris Kranjc") {
		t.Fatal("the name filter let Boris Kranjc through")
	}
	expectRedirect(t, b.post(personPath(per.ID)+"/archive", url.Values{"version": {"1"}}), personPath(per.ID))
	if strings.Contains(b.get("/people").body, "Ana Novak") {
		t.Fatal("an archived person is listed")
	}
	expectContains(t, b.get("/people?archived=1"), "Ana Novak")
	expectRedirect(t, b.post(personPath(per.ID)+"/restore", url.Values{"version": {"1"}}), personPath(per.ID))
	expectContains(t, b.get(personPath(per.ID)), e.T("en", "error.stale")) // version 1 is gone
	expectRedirect(t, b.post(personPath(per.ID)+"/restore", url.Values{"version": {"2"}}), personPath(per.ID))
	if got, _ := e.dir.Person(t.Context(), per.ID); got.Archived {
		t.Fatal("not restored")
	}
}

func TestPersonVCard(t *testing.T) {
	e := newPersonEnv(t)
	org := e.org(directory.Organization{Name: "Radio Brīvība", Country: "LV"})
	per := e.person(directory.Person{GivenName: "Pēteris", FamilyName: "Krūmiņš", Kind: "journalist", Country: "LV"})
	if _, err := e.dir.AddAffiliation(t.Context(), directory.Actor{}, directory.Affiliation{PersonID: per.ID, OrgID: org.ID, Role: "editor"}); err != nil {
		t.Fatal(err)
	}
	b, _ := e.signIn("anna@example.org")
	p := b.get(personPath(per.ID) + "/vcard")
	expectStatus(t, p, http.StatusOK)
	if ct := p.header.Get("Content-Type"); ct != "text/vcard; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	if cd := p.header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") {
		t.Errorf("Content-Disposition = %q", cd)
	}
	for _, want := range []string{"BEGIN:VCARD", "VERSION:4.0", "FN:Pēteris Krūmiņš", "ORG:Radio Brīvība", "TITLE:editor"} {
		if !strings.Contains(p.body, want) {
			t.Errorf("vCard lacks %q:\n%s", want, p.body)
		}
	}
}

func TestPeoplePagesNeedSignIn(t *testing.T) {
	e := newPersonEnv(t)
	b := e.browser()
	for _, path := range []string{"/people", "/people/new", "/import", "/duplicates"} {
		expectRedirect(t, b.get(path), "/login?next="+url.QueryEscape(path))
	}
}
