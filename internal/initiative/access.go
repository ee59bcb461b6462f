package initiative

import "slices"

// Actor is who acts: a signed-in user, and whether they administer the
// installation (an administrator may do everything everywhere).
type Actor struct {
	UserID int64
	Admin  bool
}

// Access is what one user may do in one initiative.
type Access struct {
	Role      Role // "" when the user is not on the team
	Admin     bool
	Countries []string // a country coordinator's member states (EU codes)
}

// accessOf returns the access a team membership (or none) gives actor.
func accessOf(actor Actor, m *Member) Access {
	a := Access{Admin: actor.Admin}
	if m != nil {
		a.Role, a.Countries = m.Role, m.Countries
	}
	return a
}

// CanView reports whether the user sees the initiative at all.
func (a Access) CanView() bool { return a.Admin || a.Role != "" }

// CanManage reports whether the user may change the initiative's settings
// and team.
func (a Access) CanManage() bool { return a.Admin || a.Role == RoleOrganizer }

// AllCountries reports whether the user works on every member state, as
// organizers and administrators do.
func (a Access) AllCountries() bool { return a.CanManage() }

// CanWorkOn reports whether the user may change partners and tallies of the
// member state country (an EU code): organizers everywhere, country
// coordinators in their states, viewers nowhere.
func (a Access) CanWorkOn(country string) bool {
	if a.AllCountries() {
		return true
	}
	return a.Role == RoleCoordinator && slices.Contains(a.Countries, country)
}

// CanSee reports whether the user sees partners and tallies of the member
// state country: a country coordinator only those of their states, everyone
// else on the team all of them.
func (a Access) CanSee(country string) bool {
	if a.Role == RoleCoordinator && !a.Admin {
		return slices.Contains(a.Countries, country)
	}
	return a.CanView()
}
