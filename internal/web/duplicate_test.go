package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"coalition/internal/directory"
)

// plantPair stores two records of one organization and an unrelated one, and
// links a person to each of the two.
func plantPair(e *personEnv) (a, b directory.Organization) {
	e.t.Helper()
	a = e.org(directory.Organization{Name: "Zaļā josta", Country: "LV", City: "Rīga", Website: "https://zalajosta.lv"})
	b = e.org(directory.Organization{Name: "Biedrība „Zaļā Josta”", Country: "LV", Email: "info@zalajosta.lv",
		Names: []directory.Text{{Lang: "en", Value: "Green Belt"}}})
	e.org(directory.Organization{Name: "Ekologi brez meja", Country: "SI"})
	for i, o := range []directory.Organization{a, b} {
		p := e.person(directory.Person{GivenName: "Member", FamilyName: strconv.Itoa(i), Country: "LV"})
		if _, err := e.dir.AddAffiliation(e.t.Context(), directory.Actor{}, directory.Affiliation{PersonID: p.ID, OrgID: o.ID, Role: "board"}); err != nil {
			e.t.Fatal(err)
		}
	}
	return a, b
}

// scanDuplicates runs a scan through the pages and returns the list.
func scanDuplicates(t *testing.T, e *personEnv, b *browser) page {
	t.Helper()
	expectRedirect(t, b.post("/duplicates/scan", url.Values{}), "/duplicates")
	return b.waitFor("/duplicates?lang=en", `action="/duplicates/scan"`)
}

func mergeURL(path string, keep, drop int64) string {
	return path + "?keep=" + strconv.FormatInt(keep, 10) + "&drop=" + strconv.FormatInt(drop, 10)
}

func TestDuplicatesListShowsPlantedPair(t *testing.T) {
	e := newPersonEnv(t)
	a, bOrg := plantPair(e)
	b, _ := e.signIn("anna@example.org")
	expectContains(t, b.get("/duplicates"), e.T("en", "duplicates.never"))

	p := scanDuplicates(t, e, b)
	expectContains(t, p, `href="/organizations/`+strconv.FormatInt(a.ID, 10)+`">Zaļā josta</a>`)
	expectContains(t, p, "Zaļā Josta”")
	expectContains(t, p, e.T("en", "duplicate.same_name"))
	expectContains(t, p, strings.ReplaceAll(mergeURL("/duplicates/merge", a.ID, bOrg.ID), "&", "&amp;"))
	if strings.Contains(p.body, "Ekologi brez meja") {
		t.Error("an unrelated organization is listed")
	}
	lv := b.get("/duplicates?lang=lv")
	expectContains(t, lv, e.T("lv", "duplicate.same_name"))
}

func TestMergeOrganizationsKeepsBothAffiliations(t *testing.T) {
	e := newPersonEnv(t)
	a, bOrg := plantPair(e)
	b, _ := e.signIn("anna@example.org")
	scanDuplicates(t, e, b)

	screen := b.get(mergeURL("/duplicates/merge", a.ID, bOrg.ID))
	expectStatus(t, screen, http.StatusOK)
	for _, want := range []string{"Zaļā josta", "Zaļā Josta”", "info@zalajosta.lv", "Green Belt",
		strings.ReplaceAll(mergeURL("/duplicates/merge", bOrg.ID, a.ID), "&", "&amp;"), `name="keep_version" value="1"`} {
		expectContains(t, screen, want)
	}

	form := url.Values{"keep": {strconv.FormatInt(a.ID, 10)}, "drop": {strconv.FormatInt(bOrg.ID, 10)}, "keep_version": {"7"}}
	stale := b.post("/duplicates/merge?lang=sl", form)
	expectStatus(t, stale, http.StatusConflict)
	expectContains(t, stale, e.T("sl", "error.stale"))

	form.Set("keep_version", "1")
	expectRedirect(t, b.post("/duplicates/merge?lang=en", form), orgPath(a.ID))
	as, err := e.dir.AffiliationsOfOrg(t.Context(), a.ID)
	if err != nil || len(as) != 2 {
		t.Fatalf("kept organization has %d affiliations (%v), want both", len(as), err)
	}
	dropped, err := e.dir.Org(t.Context(), bOrg.ID)
	if err != nil || !dropped.Archived || dropped.MergedInto != a.ID {
		t.Fatalf("dropped organization: %+v, %v", dropped, err)
	}
	kept, _ := e.dir.Org(t.Context(), a.ID)
	if kept.Email != "info@zalajosta.lv" {
		t.Errorf("kept organization did not take the e-mail: %+v", kept)
	}
	if list := b.get("/duplicates"); strings.Contains(list.body, "Zaļā Josta”") {
		t.Error("the merged pair is still offered")
	}
	again := b.get(mergeURL("/duplicates/merge", a.ID, bOrg.ID))
	expectContains(t, again, e.T("en", "merge.archived"))
	if strings.Contains(again.body, `action="/duplicates/merge"`) {
		t.Error("the merge form is offered for a merged record")
	}
}

func TestMergeSameRecordIsRefused(t *testing.T) {
	e := newPersonEnv(t)
	a, _ := plantPair(e)
	b, _ := e.signIn("anna@example.org")
	p := b.get(mergeURL("/duplicates/merge", a.ID, a.ID))
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, e.T("en", "merge.same_record"))
}

func TestMergePeople(t *testing.T) {
	e := newPersonEnv(t)
	org := e.org(directory.Organization{Name: "Radio Brīvība", Country: "LV"})
	keep := e.person(directory.Person{GivenName: "Jānis", FamilyName: "Bērziņš", Country: "LV", Kind: "journalist"})
	drop := e.person(directory.Person{GivenName: "Janis", FamilyName: "Berzins", Country: "LV", Kind: "journalist", Phone: "+371 2000 0000",
		Consent: &directory.Consent{Basis: directory.BasisConsent, Date: keep.CreatedAt, Source: "e-mail"}})
	if _, err := e.dir.AddAffiliation(t.Context(), directory.Actor{}, directory.Affiliation{PersonID: drop.ID, OrgID: org.ID, Role: "editor"}); err != nil {
		t.Fatal(err)
	}
	b, _ := e.signIn("anna@example.org")
	show := b.get(personPath(keep.ID))
	expectContains(t, show, strings.ReplaceAll(mergeURL("/people/merge", keep.ID, drop.ID), "&", "&amp;"))

	screen := b.get(mergeURL("/people/merge", keep.ID, drop.ID) + "&lang=bg")
	expectStatus(t, screen, http.StatusOK)
	expectContains(t, screen, e.T("bg", "merge.title_people"))
	expectContains(t, screen, "+371 2000 0000")

	form := url.Values{"keep": {strconv.FormatInt(keep.ID, 10)}, "drop": {strconv.FormatInt(drop.ID, 10)}, "keep_version": {"1"}}
	expectRedirect(t, b.post("/people/merge", form), personPath(keep.ID))
	as, _ := e.dir.AffiliationsOfPerson(t.Context(), keep.ID)
	if len(as) != 1 || as[0].OrgID != org.ID {
		t.Fatalf("kept person's affiliations: %+v", as)
	}
	if got, _ := e.dir.Person(t.Context(), drop.ID); !got.Archived || got.MergedInto != keep.ID {
		t.Fatalf("dropped person: %+v", got)
	}
	if got, _ := e.dir.Person(t.Context(), keep.ID); got.Phone != "+371 2000 0000" || got.Consent == nil {
		t.Fatalf("kept person did not take phone and consent: %+v", got)
	}
}
