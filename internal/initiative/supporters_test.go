package initiative_test

import (
	"errors"
	"testing"

	"coalition/internal/errs"
	"coalition/internal/initiative"
)

// TestSupportersFollowCommitments: a partner appears only while its
// commitment is firm, its logo only while permission is also given, and
// withdrawing either takes effect at once.
func TestSupportersFollowCommitments(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	draft := newECI("Tīra jūra")
	draft.Public = true
	in, _ := e.s.Create(ctx, e.ana, draft)
	engage := func(name string, stage string, c initiative.Commitment) initiative.Engagement {
		saved, err := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: in.ID, OrgID: newOrg(t, e.db, name, "LV"), Country: "LV", Stage: stage, Commitment: c})
		if err != nil {
			t.Fatal(err)
		}
		return saved
	}
	withLogo := firm()
	withLogo.LogoPermission = true
	engage("In talks", initiative.StageInTalks, initiative.Commitment{})
	noLogo := engage("Committed, no logo", initiative.StageCommitted, firm())
	logo := engage("Active with logo", initiative.StageActive, withLogo)
	_, got, err := e.s.Supporters(ctx, in.Slug)
	if err != nil || len(got) != 2 || got[0].PartnerName != "Active with logo" || !got[0].ShowsLogo() || got[1].ShowsLogo() {
		t.Fatalf("supporters %+v, %v", got, err)
	}
	logo.Commitment.LogoPermission = false
	if _, err := e.s.UpdateEngagement(ctx, e.ana, logo); err != nil {
		t.Fatal(err)
	}
	if _, got, _ = e.s.Supporters(ctx, in.Slug); len(got) != 2 || got[0].ShowsLogo() {
		t.Errorf("logo permission withdrawn: %+v", got)
	}
	if _, err := e.s.MoveStage(ctx, e.ana, in.ID, noLogo.ID, noLogo.Version, initiative.StagePaused); err != nil {
		t.Fatal(err)
	}
	if _, got, _ = e.s.Supporters(ctx, in.Slug); len(got) != 1 || got[0].PartnerName != "Active with logo" {
		t.Errorf("commitment paused: %+v", got)
	}
	in.Public = false
	if _, err := e.s.Update(ctx, e.ana, in); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.s.Supporters(ctx, in.Slug); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("unpublished: %v", err)
	}
}
