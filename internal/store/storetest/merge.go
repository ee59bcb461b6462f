package storetest

import (
	"slices"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/store"
)

// mergeFixture is two duplicate organizations with people, history and a logo.
type mergeFixture struct {
	keep, drop directory.Organization
	p1, p2     directory.Person
}

func newMergeFixture(t *testing.T, db *store.DB) mergeFixture {
	t.Helper()
	f := mergeFixture{keep: newOrg(t, db, "Zeleni Balkani", "BG"), p1: newPerson(t, db, "Ivan", "Petrov", "BG"), p2: newPerson(t, db, "Maria", "Ivanova", "BG")}
	f.drop = directory.Organization{Name: "Зелени Балкани", Country: "BG", Registry: directory.RegistryIDs{PIC: "912345678"}}
	must(t, "CreateOrg", db.CreateOrg(ctx(t), &f.drop, hist("created")))
	for _, a := range []directory.Affiliation{
		{PersonID: f.p1.ID, OrgID: f.keep.ID, Role: "director"},
		{PersonID: f.p1.ID, OrgID: f.drop.ID, Role: "director"}, // the same: deduplicated
		{PersonID: f.p1.ID, OrgID: f.drop.ID, Role: "founder"},
		{PersonID: f.p2.ID, OrgID: f.drop.ID, Role: "director"},
	} {
		must(t, "CreateAffiliation", db.CreateAffiliation(ctx(t), &a, directory.HistoryEntry{Entity: directory.EntityOrganization, At: base, Action: "updated"}))
	}
	must(t, "PutLogo", db.PutLogo(ctx(t), f.drop.ID, directory.Logo{ContentType: "image/png", Data: []byte("drop"), Width: 1, Height: 1}))
	return f
}

func testMergeOrgs(t *testing.T, db *store.DB) {
	f := newMergeFixture(t, db)
	keep := f.keep
	keep.Registry = f.drop.Registry // the caller combines the records
	keep.Names = []directory.Text{{Lang: "bg", Value: f.drop.Name}}
	must(t, "MergeOrgs", db.MergeOrgs(ctx(t), &keep, f.drop.ID, hist("merged")))
	if keep.Version != 2 {
		t.Errorf("keep.Version = %d, want 2", keep.Version)
	}
	got, err := db.Org(ctx(t), keep.ID)
	must(t, "Org keep", err)
	if !got.HasLogo || got.Registry.PIC != "912345678" || got.Archived || got.MergedInto != 0 || len(got.Names) != 1 {
		t.Errorf("keep after merge = %+v", got)
	}
	dropped, err := db.Org(ctx(t), f.drop.ID)
	must(t, "Org drop", err)
	if !dropped.Archived || dropped.MergedInto != keep.ID || dropped.HasLogo {
		t.Errorf("drop after merge = %+v", dropped)
	}
	as, err := db.AffiliationsOfOrg(ctx(t), keep.ID)
	must(t, "AffiliationsOfOrg", err)
	var roles []string
	for _, a := range as {
		roles = append(roles, a.Role)
	}
	if !slices.Equal(roles, []string{"director", "founder", "director"}) || as[2].PersonID != f.p2.ID {
		t.Errorf("affiliations of keep = %+v", as)
	}
	checkMergeHistory(t, db, keep.ID, f.drop.ID)
	byPIC, err := db.OrgsByRegistry(ctx(t), directory.RegistryIDs{PIC: "912345678"})
	must(t, "OrgsByRegistry", err)
	if ids := orgIDs(byPIC); !slices.Equal(ids, []int64{keep.ID}) {
		t.Errorf("OrgsByRegistry after merge = %v, want only keep", ids)
	}
	byKey, err := db.OrgsByNameKey(ctx(t), directory.NameKey("Зелени Балкани"), "BG")
	must(t, "OrgsByNameKey", err)
	if ids := orgIDs(byKey); !slices.Equal(ids, []int64{keep.ID}) {
		t.Errorf("OrgsByNameKey after merge = %v, want only keep", ids)
	}
}

// checkMergeHistory: keep has both records' history, then the merge entry;
// drop has one entry pointing at keep; both got a change last.
func checkMergeHistory(t *testing.T, db *store.DB, keepID, dropID int64) {
	t.Helper()
	hs, err := db.History(ctx(t), directory.EntityOrganization, keepID)
	must(t, "History keep", err)
	var actions []string
	for _, h := range hs {
		actions = append(actions, h.Action)
	}
	want := []string{"created", "created", "updated", "updated", "updated", "updated", "merged"}
	if !slices.Equal(actions, want) {
		t.Errorf("history of keep = %v, want %v", actions, want)
	}
	hs, err = db.History(ctx(t), directory.EntityOrganization, dropID)
	must(t, "History drop", err)
	if len(hs) != 1 || hs[0].Action != "merged" || hs[0].Detail == "" {
		t.Errorf("history of drop = %+v", hs)
	}
	cs, err := db.Changes(ctx(t), 0, 0)
	must(t, "Changes", err)
	last := cs[len(cs)-2:]
	if last[0].EntityID != keepID || last[1].EntityID != dropID {
		t.Errorf("last changes = %+v", last)
	}
}

