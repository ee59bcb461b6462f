package storetest

import (
	"reflect"
	"testing"

	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
	"coalition/internal/store"
)

func testOrganizers(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	other := newInitiative(t, db, "other", ana.ID)
	o := initiative.Organizer{InitiativeID: in.ID, Email: "janis@example.lv", Organizer: eci.Organizer{Name: "Jānis Bērziņš",
		Residence: "LV", Nationality: "LV", BirthDate: day("1990-05-17"), MEP: true, Role: eci.RoleRepresentative}}
	must(t, "CreateOrganizer", db.CreateOrganizer(ctx(t), &o, initiativeHist("organizer_added")))
	second := initiative.Organizer{InitiativeID: in.ID, Organizer: eci.Organizer{Name: "Мария", Residence: "BG", AgeConfirmed: true}}
	must(t, "CreateOrganizer", db.CreateOrganizer(ctx(t), &second, initiativeHist("organizer_added")))
	got, err := db.Organizers(ctx(t), in.ID)
	must(t, "Organizers", err)
	if len(got) != 2 || !reflect.DeepEqual(got[0], o) || got[1].Name != "Мария" || !got[1].AgeConfirmed {
		t.Fatalf("Organizers = %+v\nwant %+v first", got, o)
	}
	stale := o
	o.MEP, o.Role = false, eci.RoleMember
	must(t, "UpdateOrganizer", db.UpdateOrganizer(ctx(t), &o, initiativeHist("organizer_changed")))
	wantErr(t, "UpdateOrganizer stale", db.UpdateOrganizer(ctx(t), &stale, initiativeHist("organizer_changed")), store.ErrStale)
	elsewhere := o
	elsewhere.InitiativeID = other.ID
	wantErr(t, "UpdateOrganizer through another initiative", db.UpdateOrganizer(ctx(t), &elsewhere, initiativeHist("x")), store.ErrNotFound)
	wantErr(t, "DeleteOrganizer through another initiative", db.DeleteOrganizer(ctx(t), other.ID, o.ID, initiativeHist("x")), store.ErrNotFound)
	must(t, "DeleteOrganizer", db.DeleteOrganizer(ctx(t), in.ID, o.ID, initiativeHist("organizer_removed")))
	if got, _ := db.Organizers(ctx(t), in.ID); len(got) != 1 || got[0].ID != second.ID {
		t.Errorf("after delete: %+v", got)
	}
	bad := initiative.Organizer{InitiativeID: 999, Organizer: eci.Organizer{Name: "X"}}
	wantErr(t, "CreateOrganizer for a missing initiative", db.CreateOrganizer(ctx(t), &bad, initiativeHist("x")), store.ErrNotFound)
}
