package directory_test

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/store"
	"coalition/internal/store/storetest"
	"coalition/internal/tabular"
)

var importClock = time.Date(2026, 11, 3, 10, 0, 0, 0, time.UTC)

// importEnv returns a service on a fresh SQLite database, and the database.
func importEnv(t testing.TB) (*directory.Service, *store.DB) {
	t.Helper()
	db := storetest.OpenSQLite(t)
	s := directory.NewService(db)
	s.SetClock(func() time.Time { return importClock })
	return s, db
}

// csvRows opens CSV text as import rows.
func csvRows(t testing.TB, text string) *tabular.Reader {
	t.Helper()
	r, err := tabular.Open(strings.NewReader(text), "test.csv", int64(len(text)), tabular.Options{})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	return r
}

func importOrgs(t testing.TB, s *directory.Service, text string, opts directory.ImportOptions) directory.Report {
	t.Helper()
	rep, err := s.ImportOrgs(context.Background(), directory.Actor{}, csvRows(t, text), opts)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return rep
}

func allOrgs(t testing.TB, db *store.DB) []directory.Organization {
	t.Helper()
	var out []directory.Organization
	if err := db.ScanOrgs(context.Background(), func(o directory.Organization) error { out = append(out, o); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

// counts renders a report's counters for comparison.
func counts(r directory.Report) string {
	return strings.Join([]string{itoa(r.Created), "created", itoa(r.Updated), "updated", itoa(r.Unchanged), "unchanged", itoa(r.Rejected), "rejected"}, " ")
}

func itoa(n int) string { return strconv.Itoa(n) }

// problems renders a report's problems as "row column key".
func problems(ps []directory.RowProblem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, itoa(p.Row)+" "+p.Column+" "+p.Key)
	}
	return out
}

const orgFile = `Naziv;Država;E-pošta;Spletna stran;Vrsta;Teme;Člani;Opomba
Društvo za varstvo okolja;Slovenija;info@dvo.si;dvo.si;NVO;Vide un klimats;120;x
Zaļā biedrība;LV;not-an-address;zala.lv;association;energy;12;
Сдружение Зелени Балкани;България;office@greenbalkans.org;greenbalkans.org;ngo;environment_climate|energy;1 500;
Asociația Salvați Dunărea;Atlantis;contact@salvatidunarea.ro;;ngo;;abc;
Fundacja Ziemia;PL;biuro@ziemia.pl;;foundation;;;
`

func TestImportOrgsKeepsGoodRowsAndReportsBadOnes(t *testing.T) {
	s, db := importEnv(t)
	rep := importOrgs(t, s, orgFile, directory.ImportOptions{Source: "test.csv"})
	if got := counts(rep); got != "3 created 0 updated 0 unchanged 2 rejected" {
		t.Errorf("counts: %s", got)
	}
	want := []string{"3 E-pošta validation.email", "5 Člani validation.whole_number", "5 Država validation.country"}
	if got := problems(rep.Problems); !slices.Equal(got, want) {
		t.Errorf("problems %q, want %q", got, want)
	}
	if got := problems(rep.Warnings); !slices.Equal(got, []string{"1 Opomba import.unknown_column"}) {
		t.Errorf("warnings %q", got)
	}
	orgs := allOrgs(t, db)
	if len(orgs) != 3 {
		t.Fatalf("%d organizations stored", len(orgs))
	}
	bg := orgs[1]
	if bg.Country != "BG" || bg.Kind != "ngo" || bg.Members != 1500 || !slices.Equal(bg.Topics, []string{"energy", "environment_climate"}) ||
		bg.Website != "https://greenbalkans.org" || bg.Source != "test.csv" {
		t.Errorf("stored %+v", bg)
	}
}

func TestImportOrgsTwiceChangesNothing(t *testing.T) {
	s, db := importEnv(t)
	importOrgs(t, s, orgFile, directory.ImportOptions{})
	before := allOrgs(t, db)
	rep := importOrgs(t, s, orgFile, directory.ImportOptions{})
	if got := counts(rep); got != "0 created 0 updated 3 unchanged 2 rejected" {
		t.Errorf("re-import: %s", got)
	}
	if after := allOrgs(t, db); !slices.EqualFunc(before, after, func(a, b directory.Organization) bool { return a.Version == b.Version }) {
		t.Error("re-import changed versions")
	}
	changed := strings.Replace(orgFile, "1 500", "1 600", 1)
	if got := counts(importOrgs(t, s, changed, directory.ImportOptions{})); got != "0 created 1 updated 2 unchanged 2 rejected" {
		t.Errorf("changed file: %s", got)
	}
}

func TestImportOrgsDryRunWritesNothing(t *testing.T) {
	s, db := importEnv(t)
	rep := importOrgs(t, s, orgFile, directory.ImportOptions{DryRun: true})
	if got := counts(rep); got != "3 created 0 updated 0 unchanged 2 rejected" || !rep.DryRun {
		t.Errorf("dry run: %s", got)
	}
	if n := len(allOrgs(t, db)); n != 0 {
		t.Errorf("dry run stored %d organizations", n)
	}
	changes, _ := s.Changes(context.Background(), 0, 10)
	if len(changes) != 0 {
		t.Errorf("dry run wrote %d changes", len(changes))
	}
}

func TestImportOrgsMatching(t *testing.T) {
	s, db := importEnv(t)
	ctx := context.Background()
	pic, err := s.CreateOrg(ctx, directory.Actor{}, directory.Organization{Name: "Old Name", Country: "LV", Registry: directory.RegistryIDs{PIC: "912345678"}, City: "Rīga"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateOrg(ctx, directory.Actor{}, directory.Organization{Name: "Biedrība Zaļā Brīvība", Country: "LV"}); err != nil {
		t.Fatal(err)
	}
	file := "name,country,pic,website\n" +
		"New Name,LV,912345678,new.lv\n" + // by PIC: renamed, city kept
		"Zaļā Brīvība,LV,,zb.lv\n" + // by name key (legal form set aside)
		"Zaļā Brīvība,EE,,zb.ee\n" + // another country: created
		"Zaļā Brīvība,LV,,zb2.lv\n" // same key as row 3: duplicate
	rep := importOrgs(t, s, file, directory.ImportOptions{})
	if got := counts(rep); got != "1 created 2 updated 0 unchanged 1 rejected" {
		t.Errorf("counts %s", got)
	}
	if got := problems(rep.Problems); !slices.Equal(got, []string{"5  import.duplicate_row"}) || rep.Problems[0].Args[1] != 3 {
		t.Errorf("problems %q %v", got, rep.Problems)
	}
	got, _ := s.Org(ctx, pic.ID)
	if got.Name != "New Name" || got.City != "Rīga" || got.Website != "https://new.lv" {
		t.Errorf("matched by PIC: %+v", got)
	}
	if n := len(allOrgs(t, db)); n != 3 {
		t.Errorf("%d organizations, want 3", n)
	}
}

func TestImportOrgsAmbiguousMatch(t *testing.T) {
	s, _ := importEnv(t)
	ctx := context.Background()
	for _, name := range []string{"Green Future", "Green Future e.V."} {
		if _, err := s.CreateOrg(ctx, directory.Actor{}, directory.Organization{Name: name, Country: "DE"}); err != nil {
			t.Fatal(err)
		}
	}
	rep := importOrgs(t, s, "name,country\nGreen Future,DE\n", directory.ImportOptions{})
	if got := problems(rep.Problems); !slices.Equal(got, []string{"2  import.ambiguous_match"}) {
		t.Errorf("problems %q", got)
	}
}

func TestImportOrgsUnreadableRows(t *testing.T) {
	s, db := importEnv(t)
	file := "name,country\nA,LV\n\"B,LV\nC,LV,extra\nD,LV\n"
	rep := importOrgs(t, s, file, directory.ImportOptions{})
	want := []string{"3  import.bad_quotes", "4  import.ragged_row"}
	if got := problems(rep.Problems); !slices.Equal(got, want) {
		t.Errorf("problems %q, want %q", got, want)
	}
	if n := len(allOrgs(t, db)); n != 2 {
		t.Errorf("%d stored, want A and D", n)
	}
}

func TestImportOrgsHeaderOnly(t *testing.T) {
	s, _ := importEnv(t)
	rep := importOrgs(t, s, "name;country\n", directory.ImportOptions{})
	if rep.Rows != 0 || len(rep.Warnings) != 1 || rep.Warnings[0].Key != "import.no_rows" {
		t.Errorf("report %+v", rep)
	}
}

// TestImportRowErrorsKeepTheirArguments checks that a row the reader cannot
// read is reported with the arguments its message needs.
func TestImportRowErrorsKeepTheirArguments(t *testing.T) {
	s, _ := importEnv(t)
	text := `[{"name":"A","country":"LV"},{"name":{"lv":"B"},"country":"LV"}]`
	r, err := tabular.Open(strings.NewReader(text), "orgs.json", int64(len(text)), tabular.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := s.ImportOrgs(context.Background(), directory.Actor{}, r, directory.ImportOptions{})
	if err != nil || len(rep.Problems) != 1 {
		t.Fatalf("%v %+v", err, rep.Problems)
	}
	if p := rep.Problems[0]; p.Key != "import.json_value" || !slices.Equal(p.Args, []any{"value", "name"}) {
		t.Errorf("problem %+v, want import.json_value naming the field", p)
	}
}

func TestImportOrgsRefusesAProfileOfPeople(t *testing.T) {
	s, _ := importEnv(t)
	for _, name := range []string{"bogus", "meps"} {
		_, err := s.ImportOrgs(context.Background(), directory.Actor{}, csvRows(t, "name\nA\n"), directory.ImportOptions{Profile: name})
		var le *i18n.LocalizedError
		if !errors.As(err, &le) || le.Key != "import.profile" {
			t.Errorf("profile %q: %v, want import.profile", name, err)
		}
	}
}
