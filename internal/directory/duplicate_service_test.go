package directory_test

import (
	"slices"
	"testing"

	"coalition/internal/directory"
)

// matchIDs returns the ids of ms, in order.
func matchIDs(ms []directory.Match) []int64 {
	var ids []int64
	for _, m := range ms {
		ids = append(ids, m.ID)
	}
	return ids
}

func TestOrgDuplicates(t *testing.T) {
	s := newService(t)
	gp := createOrg(t, s, directory.Organization{Name: "Greenpeace e.V.", Country: "DE", Website: "https://www.greenpeace.de"})
	at := createOrg(t, s, directory.Organization{Name: "Greenpeace", Country: "AT"})
	zb := createOrg(t, s, directory.Organization{Name: "Сдружение Зелени Балкани", Country: "BG",
		Registry: directory.RegistryIDs{PIC: "999123456"}})
	old := createOrg(t, s, directory.Organization{Name: "GREENPEACE", Country: "DE"})
	if _, err := s.SetOrgArchived(t.Context(), alice, old.ID, old.Version, true); err != nil {
		t.Fatal(err)
	}

	ms, err := s.OrgDuplicates(t.Context(), directory.Organization{Name: "Greenpeace", Country: "DE", Website: "greenpeace.de/"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(matchIDs(ms), []int64{gp.ID, at.ID}) || ms[0].Score < directory.ScoreStrong ||
		ms[1].Score >= directory.ScoreStrong || !slices.Contains(ms[0].Reasons, "duplicate.same_website") {
		t.Errorf("matches %+v: want %d (strong, same website) then %d (other country)", ms, gp.ID, at.ID)
	}

	ms, err = s.OrgDuplicates(t.Context(), directory.Organization{Name: "Green Balkans", Country: "BG",
		Names: []directory.Text{{Lang: "bg", Value: "Zeleni Balkani"}}})
	if err != nil || !slices.Equal(matchIDs(ms), []int64{zb.ID}) || !slices.Contains(ms[0].Reasons, "duplicate.other_script") {
		t.Errorf("by alternative name: %+v, %v", ms, err)
	}

	ms, err = s.OrgDuplicates(t.Context(), directory.Organization{Name: "Green Balkans NGO", Country: "BG",
		Registry: directory.RegistryIDs{PIC: "999 123 456"}})
	if err != nil || !slices.Equal(matchIDs(ms), []int64{zb.ID}) || ms[0].Score != directory.ScoreCertain {
		t.Errorf("by PIC: %+v, %v", ms, err)
	}

	ms, err = s.OrgDuplicates(t.Context(), gp)
	if err != nil || slices.Contains(matchIDs(ms), gp.ID) {
		t.Errorf("an organization is its own duplicate: %+v, %v", ms, err)
	}
}

func TestDuplicateOrgs(t *testing.T) {
	s := newService(t)
	a := createOrg(t, s, directory.Organization{Name: "Hnutí DUHA z.s.", Country: "CZ"})
	b := createOrg(t, s, directory.Organization{Name: "Hnuti Duha", Country: "CZ"})
	createOrg(t, s, directory.Organization{Name: "Zelena Ljubljana", Country: "SI"})
	createOrg(t, s, directory.Organization{Name: "Zelena Slovenija", Country: "SI"})
	pairs, err := s.DuplicateOrgs(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 1 || pairs[0].A != a.ID || pairs[0].B != b.ID || pairs[0].Score < directory.ScoreStrong {
		t.Errorf("pairs %+v, want %d–%d", pairs, a.ID, b.ID)
	}
}

func TestPersonDuplicates(t *testing.T) {
	s := newService(t)
	consent := &directory.Consent{Basis: directory.BasisConsent, Date: now.AddDate(0, -1, 0), Source: "signed form"}
	ana, err := s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Ana", FamilyName: "Popescu", Country: "RO",
		Email: "ana@example.org", Consent: consent})
	if err != nil {
		t.Fatal(err)
	}
	mep, err := s.CreatePerson(t.Context(), alice, directory.Person{GivenName: "Ivan", FamilyName: "Ivanov", Kind: "mep",
		Country: "BG", ExternalID: "197000"})
	if err != nil {
		t.Fatal(err)
	}
	ms, err := s.PersonDuplicates(t.Context(), directory.Person{GivenName: "ANA", FamilyName: "Popescu", Country: "RO"})
	if err != nil || !slices.Equal(matchIDs(ms), []int64{ana.ID}) || ms[0].Score >= directory.ScoreStrong {
		t.Errorf("namesake: %+v, %v (want possible, not strong)", ms, err)
	}
	ms, err = s.PersonDuplicates(t.Context(), directory.Person{GivenName: "Popescu", FamilyName: "Ana", Country: "RO", Email: "Ana@Example.org"})
	if err != nil || !slices.Equal(matchIDs(ms), []int64{ana.ID}) || ms[0].Score < directory.ScoreStrong {
		t.Errorf("same name and e-mail: %+v, %v", ms, err)
	}
	ms, err = s.PersonDuplicates(t.Context(), directory.Person{GivenName: "Иван", FamilyName: "Иванов", Kind: "mep", Country: "BG", ExternalID: "197000"})
	if err != nil || !slices.Equal(matchIDs(ms), []int64{mep.ID}) || ms[0].Score != directory.ScoreCertain {
		t.Errorf("same external id: %+v, %v", ms, err)
	}
	ms, err = s.PersonDuplicates(t.Context(), ana)
	if err != nil || len(ms) != 0 {
		t.Errorf("a person is their own duplicate: %+v, %v", ms, err)
	}
}
