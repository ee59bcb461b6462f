package storetest

import (
	"slices"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/store"
)

func testOrgRegistryLookup(t *testing.T, db *store.DB) {
	a := directory.Organization{Name: "A", Country: "LV", Registry: directory.RegistryIDs{Transparency: "111111111-11", PIC: "111111111"}}
	b := directory.Organization{Name: "B", Country: "LV", Registry: directory.RegistryIDs{PIC: "222222222", National: "40008000001"}}
	c := directory.Organization{Name: "C", Country: "LV"}
	for _, o := range []*directory.Organization{&a, &b, &c} {
		must(t, "CreateOrg", db.CreateOrg(ctx(t), o, hist("created")))
	}
	for _, tc := range []struct {
		r    directory.RegistryIDs
		want []int64
	}{
		{directory.RegistryIDs{Transparency: "111111111-11"}, []int64{a.ID}},
		{directory.RegistryIDs{PIC: "222222222"}, []int64{b.ID}},
		{directory.RegistryIDs{National: "40008000001"}, []int64{b.ID}},
		{directory.RegistryIDs{Transparency: "111111111-11", PIC: "222222222"}, []int64{a.ID, b.ID}},
		{directory.RegistryIDs{PIC: "333333333"}, nil},
		{directory.RegistryIDs{}, nil},
	} {
		got, err := db.OrgsByRegistry(ctx(t), tc.r)
		must(t, "OrgsByRegistry", err)
		if ids := orgIDs(got); !slices.Equal(ids, tc.want) {
			t.Errorf("OrgsByRegistry(%+v) = %v, want %v", tc.r, ids, tc.want)
		}
	}
}

func orgIDs(os []directory.Organization) []int64 {
	var out []int64
	for _, o := range os {
		out = append(out, o.ID)
	}
	return out
}

func testOrgRegistryConflict(t *testing.T, db *store.DB) {
	a := directory.Organization{Name: "A", Country: "SI", Registry: directory.RegistryIDs{Transparency: "123456789-01", PIC: "999999999", National: "123"}}
	must(t, "CreateOrg", db.CreateOrg(ctx(t), &a, hist("created")))
	for _, r := range []directory.RegistryIDs{{Transparency: "123456789-01"}, {PIC: "999999999"}} {
		o := directory.Organization{Name: "B", Registry: r}
		wantErr(t, "CreateOrg with a taken registry id", db.CreateOrg(ctx(t), &o, hist("created")), store.ErrConflict)
		if o.ID != 0 {
			t.Errorf("a failed CreateOrg set ID %d", o.ID)
		}
	}
	sameNumber := directory.Organization{Name: "C", Country: "HR", Registry: directory.RegistryIDs{National: "123"}}
	must(t, "CreateOrg with the same national number in another country", db.CreateOrg(ctx(t), &sameNumber, hist("created")))
	sameNumber.Country = "SI"
	wantErr(t, "UpdateOrg to a taken national number", db.UpdateOrg(ctx(t), &sameNumber, hist("updated")), store.ErrConflict)
	cs, err := db.Changes(ctx(t), 0, 100)
	must(t, "Changes", err)
	if len(cs) != 2 {
		t.Errorf("failed writes left changes: %d, want 2", len(cs))
	}
}

func testOrgNameKeyLookup(t *testing.T, db *store.DB) {
	cyr := newOrg(t, db, "Сдружение „Зелени Балкани“", "BG")
	lat := newOrg(t, db, "Zeleni Balkani", "BG")
	other := newOrg(t, db, "Zeleni Balkani e.V.", "DE")
	newOrg(t, db, "Zeleni Balkani Plovdiv", "BG")
	key := directory.NameKey("ZELENI BALKANI")
	got, err := db.OrgsByNameKey(ctx(t), key, "BG")
	must(t, "OrgsByNameKey", err)
	if ids := orgIDs(got); !slices.Equal(ids, []int64{cyr.ID, lat.ID}) {
		t.Errorf("OrgsByNameKey(%q, BG) = %v, want Cyrillic %d and Latin %d", key, ids, cyr.ID, lat.ID)
	}
	got, err = db.OrgsByNameKey(ctx(t), key, "")
	must(t, "OrgsByNameKey in every country", err)
	if ids := orgIDs(got); !slices.Equal(ids, []int64{cyr.ID, lat.ID, other.ID}) {
		t.Errorf("OrgsByNameKey(%q, \"\") = %v", key, ids)
	}
	lat.Name = "Зелени Балкани Пловдив"
	must(t, "UpdateOrg", db.UpdateOrg(ctx(t), &lat, hist("updated")))
	got, err = db.OrgsByNameKey(ctx(t), key, "BG")
	must(t, "OrgsByNameKey after a rename", err)
	if ids := orgIDs(got); !slices.Equal(ids, []int64{cyr.ID}) {
		t.Errorf("after a rename the name key still matches: %v", ids)
	}
	if got, err := db.OrgsByNameKey(ctx(t), "", ""); err != nil || len(got) != 0 {
		t.Errorf("OrgsByNameKey of an empty key = %v, %v", orgIDs(got), err)
	}
}

// testOrgArchiveRestore archives and restores through UpdateOrg: each write
// appends a history entry and a change.
func testOrgArchiveRestore(t *testing.T, db *store.DB) {
	o := newOrg(t, db, "Archive me", "RO")
	before, err := db.Changes(ctx(t), 0, 0)
	must(t, "Changes", err)
	for _, archived := range []bool{true, false} {
		o.Archived = archived
		action := map[bool]string{true: "archived", false: "restored"}[archived]
		must(t, "UpdateOrg "+action, db.UpdateOrg(ctx(t), &o, hist(action)))
		got, err := db.Org(ctx(t), o.ID)
		must(t, "Org", err)
		if got.Archived != archived {
			t.Errorf("after %s: Archived %v", action, got.Archived)
		}
	}
	after, err := db.Changes(ctx(t), before[len(before)-1].Seq, 0)
	must(t, "Changes", err)
	if len(after) != 2 || after[0].EntityID != o.ID || after[1].Entity != directory.EntityOrganization || after[0].Seq >= after[1].Seq {
		t.Errorf("changes after archive and restore = %+v", after)
	}
	hs, err := db.History(ctx(t), directory.EntityOrganization, o.ID)
	must(t, "History", err)
	var actions []string
	for _, h := range hs {
		actions = append(actions, h.Action)
	}
	if !slices.Equal(actions, []string{"created", "archived", "restored"}) {
		t.Errorf("history actions = %v", actions)
	}
	if hs[0].UserID != 7 || hs[0].At != norm(base) || hs[0].Detail != `{"fields":["name"]}` || hs[0].EntityID != o.ID {
		t.Errorf("history entry = %+v", hs[0])
	}
}
