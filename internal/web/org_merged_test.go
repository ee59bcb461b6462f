package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"coalition/internal/directory"
)

// mergeOrgs merges drop into keep through the service and returns drop as stored.
func mergeOrgs(t *testing.T, dir *directory.Service, keep, drop directory.Organization) directory.Organization {
	t.Helper()
	if _, err := dir.MergeOrgs(t.Context(), directory.Actor{}, keep.ID, drop.ID, keep.Version); err != nil {
		t.Fatal(err)
	}
	merged, err := dir.Org(t.Context(), drop.ID)
	if err != nil || merged.MergedInto != keep.ID {
		t.Fatalf("dropped record %+v, %v", merged, err)
	}
	return merged
}

// expectLacks fails when the body holds s.
func expectLacks(t *testing.T, p page, s string) {
	t.Helper()
	if strings.Contains(p.body, s) {
		t.Fatalf("body contains %q:\n%s", s, p.body)
	}
}

func TestMergedOrgIsReadOnlyOnItsPages(t *testing.T) {
	e := newOrgEnv(t)
	keep := e.createOrg(directory.Organization{Name: "Zaļā josta", Country: "LV"})
	drop := e.createOrg(directory.Organization{Name: "Biedrība „Zaļā Josta”", Country: "LV"})
	b, _ := e.signIn("anna@example.org")
	edit := b.get(orgPath(drop.ID) + "/edit")
	expectStatus(t, edit, http.StatusOK)
	version := formVersion(t, edit)
	drop = mergeOrgs(t, e.dir, keep, drop)
	merged := e.T("lv", "error.merged", "name", keep.Name)

	form := url.Values{"name": {drop.Name}, "country": {"LV"}, "city": {"Rīga"}, "version": {version}}
	p := b.post(orgPath(drop.ID)+"?lang=lv", form)
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, merged)
	expectContains(t, p, "Rīga")                             // what was typed stays
	form.Set("version", strconv.FormatInt(drop.Version, 10)) // the merged record's own version
	p = b.post(orgPath(drop.ID)+"?lang=lv", form)
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, merged)

	p = b.upload(orgPath(drop.ID)+"/logo?lang=lv", "logo", "logo.png", testPNG(t))
	expectStatus(t, p, http.StatusConflict)
	expectContains(t, p, merged)
	if got, _ := e.dir.Org(t.Context(), drop.ID); got.City != "" || got.HasLogo {
		t.Errorf("merged organization changed: %+v", got)
	}

	expectRedirect(t, b.get(orgPath(drop.ID)+"/edit"), orgPath(drop.ID))
	detail := b.get(orgPath(drop.ID))
	expectStatus(t, detail, http.StatusOK)
	expectContains(t, detail, `<a href="`+orgPath(keep.ID)+`">`+e.T("lv", "org.detail.merged_link")+`</a>`)
	expectLacks(t, detail, `href="`+orgPath(drop.ID)+`/edit"`)
	expectLacks(t, detail, `action="`+orgPath(drop.ID)+`/logo"`)
	expectContains(t, b.get(orgPath(keep.ID)), `href="`+orgPath(keep.ID)+`/edit"`)
}

func TestAffiliationWithMergedOrgIsRefused(t *testing.T) {
	e := newPersonEnv(t)
	keep := e.org(directory.Organization{Name: "Radio Brīvība", Country: "LV"})
	drop := mergeOrgs(t, e.dir, keep, e.org(directory.Organization{Name: "Radio Brivība", Country: "LV"}))
	per := e.person(directory.Person{GivenName: "Līga", FamilyName: "Ozola", Country: "LV"})
	b, _ := e.signIn("anna@example.org")

	p := b.post(personPath(per.ID)+"/affiliations?lang=sl", url.Values{"org_id": {strconv.FormatInt(drop.ID, 10)}, "role": {"editor"}})
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("sl", "error.merged", "name", keep.Name))
	if as, _ := e.dir.AffiliationsOfPerson(t.Context(), per.ID); len(as) != 0 {
		t.Errorf("affiliations = %+v", as)
	}
}
