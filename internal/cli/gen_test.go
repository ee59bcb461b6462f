package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"coalition/internal/directory"
	"coalition/internal/store"
)

var _ genStore = (*store.DB)(nil)

func TestGenWritesASyntheticDirectory(t *testing.T) {
	data := t.TempDir()
	code, out, errOut := run(t, data, "", "gen", "--orgs", "2000", "--people", "300", "--seed", "7", "--batch", "700")
	if code != 0 || !strings.Contains(out, "generated 2000 organizations") || !strings.Contains(out, "generated 300 people") {
		t.Fatalf("gen: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if !strings.Contains(errOut, "organizations: 2000 of 2000 (100%)") {
		t.Errorf("no progress on stderr: %q", errOut)
	}
	orgs, people := countDirectory(t, filepath.Join(data, "coalition.db"))
	if len(orgs) != 2000 || people != 300 {
		t.Fatalf("stored %d organizations and %d people", len(orgs), people)
	}
	countries, cyrillic := map[string]bool{}, false
	for _, o := range orgs {
		countries[o.Country] = true
		cyrillic = cyrillic || o.Country == "BG" && strings.ContainsFunc(o.Name, isCyrillic)
	}
	if len(countries) < 20 || !cyrillic {
		t.Errorf("%d countries, Bulgarian names in Cyrillic: %t", len(countries), cyrillic)
	}

	code, _, errOut = run(t, data, "", "gen", "--orgs", "10")
	if code != 1 || !strings.Contains(errOut, "--append") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("gen into a filled database: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut = run(t, data, "", "gen", "--orgs", "100", "--seed", "8", "--append"); code != 0 {
		t.Fatalf("gen --append: exit %d, stderr %q", code, errOut)
	}
	if orgs, _ := countDirectory(t, filepath.Join(data, "coalition.db")); len(orgs) != 2100 {
		t.Errorf("after --append: %d organizations", len(orgs))
	}
}

func isCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }

// countDirectory reads back every organization and counts the people.
func countDirectory(t *testing.T, path string) ([]directory.Organization, int) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var orgs []directory.Organization
	if err := db.ScanOrgs(ctx, func(o directory.Organization) error { orgs = append(orgs, o); return nil }); err != nil {
		t.Fatal(err)
	}
	people := 0
	if err := db.ScanPeople(ctx, func(directory.Person) error { people++; return nil }); err != nil {
		t.Fatal(err)
	}
	return orgs, people
}

func TestGenRefusesBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"gen"}, {"gen", "--orgs", "-5"}, {"gen", "--orgs", "10", "--batch", "0"}, {"gen", "--orgs", "ten"},
	} {
		code, _, errOut := run(t, t.TempDir(), "", args...)
		if code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}
