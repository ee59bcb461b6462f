package storetest

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store"
)

func testImportOrgs(t *testing.T, db *store.DB) {
	existing := newOrg(t, db, "Existing", "LV")
	orgs := make([]directory.Organization, 1203) // several batches
	for i := range orgs {
		orgs[i] = fullOrg(fmt.Sprintf("Organizācija Nr. %d", i))
		orgs[i].Registry = directory.RegistryIDs{PIC: fmt.Sprintf("%09d", i)}
	}
	existing.Name, existing.City = "Existing, renamed", "Cēsis"
	orgs[600] = existing
	at := base.Add(time.Hour)
	must(t, "ImportOrgs", db.ImportOrgs(ctx(t), orgs, nil, at, 7, "orgs.csv"))
	for i, o := range orgs {
		if o.ID == 0 || o.UpdatedAt != norm(at) || (i != 600 && (o.Version != 1 || o.CreatedAt != norm(at))) {
			t.Fatalf("row %d after import: ID %d, Version %d, times %v %v", i, o.ID, o.Version, o.CreatedAt, o.UpdatedAt)
		}
	}
	if orgs[600].ID != existing.ID || orgs[600].Version != 2 {
		t.Errorf("updated row: ID %d, Version %d", orgs[600].ID, orgs[600].Version)
	}
	for _, i := range []int{0, 499, 500, 600, 1202} {
		got, err := db.Org(ctx(t), orgs[i].ID)
		must(t, "Org", err)
		wantOrg(t, fmt.Sprintf("imported row %d", i), got, orgs[i])
	}
	found, err := db.OrgsByNameKey(ctx(t), directory.NameKey("organizacija nr 1202"), "BG")
	must(t, "OrgsByNameKey", err)
	if len(found) != 1 || found[0].ID != orgs[1202].ID {
		t.Errorf("name key of an imported row: %v", orgIDs(found))
	}
	checkImportRecords(t, db, orgs, existing.ID)
}

// checkImportRecords checks one history entry and one change per imported row.
func checkImportRecords(t *testing.T, db *store.DB, orgs []directory.Organization, updatedID int64) {
	t.Helper()
	cs, err := db.Changes(ctx(t), 0, 5000)
	must(t, "Changes", err)
	if len(cs) != 1+len(orgs) {
		t.Errorf("changes = %d, want %d", len(cs), 1+len(orgs))
	}
	for _, i := range []int{0, 1202} {
		hs, err := db.History(ctx(t), directory.EntityOrganization, orgs[i].ID)
		must(t, "History", err)
		if len(hs) != 1 || hs[0].Action != "imported" || hs[0].UserID != 7 || hs[0].Detail != `{"op":"create","source":"orgs.csv"}` {
			t.Errorf("history of imported row %d = %+v", i, hs)
		}
	}
	hs, err := db.History(ctx(t), directory.EntityOrganization, updatedID)
	must(t, "History", err)
	if len(hs) != 2 || hs[1].Detail != `{"op":"update","source":"orgs.csv"}` {
		t.Errorf("history of the updated row = %+v", hs)
	}
}

func testImportOrgsAllOrNothing(t *testing.T, db *store.DB) {
	orgs := []directory.Organization{{Name: "New"}, {ID: 424242, Name: "Missing"}}
	wantErr(t, "ImportOrgs with a missing id", db.ImportOrgs(ctx(t), orgs, nil, base, 0, "x"), store.ErrNotFound)
	dup := []directory.Organization{
		{Name: "A", Registry: directory.RegistryIDs{PIC: "123456789"}},
		{Name: "B", Registry: directory.RegistryIDs{PIC: "123456789"}},
	}
	wantErr(t, "ImportOrgs with a registry id twice", db.ImportOrgs(ctx(t), dup, nil, base, 0, "x"), store.ErrConflict)
	n := 0
	must(t, "ScanOrgs", db.ScanOrgs(ctx(t), func(directory.Organization) error { n++; return nil }))
	cs, err := db.Changes(ctx(t), 0, 0)
	must(t, "Changes", err)
	if n != 0 || len(cs) != 0 {
		t.Errorf("failed imports left %d organizations and %d changes", n, len(cs))
	}
	must(t, "ImportOrgs of nothing", db.ImportOrgs(ctx(t), nil, nil, base, 0, "x"))
}

