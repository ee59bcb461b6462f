package initiative_test

import (
	"errors"
	"testing"
	"time"

	"coalition/internal/errs"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
)

func organizer(id int64, name, country string, role eci.Role) initiative.Organizer {
	return initiative.Organizer{InitiativeID: id, Organizer: eci.Organizer{Name: name, Residence: country,
		Nationality: country, AgeConfirmed: true, Role: role}}
}

func TestOrganizerGroup(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	for i, c := range []string{"lv", "BG", "GR", "RO", "SI"} {
		role := eci.RoleMember
		if i == 0 {
			role = eci.RoleRepresentative
		} else if i == 1 {
			role = eci.RoleSubstitute
		}
		if _, err := e.s.AddOrganizer(ctx, e.ana, organizer(in.ID, "Member "+c, c, role)); err != nil {
			t.Fatal(err)
		}
	}
	mep := organizer(in.ID, "An MEP", "DE", eci.RoleMember)
	mep.MEP = true
	if _, err := e.s.AddOrganizer(ctx, e.ana, mep); err != nil {
		t.Fatal(err)
	}
	os, check, err := e.s.Group(ctx, e.ana, in.ID)
	if err != nil || len(os) != 6 || os[2].Residence != "EL" || check.OK || check.Eligible != 5 || len(check.States) != 5 {
		t.Fatalf("group %d members, check %+v, %v", len(os), check, err)
	}
	if n := check.Missing[0]; n.Key != "eci.group.missing_states" || n.N != 2 {
		t.Errorf("missing %+v", n)
	}
	for _, c := range []string{"FR", "IT"} {
		if _, err := e.s.AddOrganizer(ctx, e.ana, organizer(in.ID, "Member "+c, c, eci.RoleMember)); err != nil {
			t.Fatal(err)
		}
	}
	if _, check, _ = e.s.Group(ctx, e.ana, in.ID); !check.OK {
		t.Errorf("seven in seven states: %+v", check.Missing)
	}
	os[0].BirthDate, os[0].AgeConfirmed = time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC), false
	if _, err := e.s.UpdateOrganizer(ctx, e.ana, os[0]); err != nil {
		t.Fatal(err)
	}
	if _, check, _ = e.s.Group(ctx, e.ana, in.ID); check.OK || check.Members[0].Counts {
		t.Errorf("a 15-year-old in Latvia counts: %+v", check.Members[0])
	}
	if _, err := e.s.UpdateOrganizer(ctx, e.ana, os[0]); !errors.Is(err, errs.ErrStale) {
		t.Errorf("stale update: %v", err)
	}
	if err := e.s.RemoveOrganizer(ctx, e.ana, in.ID, os[5].ID); err != nil {
		t.Fatal(err)
	}
	if os, _, _ = e.s.Group(ctx, e.ana, in.ID); len(os) != 7 {
		t.Errorf("after removing the MEP: %d members", len(os))
	}
}

func TestOrganizerGroupRefuses(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	bad := organizer(in.ID, " ", "Latvia", "boss")
	bad.BirthDate = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	_, err := e.s.AddOrganizer(ctx, e.ana, bad)
	if ps := problemsOf(err); len(ps) != 5 {
		t.Errorf("problems %v", err)
	}
	if _, err := e.s.AddOrganizer(ctx, e.bo, organizer(in.ID, "X", "LV", eci.RoleMember)); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("a stranger adds a member: %v", err)
	}
	camp := newECI("Campaign")
	camp.Kind, camp.RegisteredOn = initiative.KindCampaign, time.Time{}
	c, _ := e.s.Create(ctx, e.ana, camp)
	if _, err := e.s.AddOrganizer(ctx, e.ana, organizer(c.ID, "X", "LV", eci.RoleMember)); !errors.Is(err, errs.ErrInvalid) {
		t.Errorf("a campaign's organizer group: %v", err)
	}
	if err := e.s.RemoveOrganizer(ctx, e.ana, in.ID, 999); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("removing a missing member: %v", err)
	}
}

func problemsOf(err error) []error {
	var multi interface{ Unwrap() []error }
	if errors.As(err, &multi) {
		return multi.Unwrap()
	}
	return nil
}
