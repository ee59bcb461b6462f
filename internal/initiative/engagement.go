package initiative

import (
	"context"
	"time"

	"coalition/internal/directory"
)

// EntityEngagement names engagements in the history.
const EntityEngagement directory.Entity = "engagement"

// The stages of an engagement (vocabulary "stage"): identified → contacted →
// in talks → committed → active, or declined, paused, ended.
const (
	StageIdentified = "identified"
	StageContacted  = "contacted"
	StageInTalks    = "in_talks"
	StageCommitted  = "committed"
	StageActive     = "active"
	StageDeclined   = "declined"
	StagePaused     = "paused"
	StageEnded      = "ended"
)

// Engagement links a partner, an organization or a person, to an initiative:
// the roles it plays, where it stands, who on the team looks after it, what
// it agreed to do and pledged, what it delivered, and its commitment.
type Engagement struct {
	ID           int64
	InitiativeID int64
	OrgID        int64    // the partner organization, or 0
	PersonID     int64    // the partner person, or 0
	Country      string   // EU code of the member state it works in for the initiative
	Roles        []string // vocabulary partner_role
	Level        string   // vocabulary level
	Stage        string   // vocabulary stage
	Responsible  int64    // the team member (user id) looking after it, or 0
	Duties       string   // what the partner agreed to do, in its words
	DutiesOn     time.Time
	Pledge       Pledge
	Delivered    Delivered
	Commitment   Commitment
	Inbound      bool // it came through a partner call
	Notes        string
	// PartnerName is the organization's or person's name, filled in by the store.
	PartnerName string
	CreatedAt   time.Time
	UpdatedAt   time.Time
	Version     int64
}

// Pledge is the capacity a partner pledged.
type Pledge struct {
	Signatures map[string]int // statements of support per member state (EU code)
	Volunteers int
	Money      int64  // in cents of Currency
	Currency   string // ISO 4217
	InKind     string
}

// Delivered is what a partner has delivered so far.
type Delivered struct {
	Signatures map[string]int // per member state
	Results    string
}

// Commitment is a firm pledge on record: when, who confirmed it and how, and
// whether the partner's logo may be shown.
type Commitment struct {
	On             time.Time // zero until committed
	ConfirmedBy    string
	How            string // e-mail, letter, meeting, call…
	LogoPermission bool
	LogoOn         time.Time
}

// Firm reports whether the commitment is recorded in full.
func (c Commitment) Firm() bool {
	return !c.On.IsZero() && c.ConfirmedBy != "" && c.How != ""
}

// IsFirm reports whether the engagement counts as a firm commitment: at stage
// committed or active, with its commitment recorded.
func (e Engagement) IsFirm() bool {
	return (e.Stage == StageCommitted || e.Stage == StageActive) && e.Commitment.Firm()
}

// ShowsLogo reports whether the partner's logo may appear: only while its
// commitment is firm and it permits it.
func (e Engagement) ShowsLogo() bool {
	return e.IsFirm() && e.Commitment.LogoPermission
}

// EngagementFilter selects engagements of one initiative.
type EngagementFilter struct {
	Countries []string // only these member states; nil for every one
	Stage     string
	Role      string
}

// EngagementStore is what the pipeline needs from a database.
type EngagementStore interface {
	// CreateEngagement stores e; the same partner twice in one initiative is ErrConflict.
	CreateEngagement(ctx context.Context, e *Engagement, h directory.HistoryEntry) error
	// UpdateEngagement saves e if its Version matches, then increments it.
	UpdateEngagement(ctx context.Context, e *Engagement, h directory.HistoryEntry) error
	Engagement(ctx context.Context, initiativeID, id int64) (Engagement, error)
	// Engagements returns an initiative's engagements, by partner name.
	Engagements(ctx context.Context, initiativeID int64, f EngagementFilter) ([]Engagement, error)
}
