// Package initiative holds Coalition's initiatives: the workspaces in which an
// organizer runs a European Citizens' Initiative, a campaign, a local
// partnership or a consortium, with its team. It declares the Store it needs
// and never talks to a database itself; who may see and change what is decided
// here (see Access).
package initiative

import (
	"time"

	"coalition/internal/directory"
)

// Kind is what an initiative is.
type Kind string

// The kinds of initiative (SPEC C3).
const (
	KindECI              Kind = "eci"
	KindCampaign         Kind = "campaign"
	KindLocalPartnership Kind = "local_partnership"
	KindConsortium       Kind = "consortium"
)

// Kinds lists the kinds in the order forms offer them, with their label keys.
var Kinds = []struct {
	Kind  Kind
	Label string
}{
	{KindECI, "initiative.kind.eci"},
	{KindCampaign, "initiative.kind.campaign"},
	{KindLocalPartnership, "initiative.kind.local_partnership"},
	{KindConsortium, "initiative.kind.consortium"},
}

// Status is where an initiative stands.
type Status string

// The statuses of an initiative.
const (
	StatusPreparing Status = "preparing"
	StatusActive    Status = "active"
	StatusPaused    Status = "paused"
	StatusClosed    Status = "closed"
)

// Statuses lists the statuses in order, with their label keys.
var Statuses = []struct {
	Status Status
	Label  string
}{
	{StatusPreparing, "initiative.status.preparing"},
	{StatusActive, "initiative.status.active"},
	{StatusPaused, "initiative.status.paused"},
	{StatusClosed, "initiative.status.closed"},
}

// Initiative is a workspace: what the initiative is about, its dates and, for
// a European Citizens' Initiative, the registration date that selects the
// thresholds and the collection period.
type Initiative struct {
	ID           int64
	Kind         Kind
	Slug         string           // the public page's address: /p/{slug}
	Titles       []directory.Text // the first is the main title
	Descriptions []directory.Text
	Goals        string
	Status       Status
	StartsOn     time.Time // zero when not set
	EndsOn       time.Time
	// ECI only: the registration date (zero until registered) and the
	// collection period, at most 12 months.
	RegisteredOn    time.Time
	CollectionStart time.Time
	CollectionEnd   time.Time
	AllianceGoal    int  // committed organizations wanted, 0 for none
	Public          bool // the public page and supporters widget are on
	CreatedAt       time.Time
	UpdatedAt       time.Time
	Version         int64
}

// Title returns the title in lang, else the main title.
func (in Initiative) Title(lang string) string {
	for _, t := range in.Titles {
		if t.Lang == lang && t.Value != "" {
			return t.Value
		}
	}
	if len(in.Titles) > 0 {
		return in.Titles[0].Value
	}
	return ""
}

// Role is a team member's role in an initiative.
type Role string

// The team roles (SPEC C15): an organizer does everything; a country
// coordinator sees and changes only the partners and tallies of the member
// states given; a viewer reads.
const (
	RoleOrganizer   Role = "organizer"
	RoleCoordinator Role = "country_coordinator"
	RoleViewer      Role = "viewer"
)

// Roles lists the roles in order, with their label keys.
var Roles = []struct {
	Role  Role
	Label string
}{
	{RoleOrganizer, "initiative.role.organizer"},
	{RoleCoordinator, "initiative.role.country_coordinator"},
	{RoleViewer, "initiative.role.viewer"},
}

// Member is a user on an initiative's team.
type Member struct {
	InitiativeID int64
	UserID       int64
	Role         Role
	Countries    []string // EU codes, for a country coordinator
	// Name and Email are the user's, filled in by the store when listing.
	Name, Email string
}
