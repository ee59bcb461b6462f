package initiative_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/store"
	"coalition/internal/store/storetest"
)

// env is an initiative service on a real SQLite database with three users.
type env struct {
	db          *store.DB
	s           *initiative.Service
	ana, bo, cy initiative.Actor
	admin       initiative.Actor
}

func newEnv(t *testing.T) env {
	t.Helper()
	db := storetest.OpenSQLite(t)
	e := env{db: db, s: initiative.NewService(db)}
	e.s.SetClock(func() time.Time { return time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC) })
	for _, u := range []struct {
		email string
		admin bool
		to    *initiative.Actor
	}{{"ana@example.org", false, &e.ana}, {"bo@example.org", false, &e.bo}, {"cy@example.org", false, &e.cy}, {"root@example.org", true, &e.admin}} {
		*u.to = initiative.Actor{UserID: newUser(t, db, u.email), Admin: u.admin}
	}
	return e
}

func newUser(t *testing.T, db *store.DB, email string) int64 {
	t.Helper()
	u := account.User{Email: email, Name: email, PasswordHash: "x"}
	if err := db.CreateUser(context.Background(), &u); err != nil {
		t.Fatal(err)
	}
	return u.ID
}

func newECI(title string) initiative.Initiative {
	return initiative.Initiative{Kind: initiative.KindECI, Titles: []directory.Text{{Lang: "lv", Value: title}},
		RegisteredOn: time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)}
}

func TestCreateMakesTheCreatorOrganizer(t *testing.T) {
	e := newEnv(t)
	in, err := e.s.Create(t.Context(), e.ana, newECI("Tīra Baltijas jūra"))
	if err != nil {
		t.Fatal(err)
	}
	if in.Slug != "tira-baltijas-jura" || in.Status != initiative.StatusPreparing {
		t.Errorf("created %+v", in)
	}
	again, err := e.s.Create(t.Context(), e.bo, newECI("Tīra Baltijas jūra"))
	if err != nil || again.Slug != "tira-baltijas-jura-2" {
		t.Errorf("second slug %q, %v", again.Slug, err)
	}
	_, a, err := e.s.Get(t.Context(), e.ana, in.ID)
	if err != nil || a.Role != initiative.RoleOrganizer || !a.CanManage() {
		t.Errorf("creator's access %+v, %v", a, err)
	}
	chosen := newECI("Other")
	chosen.Slug = "tira-baltijas-jura"
	_, err = e.s.Create(t.Context(), e.ana, chosen)
	var le *i18n.LocalizedError
	if !errors.As(err, &le) || le.Field != "slug" || le.Key != "initiative.slug_taken" {
		t.Errorf("a chosen slug that is taken: %v", err)
	}
	if _, err := e.s.Create(t.Context(), initiative.Actor{}, newECI("Anonymous")); !errors.Is(err, errs.ErrUnauthorized) {
		t.Errorf("create without a user: %v", err)
	}
}

func TestOthersSeeNothing(t *testing.T) {
	e := newEnv(t)
	in, _ := e.s.Create(t.Context(), e.ana, newECI("Tīra jūra"))
	if _, _, err := e.s.Get(t.Context(), e.bo, in.ID); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("a stranger gets %v", err)
	}
	if list, err := e.s.List(t.Context(), e.bo); err != nil || len(list) != 0 {
		t.Errorf("a stranger's list: %v, %v", list, err)
	}
	if list, err := e.s.List(t.Context(), e.admin); err != nil || len(list) != 1 {
		t.Errorf("the administrator's list: %v, %v", list, err)
	}
	if _, err := e.s.Public(t.Context(), in.Slug); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("an unpublished initiative in public: %v", err)
	}
}

func TestTeamRoles(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	coord := initiative.Member{InitiativeID: in.ID, UserID: e.bo.UserID, Role: initiative.RoleCoordinator, Countries: []string{"lv", "GR", "LV"}}
	if err := e.s.SetMember(ctx, e.ana, coord); err != nil {
		t.Fatal(err)
	}
	_, a, err := e.s.Get(ctx, e.bo, in.ID)
	if err != nil || a.Role != initiative.RoleCoordinator || len(a.Countries) != 2 || !a.CanWorkOn("EL") || a.CanWorkOn("BG") || a.CanManage() {
		t.Errorf("coordinator's access %+v, %v", a, err)
	}
	in.Goals = "More"
	if _, err := e.s.Update(ctx, e.bo, in); !errors.Is(err, errs.ErrForbidden) {
		t.Errorf("a coordinator edits the settings: %v", err)
	}
	viewer := initiative.Member{InitiativeID: in.ID, UserID: e.cy.UserID, Role: initiative.RoleViewer}
	if err := e.s.SetMember(ctx, e.bo, viewer); !errors.Is(err, errs.ErrForbidden) {
		t.Errorf("a coordinator changes the team: %v", err)
	}
	noCountries := initiative.Member{InitiativeID: in.ID, UserID: e.cy.UserID, Role: initiative.RoleCoordinator}
	wantField(t, "a coordinator without countries", e.s.SetMember(ctx, e.ana, noCountries), "countries")
	badCountry := initiative.Member{InitiativeID: in.ID, UserID: e.cy.UserID, Role: initiative.RoleCoordinator, Countries: []string{"NO"}}
	wantField(t, "a coordinator of Norway", e.s.SetMember(ctx, e.ana, badCountry), "countries")
	err = e.s.RemoveMember(ctx, e.ana, in.ID, e.ana.UserID)
	var le *i18n.LocalizedError
	if !errors.As(err, &le) || le.Key != "initiative.last_organizer" || !errors.Is(err, errs.ErrConflict) {
		t.Errorf("removing the last organizer: %v", err)
	}
	hs, err := e.s.History(ctx, e.ana, in.ID)
	if err != nil || len(hs) != 2 || hs[1].Action != initiative.ActionMemberSet {
		t.Errorf("history %+v, %v", hs, err)
	}
}

func wantField(t *testing.T, what string, err error, field string) {
	t.Helper()
	var le *i18n.LocalizedError
	if !errors.As(err, &le) || le.Field != field || !errors.Is(err, errs.ErrInvalid) {
		t.Errorf("%s: %v, want a problem with %s", what, err, field)
	}
}

func TestUpdateIsOptimistic(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	first, second := in, in
	first.Public = true
	if _, err := e.s.Update(ctx, e.ana, first); err != nil {
		t.Fatal(err)
	}
	second.Goals = "other"
	if _, err := e.s.Update(ctx, e.ana, second); !errors.Is(err, errs.ErrStale) {
		t.Errorf("a stale update: %v", err)
	}
	if got, err := e.s.Public(ctx, in.Slug); err != nil || got.ID != in.ID {
		t.Errorf("published: %v, %v", got.ID, err)
	}
}
