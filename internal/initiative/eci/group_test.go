package eci

import (
	"slices"
	"testing"
)

// member returns an adult member resident in and a national of state.
func member(state string, role Role) Organizer {
	return Organizer{Name: "Member " + state, Residence: state, Nationality: state, AgeConfirmed: true, Role: role}
}

// seven returns a valid group: seven members in seven states, with a
// representative and a substitute.
func seven() []Organizer {
	g := []Organizer{member("LV", RoleRepresentative), member("BG", RoleSubstitute)}
	for _, s := range []string{"RO", "SI", "DE", "EL", "MT"} {
		g = append(g, member(s, RoleMember))
	}
	return g
}

func TestCheckGroup(t *testing.T) {
	on := day("2026-11-21")
	for _, tc := range []struct {
		name     string
		group    func() []Organizer
		eligible int
		states   int
		missing  []string
	}{
		{"seven in seven states", seven, 7, 7, nil},
		{"two of them in one state", func() []Organizer {
			g := seven()
			g[6].Residence = "DE" // a Maltese national living in Germany
			return g
		}, 7, 6, []string{"eci.group.missing_states"}},
		{"an MEP does not count", func() []Organizer {
			g := seven()
			g[4].MEP = true
			return g
		}, 6, 6, []string{"eci.group.missing_states", "eci.group.meps_do_not_count"}},
		{"an MEP beside seven others is fine", func() []Organizer {
			return append(seven(), Organizer{Residence: "FR", Nationality: "FR", AgeConfirmed: true, MEP: true, Role: RoleMember})
		}, 7, 7, nil},
		{"a national of a third country", func() []Organizer {
			g := seven()
			g[3].Nationality = "NO"
			return g
		}, 6, 6, []string{"eci.group.missing_states"}},
		{"resident outside the EU", func() []Organizer {
			g := seven()
			g[3].Residence = "CH"
			return g
		}, 6, 6, []string{"eci.group.missing_states"}},
		{"16 in Malta is old enough, 16 in Slovenia is not", func() []Organizer {
			g := seven()
			g[6].AgeConfirmed, g[6].BirthDate = false, day("2010-11-21") // 16 today, Malta votes at 16
			g[3].AgeConfirmed, g[3].BirthDate = false, day("2010-11-21") // Slovenia votes at 18
			return g
		}, 6, 6, []string{"eci.group.missing_states"}},
		{"17 tomorrow in Greece is too young today", func() []Organizer {
			g := seven()
			g[5].AgeConfirmed, g[5].BirthDate = false, day("2009-11-22")
			return g
		}, 6, 6, []string{"eci.group.missing_states"}},
		{"age neither given nor confirmed", func() []Organizer {
			g := seven()
			g[2].AgeConfirmed = false
			return g
		}, 6, 6, []string{"eci.group.missing_states"}},
		{"no representative, two substitutes, three stand-ins", func() []Organizer {
			g := seven()
			g[0].Role = RoleSubstitute
			return append(g, member("FR", RoleStandIn), member("IT", RoleStandIn), member("ES", RoleStandIn))
		}, 10, 10, []string{"eci.group.no_representative", "eci.group.several_substitutes", "eci.group.too_many_stand_ins"}},
		{"nobody yet", func() []Organizer { return nil }, 0, 0,
			[]string{"eci.group.missing_states", "eci.group.no_representative", "eci.group.no_substitute"}},
	} {
		g := CheckGroup(tc.group(), on)
		var keys []string
		for _, n := range g.Missing {
			keys = append(keys, n.Key)
		}
		if g.Eligible != tc.eligible || len(g.States) != tc.states || !slices.Equal(keys, tc.missing) || g.OK != (len(tc.missing) == 0) {
			t.Errorf("%s: %d eligible in %d states, missing %v, OK %v; want %d in %d, %v",
				tc.name, g.Eligible, len(g.States), keys, g.OK, tc.eligible, tc.states, tc.missing)
		}
	}
}

// TestCheckGroupExplains checks the numbers the explanation gives: five
// eligible members in five states need members in two more states.
func TestCheckGroupExplains(t *testing.T) {
	g := seven()[:5]
	g = append(g, Organizer{Residence: "FR", Nationality: "FR", AgeConfirmed: true, MEP: true})
	c := CheckGroup(g, day("2026-11-21"))
	n := c.Missing[0]
	if n.Key != "eci.group.missing_states" || n.N != 2 || !slices.Equal(n.Args, []any{"eligible", 5, "states", 5}) {
		t.Errorf("missing = %+v", n)
	}
	if m := c.Missing[1]; m.Key != "eci.group.meps_do_not_count" || m.N != 1 {
		t.Errorf("MEP note = %+v", m)
	}
	if mc := c.Members[5]; mc.Counts || len(mc.Notes) != 1 || mc.Notes[0].Key != "eci.group.member.mep" {
		t.Errorf("the MEP's own check = %+v", mc)
	}
}