func testMergeOrgsStale(t *testing.T, db *store.DB) {
	f := newMergeFixture(t, db)
	stale := f.keep
	stale.Version = 99
	wantErr(t, "MergeOrgs with a stale keep", db.MergeOrgs(ctx(t), &stale, f.drop.ID, hist("merged")), store.ErrStale)
	dropped, err := db.Org(ctx(t), f.drop.ID)
	must(t, "Org", err)
	if dropped.Archived || dropped.MergedInto != 0 {
		t.Errorf("a failed merge changed drop: %+v", dropped)
	}
	as, err := db.AffiliationsOfOrg(ctx(t), f.drop.ID)
	must(t, "AffiliationsOfOrg", err)
	if len(as) != 3 {
		t.Errorf("a failed merge moved affiliations: %d left", len(as))
	}
	keep := f.keep
	if err := db.MergeOrgs(ctx(t), &keep, f.keep.ID, hist("merged")); err == nil {
		t.Error("MergeOrgs of a record into itself succeeded")
	}
	wantErr(t, "MergeOrgs of a missing drop", db.MergeOrgs(ctx(t), &keep, 424242, hist("merged")), store.ErrNotFound)
	must(t, "MergeOrgs", db.MergeOrgs(ctx(t), &keep, f.drop.ID, hist("merged")))
	wantErr(t, "MergeOrgs twice", db.MergeOrgs(ctx(t), &keep, f.drop.ID, hist("merged")), store.ErrNotFound)
}

func testMergePeople(t *testing.T, db *store.DB) {
	o := newOrg(t, db, "Org", "LV")
	keep := directory.Person{GivenName: "Jānis", FamilyName: "Bērziņš", Kind: "mep", ExternalID: "1"}
	drop := directory.Person{GivenName: "Янис", FamilyName: "Берзиньш", Kind: "mep", ExternalID: "2"}
	for _, p := range []*directory.Person{&keep, &drop} {
		must(t, "CreatePerson", db.CreatePerson(ctx(t), p, hist("created")))
		a := directory.Affiliation{PersonID: p.ID, OrgID: o.ID, Role: "member"}
		must(t, "CreateAffiliation", db.CreateAffiliation(ctx(t), &a, hist("updated")))
	}
	a := directory.Affiliation{PersonID: drop.ID, OrgID: o.ID, Role: "founder"}
	must(t, "CreateAffiliation", db.CreateAffiliation(ctx(t), &a, hist("updated")))
	keep.ExternalID = "2"
	must(t, "MergePeople", db.MergePeople(ctx(t), &keep, drop.ID, hist("merged")))
	as, err := db.AffiliationsOfPerson(ctx(t), keep.ID)
	must(t, "AffiliationsOfPerson", err)
	if len(as) != 2 || as[0].Role != "member" || as[1].Role != "founder" {
		t.Errorf("affiliations after merge = %+v", as)
	}
	got, err := db.PersonByExternalID(ctx(t), "mep", "2")
	must(t, "PersonByExternalID", err)
	if got.ID != keep.ID {
		t.Errorf("external id 2 finds %d, want keep %d", got.ID, keep.ID)
	}
	dropped, err := db.Person(ctx(t), drop.ID)
	must(t, "Person", err)
	if !dropped.Archived || dropped.MergedInto != keep.ID {
		t.Errorf("drop after merge = %+v", dropped)
	}
	hs, err := db.History(ctx(t), directory.EntityPerson, keep.ID)
	must(t, "History", err)
	if len(hs) != 6 {
		t.Errorf("history of keep has %d entries, want 6", len(hs))
	}
}

func testMergeOrgsKeepsOwnLogo(t *testing.T, db *store.DB) {
	f := newMergeFixture(t, db)
	must(t, "PutLogo keep", db.PutLogo(ctx(t), f.keep.ID, directory.Logo{ContentType: "image/jpeg", Data: []byte("keep"), Width: 2, Height: 2}))
	keep := f.keep
	must(t, "MergeOrgs", db.MergeOrgs(ctx(t), &keep, f.drop.ID, hist("merged")))
	l, err := db.Logo(ctx(t), keep.ID)
	must(t, "Logo keep", err)
	if string(l.Data) != "keep" {
		t.Errorf("keep's logo became %q", l.Data)
	}
	if _, err := db.Logo(ctx(t), f.drop.ID); err != nil {
		t.Errorf("drop's logo is gone: %v", err)
	}
}
