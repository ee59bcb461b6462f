package directory_test

import (
	"slices"
	"strconv"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/errs"
)

// createOrg creates o or fails the test.
func createOrg(t *testing.T, s *directory.Service, o directory.Organization) directory.Organization {
	t.Helper()
	o, err := s.CreateOrg(t.Context(), alice, o)
	if err != nil {
		t.Fatalf("create %q: %v", o.Name, err)
	}
	return o
}

func TestMergeOrgs(t *testing.T) {
	s := newService(t)
	keep := createOrg(t, s, directory.Organization{Name: "Zeleni Balkani", Country: "BG", Topics: []string{"environment_climate"}})
	drop := createOrg(t, s, directory.Organization{Name: "Сдружение Зелени Балкани", NameLang: "bg", Country: "BG",
		City: "Plovdiv", Website: "greenbalkans.org", Registry: directory.RegistryIDs{PIC: "999123456"}})
	p, err := s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Ivan", FamilyName: "Petrov", Country: "BG"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAffiliation(t.Context(), alice, directory.Affiliation{PersonID: p.ID, OrgID: drop.ID, Role: "director"}); err != nil {
		t.Fatal(err)
	}
	_, err = s.MergeOrgs(t.Context(), alice, keep.ID, drop.ID, keep.Version-1)
	wantLocalized(t, err, errs.ErrStale, "", "error.stale")

	merged, err := s.MergeOrgs(t.Context(), alice, keep.ID, drop.ID, keep.Version)
	if err != nil {
		t.Fatal(err)
	}
	if merged.City != "Plovdiv" || merged.Registry.PIC != "999123456" || merged.Version != keep.Version+1 ||
		!slices.Contains(merged.Names, directory.Text{Lang: "bg", Value: "Сдружение Зелени Балкани"}) {
		t.Errorf("merged %+v", merged)
	}
	stored, err := s.Org(t.Context(), keep.ID)
	if err != nil || stored.City != "Plovdiv" || stored.Version != merged.Version {
		t.Errorf("stored %+v, %v", stored, err)
	}
	gone, err := s.Org(t.Context(), drop.ID)
	if err != nil || !gone.Archived || gone.MergedInto != keep.ID {
		t.Errorf("dropped record %+v, %v", gone, err)
	}
	affs, err := s.AffiliationsOfOrg(t.Context(), keep.ID)
	if err != nil || len(affs) != 1 || affs[0].PersonID != p.ID {
		t.Errorf("affiliations of keep %+v, %v", affs, err)
	}
	hs, err := s.OrgHistory(t.Context(), keep.ID)
	if err != nil || !slices.Contains(historyOf(t, hs), `merged {"merged":`+strconv.FormatInt(drop.ID, 10)+`}`) {
		t.Errorf("history %q, %v", historyOf(t, hs), err)
	}
}

func TestMergeOrgsRefuses(t *testing.T) {
	s := newService(t)
	a := createOrg(t, s, directory.Organization{Name: "Greenpeace", Country: "DE"})
	b := createOrg(t, s, directory.Organization{Name: "Greenpeace e.V.", Country: "DE"})
	c := createOrg(t, s, directory.Organization{Name: "GREENPEACE", Country: "DE"})
	_, err := s.MergeOrgs(t.Context(), alice, a.ID, a.ID, a.Version)
	wantLocalized(t, err, errs.ErrInvalid, "", "merge.same_record")
	_, err = s.MergeOrgs(t.Context(), alice, a.ID, 424242, a.Version)
	wantLocalized(t, err, errs.ErrNotFound, "", "error.not_found")
	merged, err := s.MergeOrgs(t.Context(), alice, a.ID, b.ID, a.Version)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.MergeOrgs(t.Context(), alice, a.ID, b.ID, merged.Version)
	wantLocalized(t, err, errs.ErrConflict, "", "merge.archived")
	_, err = s.MergeOrgs(t.Context(), alice, b.ID, c.ID, b.Version+1)
	wantLocalized(t, err, errs.ErrConflict, "", "merge.archived")
	if _, err := s.SetOrgArchived(t.Context(), alice, c.ID, c.Version, true); err != nil {
		t.Fatal(err)
	}
	_, err = s.MergeOrgs(t.Context(), alice, merged.ID, c.ID, merged.Version)
	wantLocalized(t, err, errs.ErrConflict, "", "merge.archived")
}

func TestMergePeople(t *testing.T) {
	s := newService(t)
	keep, err := s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Ana", FamilyName: "Popescu", Country: "RO"})
	if err != nil {
		t.Fatal(err)
	}
	consent := &directory.Consent{Basis: directory.BasisConsent, Date: now.AddDate(0, -1, 0), Source: "signed form"}
	drop, err := s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Ana", FamilyName: "POPESCU", Country: "RO",
		Email: "ana@example.org", Consent: consent})
	if err != nil {
		t.Fatal(err)
	}
	merged, err := s.MergePeople(t.Context(), alice, keep.ID, drop.ID, keep.Version)
	if err != nil {
		t.Fatal(err)
	}
	if merged.Email != "ana@example.org" || merged.Consent == nil || merged.Consent.Source != "signed form" {
		t.Errorf("merged %+v", merged)
	}
	_, err = s.MergePeople(t.Context(), alice, keep.ID, drop.ID, merged.Version)
	wantLocalized(t, err, errs.ErrConflict, "", "merge.archived")
	_, err = s.MergePeople(t.Context(), alice, keep.ID, keep.ID, merged.Version)
	wantLocalized(t, err, errs.ErrInvalid, "", "merge.same_record")
}
