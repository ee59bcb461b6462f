package eci

import (
	"time"

	"coalition/internal/eu"
)

// Role is an organizer's role in the group.
type Role string

// The roles of Article 5(3): one representative and one substitute as
// contact persons, and up to two further members to act on their behalf.
const (
	RoleRepresentative Role = "representative"
	RoleSubstitute     Role = "substitute"
	RoleStandIn        Role = "stand_in"
	RoleMember         Role = "member"
)

// Roles lists the roles in the order forms show them.
var Roles = []Role{RoleRepresentative, RoleSubstitute, RoleStandIn, RoleMember}

// MinOrganizers is the least number of members, not counting MEPs, and of
// member states of residence among them (Article 5(1) and (2)).
const MinOrganizers = 7

// maxStandIns is the number of members who may act for the representative
// and the substitute (Article 5(3)).
const maxStandIns = 2

// Organizer is one member of the group of organisers.
type Organizer struct {
	Name         string
	Residence    string    // member state of residence (EU or ISO code)
	Nationality  string    // EU or ISO code of a nationality; an EU citizen has a member state's
	BirthDate    time.Time // zero when only AgeConfirmed is known
	AgeConfirmed bool      // the member confirmed being old enough to vote in EP elections
	MEP          bool
	Role         Role
}

// Note is a finding of CheckGroup as a catalog key with arguments. When
// Counted is set, the catalog holds plural forms of Key and N picks one.
type Note struct {
	Key     string
	N       int
	Counted bool
	Args    []any
}

// MemberCheck says whether one member counts towards the minimum, and why not.
type MemberCheck struct {
	Counts bool
	Notes  []Note
}

// GroupCheck is the result of CheckGroup.
type GroupCheck struct {
	Members  []MemberCheck // in the order given
	Eligible int           // members who count towards the minimum
	States   []string      // EU codes of their member states of residence, in protocol order
	MEPs     int           // members who are MEPs, who never count
	Missing  []Note        // what is missing, in plain words; empty when OK
	OK       bool
}

// CheckGroup checks a group of organisers on the day on (the day of
// registration, or today): each member who is not an MEP, is a national of a
// member state, resides in one and is old enough to vote in European
// Parliament elections there counts; at least MinOrganizers must count, in
// at least MinOrganizers member states of residence; and the group has
// exactly one representative, one substitute and at most two stand-ins.
func CheckGroup(members []Organizer, on time.Time) GroupCheck {
	var g GroupCheck
	states := map[string]bool{}
	for _, m := range members {
		c := checkMember(m, on)
		g.Members = append(g.Members, c)
		if m.MEP {
			g.MEPs++
		}
		if c.Counts {
			g.Eligible++
			res, _ := eu.Lookup(m.Residence)
			states[res.Code] = true
		}
	}
	for _, m := range eu.MemberStates() {
		if states[m.Code] {
			g.States = append(g.States, m.Code)
		}
	}
	g.Missing = append(g.missingMembers(), roleNotes(members)...)
	g.OK = len(g.Missing) == 0
	return g
}

// checkMember decides whether m counts towards the minimum on the day on.
func checkMember(m Organizer, on time.Time) MemberCheck {
	var notes []Note
	if m.MEP {
		notes = append(notes, Note{Key: "eci.group.member.mep"})
	}
	if _, ok := eu.Lookup(m.Nationality); !ok {
		notes = append(notes, Note{Key: "eci.group.member.not_citizen"})
	}
	res, ok := eu.Lookup(m.Residence)
	if !ok {
		notes = append(notes, Note{Key: "eci.group.member.not_resident"})
	} else if n, ok := ageNote(m, res.Code, on); !ok {
		notes = append(notes, n)
	}
	return MemberCheck{Counts: len(notes) == 0, Notes: notes}
}

// ageNote checks that m is old enough to vote in EP elections in the state
// of residence on the day on: by the date of birth when given, else by the
// member's confirmation.
func ageNote(m Organizer, residence string, on time.Time) (Note, bool) {
	need := eu.OrganizerAge(residence)
	if m.BirthDate.IsZero() {
		if m.AgeConfirmed {
			return Note{}, true
		}
		return Note{Key: "eci.group.member.age_unknown", Args: []any{"age", need, "country", residence}}, false
	}
	if ageOn(m.BirthDate, on) < need {
		return Note{Key: "eci.group.member.too_young", Args: []any{"age", need, "country", residence}}, false
	}
	return Note{}, true
}

// ageOn returns the age in whole years on the day on of someone born on birth.
func ageOn(birth, on time.Time) int {
	age := on.Year() - birth.Year()
	if on.Month() < birth.Month() || on.Month() == birth.Month() && on.Day() < birth.Day() {
		age--
	}
	return age
}

// missingMembers explains in how many more member states the group needs
// members. Every counted member resides in a member state, so a group short
// of members is short of states too, and members in new states fill both.
func (g GroupCheck) missingMembers() []Note {
	more := MinOrganizers - len(g.States)
	if more <= 0 {
		return nil
	}
	notes := []Note{{Key: "eci.group.missing_states", N: more, Counted: true, Args: []any{"eligible", g.Eligible, "states", len(g.States)}}}
	if g.MEPs > 0 {
		notes = append(notes, Note{Key: "eci.group.meps_do_not_count", N: g.MEPs, Counted: true})
	}
	return notes
}

// roleNotes checks the representative, the substitute and the stand-ins.
func roleNotes(members []Organizer) []Note {
	count := map[Role]int{}
	for _, m := range members {
		count[m.Role]++
	}
	var notes []Note
	for _, r := range []struct {
		role          Role
		none, several string
	}{
		{RoleRepresentative, "eci.group.no_representative", "eci.group.several_representatives"},
		{RoleSubstitute, "eci.group.no_substitute", "eci.group.several_substitutes"},
	} {
		switch n := count[r.role]; {
		case n == 0:
			notes = append(notes, Note{Key: r.none})
		case n > 1:
			notes = append(notes, Note{Key: r.several, N: n, Counted: true})
		}
	}
	if count[RoleStandIn] > maxStandIns {
		notes = append(notes, Note{Key: "eci.group.too_many_stand_ins", N: count[RoleStandIn], Counted: true})
	}
	return notes
}
