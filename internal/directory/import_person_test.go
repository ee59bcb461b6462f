package directory_test

import (
	"context"
	"slices"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/store"
	"coalition/internal/tabular"
)

const mepsFile = "testdata/meps/meps.csv"

func importPeopleFile(t *testing.T, s *directory.Service, path string, opts directory.ImportOptions) directory.Report {
	t.Helper()
	r, err := tabular.OpenFile(path, tabular.Options{})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer r.Close()
	rep, err := s.ImportPeople(context.Background(), directory.Actor{}, r, opts)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return rep
}

func allPeople(t *testing.T, db *store.DB) []directory.Person {
	t.Helper()
	var out []directory.Person
	if err := db.ScanPeople(context.Background(), func(p directory.Person) error { out = append(out, p); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestImportMEPs(t *testing.T) {
	s, db := importEnv(t)
	rep := importPeopleFile(t, s, mepsFile, directory.ImportOptions{})
	if got := counts(rep); got != "718 created 0 updated 0 unchanged 0 rejected" || len(rep.Warnings) != 0 {
		t.Fatalf("first import: %s %v %v", got, rep.Problems, rep.Warnings)
	}
	people := allPeople(t, db)
	if len(people) != 718 {
		t.Fatalf("%d people", len(people))
	}
	byID := map[string]directory.Person{}
	for _, p := range people {
		if p.Kind != "mep" || p.Country == "" || p.PoliticalGroup == "" || p.Consent != nil {
			t.Errorf("person %+v", p)
		}
		byID[p.ExternalID] = p
	}
	w := byID["261796"]
	if w.GivenName != "Séverine" || w.FamilyName != "Werbrouck" || w.Country != "FR" || w.PoliticalGroup != "Patriots" ||
		w.Party != "Rassemblement national" || w.Email != "severine.werbrouck@europarl.europa.eu" {
		t.Errorf("Werbrouck: %+v", w)
	}
	if ie := byID["257301"]; ie.FamilyName != "Ní Mhurchú" {
		t.Errorf("Ní Mhurchú: %+v", ie)
	}
	greeks := slices.IndexFunc(people, func(p directory.Person) bool { return p.Country == "GR" })
	if greeks < 0 {
		t.Error("Greece (gr in the file) is GR")
	}
	rep = importPeopleFile(t, s, mepsFile, directory.ImportOptions{})
	if got := counts(rep); got != "0 created 0 updated 718 unchanged 0 rejected" {
		t.Errorf("re-import: %s", got)
	}
	if n := len(allPeople(t, db)); n != 718 {
		t.Errorf("re-import: %d people", n)
	}
}

func TestImportMEPsExplicitProfileAndUnknownProfile(t *testing.T) {
	s, _ := importEnv(t)
	rep := importPeopleFile(t, s, mepsFile, directory.ImportOptions{Profile: "meps", DryRun: true})
	if rep.Created != 718 {
		t.Errorf("--profile meps: %s", counts(rep))
	}
	r, _ := tabular.OpenFile(mepsFile, tabular.Options{})
	defer r.Close()
	if _, err := s.ImportPeople(context.Background(), directory.Actor{}, r, directory.ImportOptions{Profile: "nope"}); err == nil {
		t.Error("an unknown profile is an error")
	}
}

func TestImportPeopleConsentAndAffiliation(t *testing.T) {
	s, db := importEnv(t)
	ctx := context.Background()
	org, err := s.CreateOrg(ctx, directory.Actor{}, directory.Organization{Name: "Društvo za varstvo okolja", Country: "SI"})
	if err != nil {
		t.Fatal(err)
	}
	file := "Ime;Priimek;Vrsta;Država;E-pošta;Pravna podlaga;Datum privolitve;Vir privolitve;Organizacija;Vloga\n" +
		"Ana;Novak;staff;SI;ana@dvo.si;consent;3.5.2026;obrazec;Društvo za varstvo okolja;predsednica\n" +
		"Bor;Kranjc;volunteer;SI;bor@example.si;;;;;\n" + // contact details without consent
		"Cene;Zupan;journalist;SI;;;;;Nobody Org;\n"
	rep, err := s.ImportPeople(ctx, directory.Actor{}, csvRows(t, file), directory.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := counts(rep); got != "2 created 0 updated 0 unchanged 1 rejected" {
		t.Errorf("counts %s", got)
	}
	if got := problems(rep.Problems); !slices.Equal(got, []string{"3 Pravna podlaga validation.consent_required"}) {
		t.Errorf("problems %q", got)
	}
	if got := problems(rep.Warnings); !slices.Equal(got, []string{"4 Organizacija import.org_not_found"}) {
		t.Errorf("warnings %q", got)
	}
	ana := allPeople(t, db)[0]
	if ana.Consent == nil || ana.Consent.Basis != "consent" || ana.Consent.Date.Format("2006-01-02") != "2026-05-03" {
		t.Errorf("consent %+v", ana.Consent)
	}
	as, _ := s.AffiliationsOfOrg(ctx, org.ID)
	if len(as) != 1 || as[0].PersonID != ana.ID || as[0].Role != "predsednica" {
		t.Errorf("affiliations %+v", as)
	}
	rep, _ = s.ImportPeople(ctx, directory.Actor{}, csvRows(t, file), directory.ImportOptions{})
	as, _ = s.AffiliationsOfOrg(ctx, org.ID)
	if counts(rep) != "0 created 0 updated 2 unchanged 1 rejected" || len(as) != 1 {
		t.Errorf("re-import: %s, %d affiliations", counts(rep), len(as))
	}
}

// TestImportPeopleBadDateIsOneProblem checks that a consent date that is no
// date is reported once, not also as missing.
func TestImportPeopleBadDateIsOneProblem(t *testing.T) {
	s, _ := importEnv(t)
	file := "given_name;family_name;email;consent_basis;consent_date;consent_source\nAna;Novak;ana@example.si;consent;2026-02-30;form\n"
	rep, err := s.ImportPeople(context.Background(), directory.Actor{}, csvRows(t, file), directory.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := problems(rep.Problems); !slices.Equal(got, []string{"2 consent_date validation.date"}) {
		t.Errorf("problems %q", got)
	}
}
