package storetest

import (
	"testing"

	"coalition/internal/initiative"
	"coalition/internal/store"
)

func testTallies(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	ts := []initiative.Tally{
		{InitiativeID: in.ID, Country: "LV", On: day("2025-06-01"), Count: 3000, Source: "web"},
		{InitiativeID: in.ID, Country: "EL", On: day("2025-05-01"), Count: 10, Source: "web"},
	}
	must(t, "AddTallies", db.AddTallies(ctx(t), ts, initiativeHist("tallied")))
	got, err := db.Tallies(ctx(t), in.ID)
	must(t, "Tallies", err)
	if len(got) != 2 || got[0].Country != "EL" || got[1].Count != 3000 || !got[1].On.Equal(day("2025-06-01")) || got[1].ID != ts[0].ID {
		t.Errorf("Tallies = %+v", got)
	}
	bad := []initiative.Tally{{InitiativeID: 999, Country: "LV", On: day("2025-06-01"), Count: 1}}
	wantErr(t, "AddTallies for a missing initiative", db.AddTallies(ctx(t), bad, initiativeHist("tallied")), store.ErrNotFound)
	org := newOrg(t, db, "Zaļā Brīvība", "LV")
	for _, e := range []initiative.Engagement{
		{InitiativeID: in.ID, OrgID: org.ID, Stage: "ended", Pledge: initiative.Pledge{Signatures: map[string]int{"LV": 1000, "EE": 500}},
			Delivered: initiative.Delivered{Signatures: map[string]int{"LV": 900}}},
		{InitiativeID: newInitiative(t, db, "other", ana.ID).ID, OrgID: org.ID, Stage: "active", Pledge: initiative.Pledge{Signatures: map[string]int{"LV": 7000}}},
	} {
		must(t, "CreateEngagement", db.CreateEngagement(ctx(t), &e, engagementHist("engaged")))
	}
	records, err := db.DeliveryRecords(ctx(t), []int64{org.ID, org.ID + 100})
	must(t, "DeliveryRecords", err)
	if len(records) != 1 || records[org.ID] != (initiative.DeliveryRecord{Pledged: 1500, Delivered: 900}) {
		t.Errorf("DeliveryRecords = %+v", records)
	}
}
