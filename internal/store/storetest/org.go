package storetest

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/store"
)

// fullOrg is an organization with every field set, names and descriptions in
// several scripts.
func fullOrg(name string) directory.Organization {
	return directory.Organization{
		Name: name, NameLang: "bg",
		Names: []directory.Text{{Lang: "en", Value: "Green Balkans"}, {Lang: "el", Value: "Πράσινα Βαλκάνια \"Ω\""}},
		Descriptions: []directory.Text{{Lang: "bg", Value: "Природозащитна организация.\nОснована 1988 г."},
			{Lang: "lv", Value: "Dabas aizsardzības biedrība — ķēķis, \\ un \t tabulācija"}},
		Country: "BG", Region: "BG421", City: "Пловдив", Level: "national", Sector: "civil", Kind: "ngo",
		Functions: []string{"advocacy", "service_delivery"}, Topics: []string{"environment_climate"},
		Languages: []string{"bg", "en"}, Members: 1200, Audience: 45000,
		Website: "https://greenbalkans.org", Email: "office@greenbalkans.org", Phone: "+359 32 626 977",
		Registry: directory.RegistryIDs{Transparency: "123456789012-34", PIC: "912345678", National: "000456789"},
		Source:   "test",
	}
}

// hist is a history entry for a write by user 7 at base.
func hist(action string) directory.HistoryEntry {
	return directory.HistoryEntry{At: base, UserID: 7, Action: action, Detail: `{"fields":["name"]}`}
}

// newOrg creates an organization with the given name and nothing else.
func newOrg(t *testing.T, db *store.DB, name, country string) directory.Organization {
	t.Helper()
	o := directory.Organization{Name: name, Country: country}
	must(t, "CreateOrg "+name, db.CreateOrg(ctx(t), &o, hist("created")))
	return o
}

// wantOrg fails unless got equals want.
func wantOrg(t *testing.T, what string, got, want directory.Organization) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s =\n%+v\nwant\n%+v", what, got, want)
	}
}

func testOrgCreateAndGet(t *testing.T, db *store.DB) {
	o := fullOrg("Сдружение „Зелени Балкани“")
	must(t, "CreateOrg", db.CreateOrg(ctx(t), &o, hist("created")))
	if o.ID <= 0 || o.Version != 1 || o.CreatedAt != norm(base) || o.UpdatedAt != o.CreatedAt {
		t.Fatalf("after CreateOrg: ID %d, Version %d, CreatedAt %v, UpdatedAt %v", o.ID, o.Version, o.CreatedAt, o.UpdatedAt)
	}
	got, err := db.Org(ctx(t), o.ID)
	must(t, "Org", err)
	wantOrg(t, "Org", got, o)
	empty := directory.Organization{Name: "Empty"}
	must(t, "CreateOrg with only a name", db.CreateOrg(ctx(t), &empty, directory.HistoryEntry{Action: "created"}))
	got, err = db.Org(ctx(t), empty.ID)
	must(t, "Org", err)
	wantOrg(t, "Org with only a name", got, empty)
	if empty.ID == o.ID || empty.CreatedAt.IsZero() {
		t.Errorf("second organization: ID %d, CreatedAt %v", empty.ID, empty.CreatedAt)
	}
}

func testOrgMissing(t *testing.T, db *store.DB) {
	o, err := db.Org(ctx(t), 424242)
	wantErr(t, "Org", err, store.ErrNotFound)
	if o.ID != 0 || o.Name != "" {
		t.Errorf("Org of a missing id returned %+v", o)
	}
	missing := directory.Organization{ID: 424242, Name: "X", Version: 1}
	wantErr(t, "UpdateOrg", db.UpdateOrg(ctx(t), &missing, hist("updated")), store.ErrNotFound)
}

func testOrgUpdate(t *testing.T, db *store.DB) {
	o := fullOrg("Zeleni Balkani")
	must(t, "CreateOrg", db.CreateOrg(ctx(t), &o, hist("created")))
	o.Name, o.Topics, o.Names, o.Archived = "Зелени Балкани", []string{"energy", "research"}, nil, true
	h := hist("updated")
	h.At = base.Add(3600e9)
	must(t, "UpdateOrg", db.UpdateOrg(ctx(t), &o, h))
	if o.Version != 2 || o.UpdatedAt != norm(h.At) || o.CreatedAt != norm(base) {
		t.Errorf("after UpdateOrg: Version %d, UpdatedAt %v, CreatedAt %v", o.Version, o.UpdatedAt, o.CreatedAt)
	}
	got, err := db.Org(ctx(t), o.ID)
	must(t, "Org", err)
	wantOrg(t, "Org after update", got, o)
}

func testOrgUpdateStale(t *testing.T, db *store.DB) {
	first := newOrg(t, db, "Race", "LV")
	second := first
	first.City = "Rīga"
	must(t, "first UpdateOrg", db.UpdateOrg(ctx(t), &first, hist("updated")))
	second.City = "Jelgava"
	wantErr(t, "UpdateOrg with a stale version", db.UpdateOrg(ctx(t), &second, hist("updated")), store.ErrStale)
	if second.Version != 1 {
		t.Errorf("a stale UpdateOrg changed Version to %d", second.Version)
	}
	got, err := db.Org(ctx(t), first.ID)
	must(t, "Org", err)
	if got.City != "Rīga" || got.Version != 2 {
		t.Errorf("after a stale update: City %q, Version %d", got.City, got.Version)
	}
	hs, err := db.History(ctx(t), directory.EntityOrganization, first.ID)
	must(t, "History", err)
	if len(hs) != 2 {
		t.Errorf("a stale update left history: %d entries, want 2", len(hs))
	}
}