func testImportPeople(t *testing.T, db *store.DB) {
	existing := newPerson(t, db, "Old", "Name", "RO")
	people := make([]directory.Person, 700)
	for i := range people {
		people[i] = fullPerson()
		people[i].Kind, people[i].ExternalID = "mep", fmt.Sprint(100000+i)
	}
	existing.GivenName, existing.Consent = "Nou", &directory.Consent{Basis: "public_task", Date: base, Source: "EP"}
	people[3] = existing
	must(t, "ImportPeople", db.ImportPeople(ctx(t), people, base, 0, "meps.csv"))
	for _, i := range []int{0, 3, 699} {
		got, err := db.Person(ctx(t), people[i].ID)
		must(t, "Person", err)
		wantPerson(t, fmt.Sprintf("imported person %d", i), got, people[i])
	}
	got, err := db.PersonByExternalID(ctx(t), "mep", "100699")
	must(t, "PersonByExternalID", err)
	if got.ID != people[699].ID {
		t.Errorf("PersonByExternalID = %d, want %d", got.ID, people[699].ID)
	}
	cs, err := db.Changes(ctx(t), 0, 0)
	must(t, "Changes", err)
	if len(cs) != 1+len(people) {
		t.Errorf("changes = %d, want %d", len(cs), 1+len(people))
	}
}

// testImportOrgsSparseColumns imports rows whose columns are empty, constant
// or varying in different patterns from batch to batch: every value must come
// back as written.
func testImportOrgsSparseColumns(t *testing.T, db *store.DB) {
	orgs := make([]directory.Organization, 1700)
	for i := range orgs {
		o := directory.Organization{Name: fmt.Sprintf("Org %d", i), Level: "local", Source: "sparse.csv"}
		if i == 250 || i == 1650 {
			o.Phone = fmt.Sprintf("+371 2000 %04d", i) // one row in a batch of empties
		}
		if i >= 500 {
			o.Level = []string{"local", "regional", "national"}[i%3] // constant, then varying
		}
		if i >= 1000 && i < 1500 {
			o.Region, o.Country = "LV00A", "LV" // empty, then constant, then empty again
		}
		if i%700 == 0 {
			o.Archived, o.Members = true, int64(i)
		}
		orgs[i] = o
	}
	must(t, "ImportOrgs", db.ImportOrgs(ctx(t), orgs, nil, base, 0, "sparse.csv"))
	got, err := db.OrgsByID(ctx(t), orgIDs(orgs))
	must(t, "OrgsByID", err)
	if len(got) != len(orgs) {
		t.Fatalf("read back %d organizations, want %d", len(got), len(orgs))
	}
	for i := range orgs {
		if !reflect.DeepEqual(got[i], orgs[i]) {
			t.Fatalf("row %d =\n%+v\nwant\n%+v", i, got[i], orgs[i])
		}
	}
}

// testImportHistoryRuns checks that each imported row finds its "imported"
// entry, that a record next to a run does not, and that merging copies a
// run's entry to keep only when keep is not in the run.
func testImportHistoryRuns(t *testing.T, db *store.DB) {
	before := newOrg(t, db, "Before", "LV")
	orgs := make([]directory.Organization, 600) // a run of 500 and one of 100
	for i := range orgs {
		orgs[i] = directory.Organization{Name: fmt.Sprintf("Run %d", i)}
	}
	must(t, "ImportOrgs", db.ImportOrgs(ctx(t), orgs, nil, base, 0, "runs.csv"))
	after := newOrg(t, db, "After", "LV")
	for _, c := range []struct {
		id   int64
		want string
	}{{before.ID, "created"}, {orgs[0].ID, "imported"}, {orgs[499].ID, "imported"}, {orgs[500].ID, "imported"},
		{orgs[599].ID, "imported"}, {after.ID, "created"}} {
		if got := historyActions(t, db, c.id); fmt.Sprint(got) != "["+c.want+"]" || len(got) != 1 {
			t.Errorf("history of %d = %v, want [%s]", c.id, got, c.want)
		}
	}
	keep := orgs[550]
	must(t, "MergeOrgs across runs", db.MergeOrgs(ctx(t), &keep, orgs[10].ID, hist("merged")))
	if got := historyActions(t, db, keep.ID); fmt.Sprint(got) != "[imported imported merged]" {
		t.Errorf("history of keep after a merge across runs = %v", got)
	}
	if got := historyActions(t, db, orgs[10].ID); fmt.Sprint(got) != "[imported merged]" {
		t.Errorf("history of drop = %v", got)
	}
	keep = orgs[30]
	must(t, "MergeOrgs within a run", db.MergeOrgs(ctx(t), &keep, orgs[20].ID, hist("merged")))
	if got := historyActions(t, db, keep.ID); fmt.Sprint(got) != "[imported merged]" {
		t.Errorf("history of keep after a merge within a run = %v", got)
	}
}

func historyActions(t *testing.T, db *store.DB, id int64) []string {
	t.Helper()
	hs, err := db.History(ctx(t), directory.EntityOrganization, id)
	must(t, "History", err)
	var out []string
	for _, h := range hs {
		if h.EntityID != id {
			t.Errorf("history of %d has an entry about %d", id, h.EntityID)
		}
		out = append(out, h.Action)
	}
	return out
}
