package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"coalition/internal/directory"
)

func TestMergedPersonIsReadOnlyOnItsPages(t *testing.T) {
	e := newPersonEnv(t)
	org := e.org(directory.Organization{Name: "Radio Brīvība", Country: "LV"})
	keep := e.person(directory.Person{GivenName: "Jānis", FamilyName: "Bērziņš", Country: "LV"})
	drop := e.person(directory.Person{GivenName: "Janis", FamilyName: "Berzins", Country: "LV"})
	if _, err := e.dir.MergePeople(t.Context(), directory.Actor{}, keep.ID, drop.ID, keep.Version); err != nil {
		t.Fatal(err)
	}
	b, _ := e.signIn("anna@example.org")
	merged := e.T("ro", "error.merged", "name", keep.Name())

	form := url.Values{"given_name": {"Janis"}, "family_name": {"Berzins"}, "source": {"fair"}, "version": {"1"}}
	p := b.post(personPath(drop.ID)+"?lang=ro", form)
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, merged)

	p = b.post(personPath(drop.ID)+"/affiliations?lang=ro", url.Values{"org_id": {strconv.FormatInt(org.ID, 10)}})
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, merged)
	expectLacks(t, p, `action="`+personPath(drop.ID)+`/affiliations"`)

	expectRedirect(t, b.get(personPath(drop.ID)+"/edit"), personPath(drop.ID))
	show := b.get(personPath(drop.ID))
	expectContains(t, show, `<a href="`+personPath(keep.ID)+`">`)
	expectLacks(t, show, `href="`+personPath(drop.ID)+`/edit"`)
}

func TestPersonAffiliationTwiceIsRefused(t *testing.T) {
	e := newPersonEnv(t)
	org := e.org(directory.Organization{Name: "Zaļā brīvība", Country: "LV"})
	per := e.person(directory.Person{GivenName: "Līga", FamilyName: "Ozola", Country: "LV"})
	b, _ := e.signIn("anna@example.org")
	path := personPath(per.ID) + "/affiliations"
	form := url.Values{"org_id": {strconv.FormatInt(org.ID, 10)}, "role": {"director"}}
	expectRedirect(t, b.post(path, form), personPath(per.ID)+"#affiliations")

	p := b.post(path+"?lang=bg", form)
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("bg", "validation.already_linked"))
	if as, _ := e.dir.AffiliationsOfPerson(t.Context(), per.ID); len(as) != 1 {
		t.Errorf("affiliations = %+v", as)
	}
}
