package directory_test

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"slices"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// wantMerged fails unless err is error.merged (a conflict) on field, naming name.
func wantMerged(t *testing.T, err error, field, name string) {
	t.Helper()
	wantLocalized(t, err, errs.ErrConflict, field, "error.merged")
	var le *i18n.LocalizedError
	errors.As(err, &le)
	if !slices.Equal(le.Args, []any{"name", name}) {
		t.Fatalf("error.merged args = %v; want name %q", le.Args, name)
	}
}

// mergedOrgs stores two organizations and merges the second into the first.
func mergedOrgs(t *testing.T, s *directory.Service) (keep, drop directory.Organization) {
	t.Helper()
	keep = createOrg(t, s, directory.Organization{Name: "Zeleni Balkani", Country: "BG"})
	drop = createOrg(t, s, directory.Organization{Name: "Green Balkans", Country: "BG"})
	if _, err := s.MergeOrgs(t.Context(), alice, keep.ID, drop.ID, keep.Version); err != nil {
		t.Fatal(err)
	}
	drop, err := s.Org(t.Context(), drop.ID)
	if err != nil || drop.MergedInto != keep.ID {
		t.Fatalf("dropped record %+v, %v", drop, err)
	}
	return keep, drop
}

// mergedPeople stores two people and merges the second into the first.
func mergedPeople(t *testing.T, s *directory.Service) (keep, drop directory.Person) {
	t.Helper()
	keep, err := s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Ivan", FamilyName: "Petrov"})
	if err != nil {
		t.Fatal(err)
	}
	drop, err = s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Ivan", FamilyName: "Petroff"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.MergePeople(t.Context(), alice, keep.ID, drop.ID, keep.Version); err != nil {
		t.Fatal(err)
	}
	if drop, err = s.Person(t.Context(), drop.ID); err != nil || drop.MergedInto != keep.ID {
		t.Fatalf("dropped person %+v, %v", drop, err)
	}
	return keep, drop
}

func TestMergedOrgIsReadOnly(t *testing.T) {
	s := newService(t)
	keep, drop := mergedOrgs(t, s)

	edit := drop
	edit.City = "Plovdiv"
	_, err := s.UpdateOrg(t.Context(), alice, edit)
	wantMerged(t, err, "", keep.Name)
	edit.Name = "" // invalid too: the merge is what the user must hear of
	_, err = s.UpdateOrg(t.Context(), alice, edit)
	wantMerged(t, err, "", keep.Name)

	var buf bytes.Buffer
	img := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	img.Set(1, 1, color.NRGBA{R: 200, A: 255})
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	wantMerged(t, s.SetOrgLogo(t.Context(), alice, drop.ID, buf.Bytes()), "", keep.Name)

	p, err := s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Ana", FamilyName: "Popova"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.AddAffiliation(t.Context(), alice, directory.Affiliation{PersonID: p.ID, OrgID: drop.ID, Role: "director"})
	wantMerged(t, err, "org_id", keep.Name)

	stored, err := s.Org(t.Context(), drop.ID)
	if err != nil || stored.City != "" || stored.HasLogo || stored.Version != drop.Version {
		t.Errorf("merged organization changed: %+v, %v", stored, err)
	}
	if as, _ := s.AffiliationsOfPerson(t.Context(), p.ID); len(as) != 0 {
		t.Errorf("affiliations with the merged organization: %+v", as)
	}
}

func TestMergedPersonIsReadOnly(t *testing.T) {
	s := newService(t)
	keep, drop := mergedPeople(t, s)

	edit := drop
	edit.Source = "Partner fair 2026"
	_, err := s.UpdatePerson(t.Context(), alice, edit)
	wantMerged(t, err, "", keep.Name())

	o := createOrg(t, s, directory.Organization{Name: "Radio Brīvība", Country: "LV"})
	_, err = s.AddAffiliation(t.Context(), alice, directory.Affiliation{PersonID: drop.ID, OrgID: o.ID})
	wantMerged(t, err, "person_id", keep.Name())

	stored, err := s.Person(t.Context(), drop.ID)
	if err != nil || stored.Source != "" || stored.Version != drop.Version {
		t.Errorf("merged person changed: %+v, %v", stored, err)
	}
	if _, err := s.AddAffiliation(t.Context(), alice, directory.Affiliation{PersonID: keep.ID, OrgID: o.ID}); err != nil {
		t.Errorf("the kept person cannot be linked: %v", err)
	}
}
