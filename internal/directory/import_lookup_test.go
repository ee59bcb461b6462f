package directory_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"coalition/internal/directory"
)

// TestImportOrgsMatchesAcrossLookupBatches imports into a filled directory a
// file long enough to be looked up in several batches: rows are matched by
// name key and by registry id as one at a time, a stored record claimed by a
// row of an earlier batch makes a later row a repeat of it, an ambiguous row
// is rejected, and a national number matches only in its own country.
func TestImportOrgsMatchesAcrossLookupBatches(t *testing.T) {
	s, db := importEnv(t)
	ctx := context.Background()
	var stored strings.Builder
	stored.WriteString("name,country,city,pic\n")
	for n := range 1000 {
		pic := ""
		if n%2 == 0 {
			pic = fmt.Sprintf("9%08d", n)
		}
		fmt.Fprintf(&stored, "Org %d,LV,Rīga,%s\n", n, pic)
	}
	importOrgs(t, s, stored.String(), directory.ImportOptions{})
	for _, o := range []directory.Organization{
		{Name: "Green Future", Country: "DE"}, {Name: "Green Future e.V.", Country: "DE"},
		{Name: "Nat", Country: "SI", Registry: directory.RegistryIDs{National: "5012345"}},
	} {
		if _, err := s.CreateOrg(ctx, directory.Actor{}, o); err != nil {
			t.Fatal(err)
		}
	}

	var file strings.Builder
	file.WriteString("name,country,city,pic,national_id\n")
	for n := range 1000 { // rows 2 to 1001
		city := "Rīga"
		if n%3 == 0 {
			city = "Cēsis"
		}
		fmt.Fprintf(&file, "Org %d,LV,%s,,\n", n, city)
	}
	file.WriteString("Renamed,LV,,900000002,\n" + // row 1002: the PIC of Org 2, matched by row 4
		"Green Future,DE,,,\n" + // row 1003: two stored records
		"Nat renamed,SI,,,5012345\n" + // row 1004: the national number, same country
		"Nat other,HR,,,5012345\n" + // row 1005: the same number in another country
		"Brand new,LV,,,\n") // row 1006
	rep := importOrgs(t, s, file.String(), directory.ImportOptions{})

	if got := counts(rep); got != "2 created 335 updated 666 unchanged 2 rejected" {
		t.Errorf("counts %s", got)
	}
	want := []string{"1002  import.duplicate_row", "1003  import.ambiguous_match"}
	if got := problems(rep.Problems); !slices.Equal(got, want) || rep.Problems[0].Args[1] != 4 {
		t.Errorf("problems %q %v, want %q (repeating row 4)", got, rep.Problems, want)
	}
	byName := map[string]directory.Organization{}
	for _, o := range allOrgs(t, db) {
		byName[o.Name] = o
	}
	if len(byName) != 1005 || byName["Org 3"].City != "Cēsis" || byName["Org 4"].City != "Rīga" ||
		byName["Nat renamed"].Country != "SI" || byName["Nat other"].Country != "HR" || byName["Org 2"].Registry.PIC != "900000002" {
		t.Errorf("%d stored; Org 3 %+v, Nat renamed %+v", len(byName), byName["Org 3"], byName["Nat renamed"])
	}
}

// TestImportPeopleLinksInBatches imports more people than one lookup holds,
// each naming an organization: a name in another country is found when the
// person's country has none, two records of one name are a warning, a role
// too long to store is a warning and the person is imported all the same,
// and importing the file again links nobody twice.
func TestImportPeopleLinksInBatches(t *testing.T) {
	s, _ := importEnv(t)
	ctx := context.Background()
	ids := map[string]int64{}
	for _, o := range []directory.Organization{{Name: "Alpha", Country: "LV"}, {Name: "Beta", Country: "EE"},
		{Name: "Gamma", Country: "LV"}, {Name: "Gamma biedrība", Country: "LV"}} {
		created, err := s.CreateOrg(ctx, directory.Actor{}, o)
		if err != nil {
			t.Fatal(err)
		}
		ids[o.Name] = created.ID
	}
	var file strings.Builder
	file.WriteString("given_name;family_name;country;kind;organization;role\n")
	for i := range 1200 { // rows 2 to 1201
		fmt.Fprintf(&file, "Given%d;Family%d;LV;mep;Alpha;member\n", i, i)
	}
	file.WriteString("Ina;Beta;LV;mep;Beta;\n" + // row 1202: found in EE
		"Ivo;Gamma;LV;mep;Gamma;\n" + // row 1203: two of that name
		"Ilze;Role;LV;mep;Alpha;" + strings.Repeat("r", 201) + "\n") // row 1204
	for range 2 {
		rep, err := s.ImportPeople(ctx, directory.Actor{}, csvRows(t, file.String()), directory.ImportOptions{})
		if err != nil || rep.Created+rep.Unchanged != 1203 {
			t.Fatalf("import: %v, %s", err, counts(rep))
		}
		want := []string{"1203 organization import.org_ambiguous", "1204 role validation.too_long"}
		if got := problems(rep.Warnings); !slices.Equal(got, want) {
			t.Errorf("warnings %q, want %q", got, want)
		}
	}
	for name, want := range map[string]int{"Alpha": 1200, "Beta": 1, "Gamma": 0, "Gamma biedrība": 0} {
		if as, _ := s.AffiliationsOfOrg(ctx, ids[name]); len(as) != want {
			t.Errorf("%s has %d affiliations, want %d", name, len(as), want)
		}
	}
}
