package storetest

import (
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store"
)

func testAffiliations(t *testing.T, db *store.DB) {
	o, o2 := newOrg(t, db, "Org", "SI"), newOrg(t, db, "Org 2", "SI")
	p := newPerson(t, db, "Maja", "Novak", "SI")
	a := directory.Affiliation{PersonID: p.ID, OrgID: o.ID, Role: "predsednica", From: base.AddDate(-2, 0, 0)}
	must(t, "CreateAffiliation", db.CreateAffiliation(ctx(t), &a, hist("updated")))
	b := directory.Affiliation{PersonID: p.ID, OrgID: o2.ID, Role: "member", From: base.AddDate(-5, 0, 0), To: base.AddDate(-1, 0, 0)}
	must(t, "CreateAffiliation", db.CreateAffiliation(ctx(t), &b, hist("updated")))
	if a.ID <= 0 || b.ID == a.ID || a.From != norm(base.AddDate(-2, 0, 0)) || !a.To.IsZero() {
		t.Fatalf("after CreateAffiliation: %+v %+v", a, b)
	}
	ofPerson, err := db.AffiliationsOfPerson(ctx(t), p.ID)
	must(t, "AffiliationsOfPerson", err)
	if len(ofPerson) != 2 || ofPerson[0] != a || ofPerson[1] != b {
		t.Errorf("AffiliationsOfPerson = %+v\nwant %+v %+v", ofPerson, a, b)
	}
	ofOrg, err := db.AffiliationsOfOrg(ctx(t), o2.ID)
	must(t, "AffiliationsOfOrg", err)
	if len(ofOrg) != 1 || ofOrg[0] != b {
		t.Errorf("AffiliationsOfOrg = %+v", ofOrg)
	}
	must(t, "DeleteAffiliation", db.DeleteAffiliation(ctx(t), a.ID, hist("updated")))
	wantErr(t, "DeleteAffiliation twice", db.DeleteAffiliation(ctx(t), a.ID, hist("updated")), store.ErrNotFound)
	ofPerson, err = db.AffiliationsOfPerson(ctx(t), p.ID)
	must(t, "AffiliationsOfPerson", err)
	if len(ofPerson) != 1 || ofPerson[0] != b {
		t.Errorf("after DeleteAffiliation: %+v", ofPerson)
	}
	hs, err := db.History(ctx(t), directory.EntityPerson, p.ID)
	must(t, "History", err)
	if len(hs) != 4 {
		t.Errorf("person history has %d entries, want 4 (created, 2 added, 1 removed)", len(hs))
	}
}

func testAffiliationBadReferences(t *testing.T, db *store.DB) {
	o := newOrg(t, db, "Org", "SI")
	p := newPerson(t, db, "Maja", "Novak", "SI")
	for _, a := range []directory.Affiliation{{PersonID: 424242, OrgID: o.ID}, {PersonID: p.ID, OrgID: 424242}} {
		wantErr(t, "CreateAffiliation with a missing side", db.CreateAffiliation(ctx(t), &a, hist("updated")), store.ErrNotFound)
	}
	if as, err := db.AffiliationsOfOrg(ctx(t), 424242); err != nil || len(as) != 0 {
		t.Errorf("AffiliationsOfOrg of a missing org = %v, %v", as, err)
	}
}

func testAffiliationChanges(t *testing.T, db *store.DB) {
	o := newOrg(t, db, "Org", "SI")
	p := newPerson(t, db, "Maja", "Novak", "SI")
	cs, err := db.Changes(ctx(t), 0, 0)
	must(t, "Changes", err)
	last := cs[len(cs)-1].Seq
	a := directory.Affiliation{PersonID: p.ID, OrgID: o.ID, Role: "x"}
	h := directory.HistoryEntry{Entity: directory.EntityOrganization, At: base.Add(time.Minute), Action: "updated"}
	must(t, "CreateAffiliation", db.CreateAffiliation(ctx(t), &a, h))
	cs, err = db.Changes(ctx(t), last, 0)
	must(t, "Changes", err)
	if len(cs) != 2 || cs[0].Entity != directory.EntityPerson || cs[0].EntityID != p.ID ||
		cs[1].Entity != directory.EntityOrganization || cs[1].EntityID != o.ID || cs[1].At != norm(h.At) {
		t.Errorf("changes of an affiliation = %+v", cs)
	}
	hs, err := db.History(ctx(t), directory.EntityOrganization, o.ID)
	must(t, "History", err)
	if len(hs) != 2 || hs[1].EntityID != o.ID {
		t.Errorf("organization history = %+v", hs)
	}
}
