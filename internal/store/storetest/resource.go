package storetest

import (
	"reflect"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/initiative"
	"coalition/internal/store"
)

func resourceHist(action string) directory.HistoryEntry {
	return directory.HistoryEntry{Entity: initiative.EntityResource, At: base, UserID: 1, Action: action, Detail: "{}"}
}

func testResources(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	zb := newOrg(t, db, "Zaļā Brīvība", "LV")
	e := initiative.Engagement{InitiativeID: in.ID, OrgID: zb.ID, Country: "LV", Stage: "identified"}
	must(t, "CreateEngagement", db.CreateEngagement(ctx(t), &e, engagementHist("engaged")))
	money := initiative.Resource{InitiativeID: in.ID, EngagementID: e.ID, What: "Sponsorship", Kind: "money", Value: 250000,
		Currency: "EUR", Status: "received", On: day("2025-04-01"), Note: "Bank transfer"}
	must(t, "CreateResource", db.CreateResource(ctx(t), &money, resourceHist("resource_added")))
	hall := initiative.Resource{InitiativeID: in.ID, Source: "Rīgas dome", What: "A hall for the launch", Kind: "in_kind",
		Value: 80000, Currency: "EUR", Status: "pledged", On: day("2025-05-01")}
	must(t, "CreateResource", db.CreateResource(ctx(t), &hall, resourceHist("resource_added")))
	got, err := db.Resource(ctx(t), in.ID, money.ID)
	must(t, "Resource", err)
	money.PartnerName, money.PartnerCountry = "Zaļā Brīvība", "LV"
	if !reflect.DeepEqual(got, money) {
		t.Fatalf("Resource = %+v\nwant %+v", got, money)
	}
	all, err := db.Resources(ctx(t), in.ID)
	must(t, "Resources", err)
	if len(all) != 2 || all[0].ID != hall.ID || all[0].PartnerName != "" {
		t.Errorf("Resources, newest day first: %+v", all)
	}
	hs, err := db.History(ctx(t), initiative.EntityResource, hall.ID)
	if err != nil || len(hs) != 1 || hs[0].Action != "resource_added" {
		t.Errorf("history %+v, %v", hs, err)
	}
}

func testResourceRefusals(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	other := newInitiative(t, db, "other", ana.ID)
	e := initiative.Engagement{InitiativeID: other.ID, OrgID: newOrg(t, db, "Eko Klubs", "LV").ID, Stage: "identified"}
	must(t, "CreateEngagement", db.CreateEngagement(ctx(t), &e, engagementHist("engaged")))
	r := initiative.Resource{InitiativeID: in.ID, EngagementID: e.ID, What: "Money", Kind: "money", Value: 1, Currency: "EUR",
		Status: "pledged", On: day("2025-04-01")}
	wantErr(t, "a partner of another initiative", db.CreateResource(ctx(t), &r, resourceHist("resource_added")), store.ErrNotFound)
	r.EngagementID, r.Source, r.InitiativeID = 0, "Someone", 9999
	wantErr(t, "a missing initiative", db.CreateResource(ctx(t), &r, resourceHist("resource_added")), store.ErrNotFound)
	r.InitiativeID = in.ID
	must(t, "CreateResource", db.CreateResource(ctx(t), &r, resourceHist("resource_added")))
	stale := r
	r.Value = 500
	must(t, "UpdateResource", db.UpdateResource(ctx(t), &r, resourceHist("resource_updated")))
	if got, _ := db.Resource(ctx(t), in.ID, r.ID); got.Value != 500 || got.Version != 2 || r.Version != 2 {
		t.Errorf("after update: %+v", got)
	}
	wantErr(t, "a stale update", db.UpdateResource(ctx(t), &stale, resourceHist("resource_updated")), store.ErrStale)
	wantErr(t, "a stale delete", db.DeleteResource(ctx(t), in.ID, r.ID, 1, resourceHist("resource_deleted")), store.ErrStale)
	wantErr(t, "a delete in another initiative", db.DeleteResource(ctx(t), other.ID, r.ID, 2, resourceHist("resource_deleted")), store.ErrNotFound)
	must(t, "DeleteResource", db.DeleteResource(ctx(t), in.ID, r.ID, 2, resourceHist("resource_deleted")))
	_, err := db.Resource(ctx(t), in.ID, r.ID)
	wantErr(t, "a deleted resource", err, store.ErrNotFound)
	hs, _ := db.History(ctx(t), initiative.EntityResource, r.ID)
	if len(hs) != 3 || hs[2].Action != "resource_deleted" {
		t.Errorf("history %+v", hs)
	}
}
