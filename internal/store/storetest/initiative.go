package storetest

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/initiative"
	"coalition/internal/store"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// newInitiative creates an ECI with slug, its first organizer being u.
func newInitiative(t *testing.T, db *store.DB, slug string, organizer int64) initiative.Initiative {
	t.Helper()
	in := initiative.Initiative{Kind: initiative.KindECI, Slug: slug, Status: initiative.StatusActive,
		Titles:       []directory.Text{{Lang: "lv", Value: "Tīra Baltijas jūra"}, {Lang: "en", Value: "A clean Baltic Sea"}},
		Descriptions: []directory.Text{{Lang: "en", Value: "Stop the spills."}}, Goals: "100 partners",
		StartsOn: day("2025-01-10"), RegisteredOn: day("2025-02-03"), CollectionStart: day("2025-03-01"),
		CollectionEnd: day("2026-02-28"), AllianceGoal: 100, Public: true}
	must(t, "CreateInitiative", db.CreateInitiative(ctx(t), &in, initiative.Member{UserID: organizer, Role: initiative.RoleOrganizer},
		directory.HistoryEntry{Entity: initiative.EntityInitiative, At: base, UserID: organizer, Action: "created", Detail: "{}"}))
	return in
}

func initiativeHist(action string) directory.HistoryEntry {
	return directory.HistoryEntry{Entity: initiative.EntityInitiative, At: base, UserID: 1, Action: action, Detail: "{}"}
}

func testInitiativeCreateAndGet(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	if in.ID == 0 || in.Version != 1 || in.CreatedAt.IsZero() {
		t.Fatalf("after create: %+v", in)
	}
	got, err := db.Initiative(ctx(t), in.ID)
	must(t, "Initiative", err)
	if !reflect.DeepEqual(got, in) {
		t.Errorf("Initiative = %+v\nwant %+v", got, in)
	}
	bySlug, err := db.InitiativeBySlug(ctx(t), "clean-baltic")
	must(t, "InitiativeBySlug", err)
	if bySlug.ID != in.ID {
		t.Errorf("InitiativeBySlug = %d", bySlug.ID)
	}
	_, err = db.InitiativeBySlug(ctx(t), "nothing-here")
	wantErr(t, "InitiativeBySlug of a missing slug", err, store.ErrNotFound)
	other := initiative.Initiative{Kind: initiative.KindCampaign, Slug: "clean-baltic", Status: initiative.StatusPreparing}
	err = db.CreateInitiative(ctx(t), &other, initiative.Member{UserID: ana.ID, Role: initiative.RoleOrganizer}, initiativeHist("created"))
	wantErr(t, "CreateInitiative with a taken slug", err, store.ErrConflict)
	hs, err := db.History(ctx(t), initiative.EntityInitiative, in.ID)
	must(t, "History", err)
	if len(hs) != 1 || hs[0].Action != "created" || hs[0].UserID != ana.ID {
		t.Errorf("history = %+v", hs)
	}
}

func testInitiativeUpdate(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	stale := in
	in.Titles = append(in.Titles, directory.Text{Lang: "bg", Value: "Чисто Балтийско море"})
	in.EndsOn, in.Public, in.Slug = day("2026-12-31"), false, "baltic"
	must(t, "UpdateInitiative", db.UpdateInitiative(ctx(t), &in, initiativeHist("updated")))
	got, err := db.Initiative(ctx(t), in.ID)
	must(t, "Initiative", err)
	if in.Version != 2 || !reflect.DeepEqual(got, in) {
		t.Errorf("after update: %+v\nwant %+v", got, in)
	}
	wantErr(t, "UpdateInitiative with a stale version", db.UpdateInitiative(ctx(t), &stale, initiativeHist("updated")), store.ErrStale)
	missing := in
	missing.ID = 999
	wantErr(t, "UpdateInitiative of a missing one", db.UpdateInitiative(ctx(t), &missing, initiativeHist("updated")), store.ErrNotFound)
}

func testInitiativeTeam(t *testing.T, db *store.DB) {
	ana, bo, cy := newUser(t, db, "ana@example.org"), newUser(t, db, "bo@example.org"), newUser(t, db, "cy@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	mine := newInitiative(t, db, "bo-alone", bo.ID)
	must(t, "PutMember viewer", db.PutMember(ctx(t), initiative.Member{InitiativeID: in.ID, UserID: cy.ID, Role: initiative.RoleViewer}, initiativeHist("member_set")))
	must(t, "PutMember coordinator", db.PutMember(ctx(t), initiative.Member{InitiativeID: in.ID, UserID: bo.ID,
		Role: initiative.RoleCoordinator, Countries: []string{"EE", "LV"}}, initiativeHist("member_set")))
	ms, err := db.Members(ctx(t), in.ID)
	must(t, "Members", err)
	var got []string
	for _, m := range ms {
		got = append(got, m.Email+":"+string(m.Role))
	}
	if want := []string{"ana@example.org:organizer", "bo@example.org:country_coordinator", "cy@example.org:viewer"}; !slices.Equal(got, want) {
		t.Errorf("team = %v, want %v", got, want)
	}
	m, err := db.Member(ctx(t), in.ID, bo.ID)
	must(t, "Member", err)
	if !slices.Equal(m.Countries, []string{"EE", "LV"}) || m.Name != bo.Name {
		t.Errorf("coordinator = %+v", m)
	}
	mineToo, err := db.Initiatives(ctx(t), bo.ID, false)
	must(t, "Initiatives", err)
	if ids := initiativeIDs(mineToo); !slices.Equal(ids, []int64{mine.ID, in.ID}) {
		t.Errorf("bo's initiatives = %v", ids)
	}
	all, err := db.Initiatives(ctx(t), 0, true)
	must(t, "Initiatives all", err)
	if len(all) != 2 {
		t.Errorf("all initiatives = %v", initiativeIDs(all))
	}
	testLastOrganizer(t, db, in.ID, ana.ID, cy.ID)
}

// testLastOrganizer checks that the team keeps an organizer.
func testLastOrganizer(t *testing.T, db *store.DB, id, organizer, viewer int64) {
	t.Helper()
	err := db.PutMember(ctx(t), initiative.Member{InitiativeID: id, UserID: organizer, Role: initiative.RoleViewer}, initiativeHist("member_set"))
	wantErr(t, "demoting the last organizer", err, store.ErrConflict)
	wantErr(t, "removing the last organizer", db.RemoveMember(ctx(t), id, organizer, initiativeHist("member_removed")), store.ErrConflict)
	must(t, "promoting the viewer", db.PutMember(ctx(t), initiative.Member{InitiativeID: id, UserID: viewer, Role: initiative.RoleOrganizer}, initiativeHist("member_set")))
	must(t, "removing one of two organizers", db.RemoveMember(ctx(t), id, organizer, initiativeHist("member_removed")))
	_, err = db.Member(ctx(t), id, organizer)
	wantErr(t, "Member after removal", err, store.ErrNotFound)
	wantErr(t, "RemoveMember of a non-member", db.RemoveMember(ctx(t), id, organizer, initiativeHist("member_removed")), store.ErrNotFound)
	err = db.PutMember(ctx(t), initiative.Member{InitiativeID: id, UserID: 424242, Role: initiative.RoleViewer}, initiativeHist("member_set"))
	wantErr(t, "PutMember of a missing user", err, store.ErrNotFound)
}

func initiativeIDs(ins []initiative.Initiative) []int64 {
	var out []int64
	for _, in := range ins {
		out = append(out, in.ID)
	}
	return out
}
