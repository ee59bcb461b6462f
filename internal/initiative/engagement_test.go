package initiative_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/store"
)

// newOrg stores an organization for the engagement tests.
func newOrg(t *testing.T, db *store.DB, name, country string) int64 {
	t.Helper()
	o := directory.Organization{Name: name, Country: country}
	if err := db.CreateOrg(context.Background(), &o, directory.HistoryEntry{Action: "created"}); err != nil {
		t.Fatal(err)
	}
	return o.ID
}

func firm() initiative.Commitment {
	return initiative.Commitment{On: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), ConfirmedBy: "Board chair", How: "letter"}
}

func TestEngagementRules(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	lv := newOrg(t, e.db, "Zaļā Brīvība", "LV")
	bg := newOrg(t, e.db, "Зелени Балкани", "BG")
	eng := initiative.Engagement{InitiativeID: in.ID, OrgID: lv, Country: "lv", Roles: []string{"intermediary"}, Stage: initiative.StageCommitted}
	_, err := e.s.Engage(ctx, e.ana, eng)
	wantKey(t, "committed without a recorded confirmation", err, "stage", "engagement.commitment_required")
	eng.Stage = initiative.StageInTalks
	eng.Commitment.LogoPermission = true
	_, err = e.s.Engage(ctx, e.ana, eng)
	wantKey(t, "logo permission without a firm commitment", err, "logo_permission", "engagement.logo_needs_commitment")
	eng.Stage, eng.Commitment = initiative.StageCommitted, firm()
	eng.Commitment.LogoPermission = true
	saved, err := e.s.Engage(ctx, e.ana, eng)
	if err != nil || saved.Country != "LV" || !saved.ShowsLogo() || saved.Commitment.LogoOn.IsZero() {
		t.Fatalf("a firm commitment with logo permission: %+v, %v", saved, err)
	}
	saved.Commitment.How = ""
	_, err = e.s.UpdateEngagement(ctx, e.ana, saved)
	wantKey(t, "withdrawing the confirmation keeps the stage", err, "stage", "engagement.commitment_required")
	moved, err := e.s.MoveStage(ctx, e.ana, in.ID, saved.ID, saved.Version, initiative.StagePaused)
	if err != nil || moved.Stage != initiative.StagePaused || moved.ShowsLogo() {
		t.Errorf("paused: %+v, %v", moved, err)
	}
	if _, err := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: in.ID, OrgID: bg, PersonID: 1, Stage: "identified"}); !errors.Is(err, errs.ErrInvalid) {
		t.Errorf("an organization and a person at once: %v", err)
	}
	hs, err := e.s.EngagementHistory(ctx, e.ana, in.ID, saved.ID)
	if err != nil || len(hs) != 2 || hs[1].Action != initiative.ActionEngagementUp {
		t.Errorf("history %+v, %v", hs, err)
	}
}

func wantKey(t *testing.T, what string, err error, field, key string) {
	t.Helper()
	for _, p := range problemsOf(err) {
		var le *i18n.LocalizedError
		if errors.As(p, &le) && le.Field == field && le.Key == key {
			return
		}
	}
	var le *i18n.LocalizedError
	if errors.As(err, &le) && le.Field == field && le.Key == key {
		return
	}
	t.Errorf("%s: %v, want %s on %s", what, err, key, field)
}

func TestCoordinatorSeesOnlyTheirCountries(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	lv, bg := newOrg(t, e.db, "Zaļā Brīvība", "LV"), newOrg(t, e.db, "Зелени Балкани", "BG")
	if err := e.s.SetMember(ctx, e.ana, initiative.Member{InitiativeID: in.ID, UserID: e.bo.UserID, Role: initiative.RoleCoordinator, Countries: []string{"LV"}}); err != nil {
		t.Fatal(err)
	}
	inBG, err := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: in.ID, OrgID: bg, Country: "BG", Stage: "identified"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.s.Engage(ctx, e.bo, initiative.Engagement{InitiativeID: in.ID, OrgID: bg, Country: "BG", Stage: "identified"}); !errors.Is(err, errs.ErrForbidden) {
		t.Errorf("a coordinator of LV adds a partner in BG: %v", err)
	}
	inLV, err := e.s.Engage(ctx, e.bo, initiative.Engagement{InitiativeID: in.ID, OrgID: lv, Country: "LV", Stage: "identified"})
	if err != nil {
		t.Fatalf("a coordinator of LV adds a partner in LV: %v", err)
	}
	list, err := e.s.Pipeline(ctx, e.bo, in.ID, initiative.EngagementFilter{})
	if err != nil || len(list) != 1 || list[0].ID != inLV.ID {
		t.Errorf("the coordinator's pipeline: %+v, %v", list, err)
	}
	if _, _, err := e.s.EngagementOf(ctx, e.bo, in.ID, inBG.ID); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("the coordinator opens a BG engagement: %v", err)
	}
	inLV.Country = "BG"
	if _, err := e.s.UpdateEngagement(ctx, e.bo, inLV); !errors.Is(err, errs.ErrForbidden) {
		t.Errorf("the coordinator moves a partner to BG: %v", err)
	}
	if all, _ := e.s.Pipeline(ctx, e.ana, in.ID, initiative.EngagementFilter{}); len(all) != 2 {
		t.Errorf("the organizer sees %d engagements", len(all))
	}
}

func TestEngagementKeepsWhatItIs(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	lv := newOrg(t, e.db, "Zaļā Brīvība", "LV")
	_, err := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: in.ID, OrgID: lv + 99, Country: "LV", Stage: "identified"})
	wantKey(t, "a partner that does not exist", err, "partner", "engagement.partner_missing")
	_, err = e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: in.ID, OrgID: lv, Country: "LV", Stage: "identified", Responsible: e.bo.UserID})
	wantKey(t, "a responsible person off the team", err, "responsible", "engagement.responsible_not_on_team")
	c := firm()
	c.LogoPermission = true
	saved, err := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: in.ID, OrgID: lv, Country: "LV", Stage: "committed",
		Commitment: c, Inbound: true, Responsible: e.ana.UserID})
	if err != nil || saved.PartnerName != "Zaļā Brīvība" {
		t.Fatalf("engage: %+v, %v", saved, err)
	}
	logoOn := saved.Commitment.LogoOn
	change := saved
	change.OrgID, change.Inbound, change.Commitment.LogoOn, change.Stage = 0, false, time.Time{}, initiative.StageActive
	got, err := e.s.UpdateEngagement(ctx, e.ana, change)
	if err != nil || got.OrgID != lv || !got.Inbound || !got.Commitment.LogoOn.Equal(logoOn) {
		t.Errorf("an update changed the partner, inbound or the logo date: %+v, %v", got, err)
	}
	hs, _ := e.s.EngagementHistory(ctx, e.ana, in.ID, saved.ID)
	if len(hs) != 2 || !strings.Contains(hs[1].Detail, `"from":"committed"`) || !strings.Contains(hs[1].Detail, `"to":"active"`) {
		t.Errorf("history of the move: %+v", hs)
	}
}
