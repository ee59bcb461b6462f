package initiative_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"coalition/internal/errs"
	"coalition/internal/initiative"
)

func newResource(initiativeID int64, source string, value int64, currency, status string) initiative.Resource {
	return initiative.Resource{InitiativeID: initiativeID, Source: source, What: "Sponsorship", Kind: initiative.ResourceMoney,
		Value: value, Currency: currency, Status: status, On: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)}
}

func TestResourceRules(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	good := newResource(in.ID, "Rīgas dome", 100, "eur", initiative.ResourceReceived)
	for _, tc := range []struct {
		name, field, key string
		change           func(r *initiative.Resource)
	}{
		{"no giver", "source", "resource.giver_required", func(r *initiative.Resource) { r.Source = " " }},
		{"a partner and a source", "source", "resource.giver_twice", func(r *initiative.Resource) { r.EngagementID = 1 }},
		{"nothing said", "what", "validation.required", func(r *initiative.Resource) { r.What = "" }},
		{"an unknown kind", "kind", "validation.vocab", func(r *initiative.Resource) { r.Kind = "shares" }},
		{"an unknown status", "status", "validation.vocab", func(r *initiative.Resource) { r.Status = "hoped" }},
		{"a negative value", "value", "validation.number", func(r *initiative.Resource) { r.Value = -1 }},
		{"a currency of two letters", "currency", "validation.currency", func(r *initiative.Resource) { r.Currency = "EU" }},
		{"no day", "on", "validation.required", func(r *initiative.Resource) { r.On = time.Time{} }},
		{"received tomorrow", "on", "validation.date_future", func(r *initiative.Resource) { r.On = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC) }},
		{"a partner not in the pipeline", "engagement_id", "resource.partner_missing", func(r *initiative.Resource) { r.Source, r.EngagementID = "", 999 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := good
			tc.change(&r)
			_, err := e.s.AddResource(ctx, e.ana, r)
			wantKey(t, tc.name, err, tc.field, tc.key)
		})
	}
	pledge := good
	pledge.Status, pledge.On = initiative.ResourcePledged, time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, err := e.s.AddResource(ctx, e.ana, pledge); err != nil {
		t.Errorf("a pledge expected next year: %v", err)
	}
	saved, err := e.s.AddResource(ctx, e.ana, good)
	if err != nil || saved.Currency != "EUR" || saved.ID == 0 {
		t.Fatalf("AddResource = %+v, %v", saved, err)
	}
	saved.Value = 200
	if saved, err = e.s.UpdateResource(ctx, e.ana, saved); err != nil || saved.Version != 2 {
		t.Fatalf("UpdateResource = %+v, %v", saved, err)
	}
	saved.Version = 1
	if _, err := e.s.UpdateResource(ctx, e.ana, saved); !errors.Is(err, errs.ErrStale) {
		t.Errorf("a stale update: %v", err)
	}
	if err := e.s.DeleteResource(ctx, e.ana, in.ID, saved.ID, 2); err != nil {
		t.Errorf("DeleteResource: %v", err)
	}
}

func TestResourceAccess(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	for _, m := range []initiative.Member{
		{InitiativeID: in.ID, UserID: e.bo.UserID, Role: initiative.RoleCoordinator, Countries: []string{"LV"}},
		{InitiativeID: in.ID, UserID: e.cy.UserID, Role: initiative.RoleViewer},
	} {
		if err := e.s.SetMember(ctx, e.ana, m); err != nil {
			t.Fatal(err)
		}
	}
	lv, _ := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: in.ID, OrgID: newOrg(t, e.db, "Zaļā Brīvība", "LV"), Country: "LV", Stage: "identified"})
	bg, _ := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: in.ID, OrgID: newOrg(t, e.db, "Зелени Балкани", "BG"), Country: "BG", Stage: "identified"})
	fromLV, fromBG := newResource(in.ID, "", 100, "EUR", "pledged"), newResource(in.ID, "", 50, "EUR", "pledged")
	fromLV.EngagementID, fromBG.EngagementID = lv.ID, bg.ID
	if _, err := e.s.AddResource(ctx, e.bo, fromLV); err != nil {
		t.Errorf("a coordinator of LV records a gift of an LV partner: %v", err)
	}
	if _, err := e.s.AddResource(ctx, e.bo, newResource(in.ID, "Rīgas dome", 1, "EUR", "pledged")); !errors.Is(err, errs.ErrForbidden) {
		t.Errorf("a coordinator records a gift of a source in words: %v", err)
	}
	if _, err := e.s.AddResource(ctx, e.cy, newResource(in.ID, "Rīgas dome", 1, "EUR", "pledged")); !errors.Is(err, errs.ErrForbidden) {
		t.Errorf("a viewer records a gift: %v", err)
	}
	savedBG, err := e.s.AddResource(ctx, e.ana, fromBG)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.s.ResourceOf(ctx, e.bo, in.ID, savedBG.ID); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("a coordinator of LV opens a gift of a BG partner: %v", err)
	}
	for who, want := range map[string]struct {
		actor initiative.Actor
		n     int
	}{"organizer": {e.ana, 2}, "coordinator": {e.bo, 1}, "viewer": {e.cy, 2}} {
		if rs, _, err := e.s.Resources(ctx, want.actor, in.ID); err != nil || len(rs) != want.n {
			t.Errorf("the %s sees %d resources (%v), want %d", who, len(rs), err, want.n)
		}
	}
	if _, _, err := e.s.Resources(ctx, e.admin, in.ID+100); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("resources of a missing initiative: %v", err)
	}
}

func TestResourceTotals(t *testing.T) {
	got := initiative.ResourceTotals([]initiative.Resource{
		{Value: 100, Currency: "EUR", Status: "pledged"}, {Value: 50, Currency: "BGN", Status: "received"},
		{Value: 25, Currency: "EUR", Status: "received"}, {Value: 10, Currency: "EUR", Status: "pledged"},
	})
	want := []initiative.ResourceTotal{{Currency: "BGN", Received: 50}, {Currency: "EUR", Pledged: 110, Received: 25}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ResourceTotals = %+v, want %+v", got, want)
	}
}
