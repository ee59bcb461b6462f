package directory_test

import (
	"testing"

	"coalition/internal/directory"
	"coalition/internal/errs"
)

func TestAffiliations(t *testing.T) {
	s := newService(t)
	o, err := s.CreateOrg(t.Context(), alice, directory.Organization{Name: "Asociația Salvați Dunărea", Country: "RO"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Ana", FamilyName: "Popescu"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.AddAffiliation(t.Context(), alice, directory.Affiliation{PersonID: 424242, OrgID: o.ID})
	wantLocalized(t, err, errs.ErrNotFound, "person_id", "error.not_found")
	_, err = s.AddAffiliation(t.Context(), alice, directory.Affiliation{PersonID: p.ID, OrgID: 424242})
	wantLocalized(t, err, errs.ErrNotFound, "org_id", "error.not_found")
	_, err = s.AddAffiliation(t.Context(), alice, directory.Affiliation{PersonID: p.ID, OrgID: o.ID, From: now, To: now.AddDate(-1, 0, 0)})
	wantLocalized(t, err, errs.ErrInvalid, "to", "validation.date_order")
	a, err := s.AddAffiliation(t.Context(), alice, directory.Affiliation{PersonID: p.ID, OrgID: o.ID, Role: "  director  ", From: now.AddDate(-1, 0, 0)})
	if err != nil || a.ID == 0 || a.Role != "director" {
		t.Fatalf("AddAffiliation: %+v, %v", a, err)
	}
	ofOrg, err := s.AffiliationsOfOrg(t.Context(), o.ID)
	if err != nil || len(ofOrg) != 1 || ofOrg[0] != a {
		t.Errorf("AffiliationsOfOrg = %+v, %v", ofOrg, err)
	}
	if err := s.RemoveAffiliation(t.Context(), alice, a.ID); err != nil {
		t.Fatal(err)
	}
	wantLocalized(t, s.RemoveAffiliation(t.Context(), alice, a.ID), errs.ErrNotFound, "", "error.not_found")
	ofPerson, err := s.AffiliationsOfPerson(t.Context(), p.ID)
	if err != nil || len(ofPerson) != 0 {
		t.Errorf("AffiliationsOfPerson after removal = %+v, %v", ofPerson, err)
	}
	hs, _ := s.PersonHistory(t.Context(), p.ID)
	if got := historyOf(t, hs); len(got) != 3 || got[2] != `updated {"fields":["affiliations"]}` {
		t.Errorf("person history = %v", got)
	}
}

func TestAddAffiliationRefusesOpenDuplicate(t *testing.T) {
	s := newService(t)
	o := createOrg(t, s, directory.Organization{Name: "Društvo Ekologi brez meja", Country: "SI"})
	other := createOrg(t, s, directory.Organization{Name: "Umanotera", Country: "SI"})
	p, err := s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Maja", FamilyName: "Novak"})
	if err != nil {
		t.Fatal(err)
	}
	add := func(a directory.Affiliation) error {
		a.PersonID = p.ID
		_, err := s.AddAffiliation(t.Context(), alice, a)
		return err
	}
	if err := add(directory.Affiliation{OrgID: o.ID, Role: "director", From: now.AddDate(-2, 0, 0)}); err != nil {
		t.Fatal(err)
	}
	wantLocalized(t, add(directory.Affiliation{OrgID: o.ID, Role: "director"}), errs.ErrInvalid, "org_id", "validation.already_linked")
	wantLocalized(t, add(directory.Affiliation{OrgID: o.ID, Role: " Director "}), errs.ErrInvalid, "org_id", "validation.already_linked")
	for _, a := range []directory.Affiliation{
		{OrgID: o.ID, Role: "treasurer"},    // another role
		{OrgID: other.ID, Role: "director"}, // another organization
		{OrgID: o.ID, Role: "director", From: now.AddDate(-5, 0, 0), To: now.AddDate(-3, 0, 0)}, // an earlier, ended term
	} {
		if err := add(a); err != nil {
			t.Errorf("AddAffiliation(%+v): %v", a, err)
		}
	}
	if as, _ := s.AffiliationsOfPerson(t.Context(), p.ID); len(as) != 4 {
		t.Errorf("affiliations = %+v; want 4", as)
	}
}
