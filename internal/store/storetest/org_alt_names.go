package storetest

import (
	"slices"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/store"
)

// testOrgAltNameLookup finds organizations by the keys of their alternative
// names, kept on create, update, import and merge.
func testOrgAltNameLookup(t *testing.T, db *store.DB) {
	green := directory.Organization{Name: "Zaļā Brīvība", Country: "LV",
		Names: []directory.Text{{Lang: "en", Value: "Green Freedom"}, {Lang: "ru", Value: "Зелёная свобода"}}}
	must(t, "CreateOrg", db.CreateOrg(ctx(t), &green, hist("created")))
	other := newOrg(t, db, "Green Freedom e.V.", "DE")
	wantAnyName(t, db, "Green Freedom", green.ID, other.ID)
	wantAnyName(t, db, "Zelenaya svoboda", green.ID)
	wantAnyName(t, db, "zala briviba", green.ID)
	if got, _ := db.OrgsByNameKey(ctx(t), directory.NameKey("Green Freedom"), "LV"); len(got) != 0 {
		t.Errorf("OrgsByNameKey matched an alternative name: %v", orgIDs(got))
	}

	green.Names = green.Names[1:]
	must(t, "UpdateOrg", db.UpdateOrg(ctx(t), &green, hist("updated")))
	wantAnyName(t, db, "Green Freedom", other.ID)

	imported := []directory.Organization{green, {Name: "Dunărea Vie", Country: "RO", Names: []directory.Text{{Lang: "en", Value: "Living Danube"}}}}
	imported[0].Names = []directory.Text{{Lang: "en", Value: "Free and Green"}}
	must(t, "ImportOrgs", db.ImportOrgs(ctx(t), imported, nil, base, 7, "test"))
	wantAnyName(t, db, "Living Danube", imported[1].ID)
	wantAnyName(t, db, "Free and Green", green.ID)
	wantAnyName(t, db, "Zelenaya svoboda")

	keep := imported[1]
	must(t, "MergeOrgs", db.MergeOrgs(ctx(t), &keep, green.ID, hist("merged")))
	wantAnyName(t, db, "Free and Green")
	if got, err := db.OrgsByAnyNameKey(ctx(t), ""); err != nil || len(got) != 0 {
		t.Errorf("OrgsByAnyNameKey of an empty key = %v, %v", orgIDs(got), err)
	}
}

// wantAnyName checks which organizations OrgsByAnyNameKey finds for name's key.
func wantAnyName(t *testing.T, db *store.DB, name string, want ...int64) {
	t.Helper()
	got, err := db.OrgsByAnyNameKey(ctx(t), directory.NameKey(name))
	must(t, "OrgsByAnyNameKey", err)
	if ids := orgIDs(got); !slices.Equal(ids, want) {
		t.Errorf("OrgsByAnyNameKey(%q) = %v, want %v", name, ids, want)
	}
}