func testOrgsByID(t *testing.T, db *store.DB) {
	a, b, c := newOrg(t, db, "A", "LV"), newOrg(t, db, "B", "LV"), newOrg(t, db, "C", "LV")
	got, err := db.OrgsByID(ctx(t), []int64{c.ID, 424242, a.ID, b.ID})
	must(t, "OrgsByID", err)
	if len(got) != 3 || got[0].Name != "C" || got[1].Name != "A" || got[2].Name != "B" {
		t.Errorf("OrgsByID = %v", orgNames(got))
	}
	got, err = db.OrgsByID(ctx(t), nil)
	must(t, "OrgsByID of nothing", err)
	if len(got) != 0 {
		t.Errorf("OrgsByID(nil) = %v", orgNames(got))
	}
}

func orgNames(os []directory.Organization) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Name)
	}
	return out
}

func testOrgScan(t *testing.T, db *store.DB) {
	orgs := make([]directory.Organization, 2503) // more than one page
	for i := range orgs {
		orgs[i] = directory.Organization{Name: "Org", Archived: i%2 == 0}
	}
	must(t, "ImportOrgs", db.ImportOrgs(ctx(t), orgs, nil, base, 0, "scan"))
	var seen []int64
	must(t, "ScanOrgs", db.ScanOrgs(ctx(t), func(o directory.Organization) error {
		if len(seen) > 0 && o.ID <= seen[len(seen)-1] {
			t.Fatalf("ScanOrgs out of order: %d after %d", o.ID, seen[len(seen)-1])
		}
		seen = append(seen, o.ID)
		return nil
	}))
	if len(seen) != len(orgs) || seen[0] != orgs[0].ID || seen[len(seen)-1] != orgs[len(orgs)-1].ID {
		t.Errorf("ScanOrgs saw %d organizations, want %d", len(seen), len(orgs))
	}
	stop := errors.New("stop")
	n := 0
	err := db.ScanOrgs(ctx(t), func(directory.Organization) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("ScanOrgs with a failing fn: %v after %d calls", err, n)
	}
}

// testOrgScanForMatching checks ScanOrgsForMatching against ScanOrgs.
func testOrgScanForMatching(t *testing.T, db *store.DB) {
	testLightScan(t, db, db.ScanOrgsForMatching, matchFields)
}

// testOrgScanForSearch checks ScanOrgsForSearch against ScanOrgs.
func testOrgScanForSearch(t *testing.T, db *store.DB) {
	testLightScan(t, db, db.ScanOrgsForSearch, searchFields)
}

// testLightScan checks that scan gives every organization, archived ones
// included, in id order, with the fields fields keeps as ScanOrgs gives them
// and no others.
func testLightScan(t *testing.T, db *store.DB, scan func(context.Context, func(directory.Organization) error) error,
	fields func(directory.Organization) directory.Organization) {
	orgs := []directory.Organization{
		{Name: "Zaļā Brīvība", NameLang: "lv", Country: "LV", Region: "LV006", City: "Rīga", Level: "national", Sector: "civil", Kind: "ngo",
			Website: "https://zala.lv", Email: "info@zala.lv", Phone: "+371 20000000", Members: 120, Audience: 5000,
			Names:        []directory.Text{{Lang: "en", Value: "Green Freedom"}},
			Descriptions: []directory.Text{{Lang: "lv", Value: "Vides aizsardzība"}, {Lang: "en", Value: "Nature \"first\""}},
			Functions:    []string{"advocacy"}, Topics: []string{"environment_climate"}, Languages: []string{"lv", "en"},
			Registry: directory.RegistryIDs{Transparency: "123456789012-34", PIC: "999123456", National: "40008000000"}},
		{Name: "Зелени Балкани", Country: "BG", Archived: true, Phone: "+359 2 000 000", Members: 40},
		{Name: "Hnutí DUHA", Country: "CZ", Level: "national", Sector: "civil"},
	}
	must(t, "ImportOrgs", db.ImportOrgs(ctx(t), orgs, nil, base, 0, "scan"))
	var whole, light []directory.Organization
	must(t, "ScanOrgs", db.ScanOrgs(ctx(t), func(o directory.Organization) error { whole = append(whole, fields(o)); return nil }))
	must(t, "light scan", scan(ctx(t), func(o directory.Organization) error { light = append(light, o); return nil }))
	if !reflect.DeepEqual(light, whole) {
		t.Errorf("the light scan gave\n%+v\nwant these fields of ScanOrgs\n%+v", light, whole)
	}
}

// matchFields returns o with only the fields ScanOrgsForMatching reads.
func matchFields(o directory.Organization) directory.Organization {
	return directory.Organization{ID: o.ID, Name: o.Name, Names: o.Names, Country: o.Country, City: o.City,
		Website: o.Website, Email: o.Email, Registry: o.Registry, Archived: o.Archived}
}

// searchFields returns o with only the fields ScanOrgsForSearch reads.
func searchFields(o directory.Organization) directory.Organization {
	return directory.Organization{ID: o.ID, Name: o.Name, Names: o.Names, Descriptions: o.Descriptions,
		Country: o.Country, Region: o.Region, City: o.City, Level: o.Level, Sector: o.Sector, Kind: o.Kind,
		Functions: o.Functions, Topics: o.Topics, Languages: o.Languages, Members: o.Members, Audience: o.Audience,
		Archived: o.Archived}
}
