package storetest

import (
	"reflect"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/initiative"
	"coalition/internal/store"
)

func engagementHist(action string) directory.HistoryEntry {
	return directory.HistoryEntry{Entity: initiative.EntityEngagement, At: base, UserID: 1, Action: action, Detail: "{}"}
}

func testEngagements(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	zb := newOrg(t, db, "Zaļā Brīvība", "LV")
	eko := newOrg(t, db, "Eko Klubs", "LV")
	e := initiative.Engagement{InitiativeID: in.ID, OrgID: zb.ID, Country: "LV", Roles: []string{"intermediary", "sponsor"},
		Level: "national", Stage: initiative.StageCommitted, Responsible: ana.ID, Duties: "Collect 4,000 signatures", DutiesOn: day("2025-03-10"),
		Pledge:     initiative.Pledge{Signatures: map[string]int{"LV": 4000, "EE": 500}, Volunteers: 20, Money: 150000, Currency: "EUR", InKind: "Stand"},
		Delivered:  initiative.Delivered{Signatures: map[string]int{"LV": 1200}, Results: "Two events"},
		Commitment: initiative.Commitment{On: day("2025-03-10"), ConfirmedBy: "Board chair", How: "letter", LogoPermission: true, LogoOn: day("2025-03-11")},
		Notes:      "Strong in Riga"}
	must(t, "CreateEngagement", db.CreateEngagement(ctx(t), &e, engagementHist("engaged")))
	got, err := db.Engagement(ctx(t), in.ID, e.ID)
	must(t, "Engagement", err)
	e.PartnerName = "Zaļā Brīvība"
	if !reflect.DeepEqual(got, e) {
		t.Fatalf("Engagement = %+v\nwant %+v", got, e)
	}
	twice := initiative.Engagement{InitiativeID: in.ID, OrgID: zb.ID, Stage: "identified"}
	wantErr(t, "the same partner twice", db.CreateEngagement(ctx(t), &twice, engagementHist("engaged")), store.ErrConflict)
	other := initiative.Engagement{InitiativeID: in.ID, OrgID: eko.ID, Country: "EE", Stage: "identified", Inbound: true}
	must(t, "CreateEngagement", db.CreateEngagement(ctx(t), &other, engagementHist("engaged")))
	all, err := db.Engagements(ctx(t), in.ID, initiative.EngagementFilter{})
	must(t, "Engagements", err)
	if len(all) != 2 || all[0].PartnerName != "Eko Klubs" {
		t.Errorf("engagements by name: %+v", all)
	}
	for _, tc := range []struct {
		f    initiative.EngagementFilter
		want int
	}{
		{initiative.EngagementFilter{Countries: []string{"LV"}}, 1},
		{initiative.EngagementFilter{Countries: []string{}}, 0},
		{initiative.EngagementFilter{Stage: "identified"}, 1},
		{initiative.EngagementFilter{Role: "sponsor"}, 1},
	} {
		if got, err := db.Engagements(ctx(t), in.ID, tc.f); err != nil || len(got) != tc.want {
			t.Errorf("Engagements(%+v) = %d, %v; want %d", tc.f, len(got), err, tc.want)
		}
	}
	stale := e
	e.Stage, e.Commitment.LogoPermission = initiative.StageActive, false
	must(t, "UpdateEngagement", db.UpdateEngagement(ctx(t), &e, engagementHist("engagement_updated")))
	wantErr(t, "a stale update", db.UpdateEngagement(ctx(t), &stale, engagementHist("x")), store.ErrStale)
	if got, _ := db.Engagement(ctx(t), in.ID, e.ID); got.Stage != initiative.StageActive || got.Commitment.LogoPermission || got.Version != 2 {
		t.Errorf("after update: %+v", got)
	}
	_, err = db.Engagement(ctx(t), in.ID+1, e.ID)
	wantErr(t, "an engagement through another initiative", err, store.ErrNotFound)
	hs, err := db.History(ctx(t), initiative.EntityEngagement, e.ID)
	if err != nil || len(hs) != 2 {
		t.Errorf("history %+v, %v", hs, err)
	}
}

// testMergeKeepsEngagements merges two organizations engaged in initiatives:
// drop's engagements move to keep, except where keep is engaged already.
func testMergeKeepsEngagements(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	a, b := newInitiative(t, db, "a", ana.ID), newInitiative(t, db, "b", ana.ID)
	keep, drop := newOrg(t, db, "Zeleni Balkani", "BG"), newOrg(t, db, "Зелени Балкани", "BG")
	engage := func(in, org int64, stage string) initiative.Engagement {
		e := initiative.Engagement{InitiativeID: in, OrgID: org, Country: "BG", Stage: stage}
		must(t, "CreateEngagement", db.CreateEngagement(ctx(t), &e, engagementHist("engaged")))
		return e
	}
	inA := engage(a.ID, keep.ID, "identified")
	dropA := engage(a.ID, drop.ID, "contacted")
	dropB := engage(b.ID, drop.ID, "in_talks")
	must(t, "MergeOrgs", db.MergeOrgs(ctx(t), &keep, drop.ID, hist("merged")))
	for _, c := range []struct {
		in, id, org int64
	}{{a.ID, inA.ID, keep.ID}, {a.ID, dropA.ID, drop.ID}, {b.ID, dropB.ID, keep.ID}} {
		got, err := db.Engagement(ctx(t), c.in, c.id)
		must(t, "Engagement", err)
		if got.OrgID != c.org {
			t.Errorf("engagement %d after the merge is with %d, want %d", c.id, got.OrgID, c.org)
		}
	}
}
