package initiative

import (
	"context"
	"log/slog"
	"time"

	"coalition/internal/directory"
)

// EntityCall names partner calls in the history.
const EntityCall directory.Entity = "call"

// Call is a partner call ("looking for partners"): what an initiative needs
// from partners, until when, and who on its team answers them (SPEC C8).
type Call struct {
	ID           int64
	InitiativeID int64
	Titles       []directory.Text // the first is the main title
	Texts        []directory.Text // what the initiative asks for
	Roles        []string         // vocabulary partner_role, at least one
	Countries    []string         // EU codes of the member states wanted; none: any
	Topics       []string         // vocabulary topic
	Languages    []string         // ISO 639-1 codes of EU official languages; none: any
	Deadline     time.Time        // the last day (UTC) on which answers are accepted
	Open         bool
	Responsible  int64 // the team member (user id) told of each expression of interest
	// InitiativeSlug and InitiativeTitles are the initiative's, filled in by
	// the store when reading.
	InitiativeSlug   string
	InitiativeTitles []directory.Text
	CreatedAt        time.Time
	UpdatedAt        time.Time
	Version          int64
}

// Title returns the call's title in lang, else its main title.
func (c Call) Title(lang string) string { return textIn(c.Titles, lang) }

// Text returns the call's text in lang, else its first text.
func (c Call) Text(lang string) string { return textIn(c.Texts, lang) }

// InitiativeTitle returns the initiative's title in lang, else its main title.
func (c Call) InitiativeTitle(lang string) string { return textIn(c.InitiativeTitles, lang) }

// Accepting reports whether the call takes expressions of interest at time
// now: it is open and its deadline day (UTC) has not ended.
func (c Call) Accepting(now time.Time) bool {
	return c.Open && now.Before(c.Deadline.AddDate(0, 0, 1))
}

// textIn returns the text in lang, else the first one, else "".
func textIn(ts []directory.Text, lang string) string {
	for _, t := range ts {
		if t.Lang == lang && t.Value != "" {
			return t.Value
		}
	}
	if len(ts) > 0 {
		return ts[0].Value
	}
	return ""
}

// CallFilter narrows the public board. An empty field does not filter. A
// call without member states or languages suits every one of them.
type CallFilter struct {
	Role     string // vocabulary partner_role
	Country  string // EU or ISO code of a member state
	Topic    string // vocabulary topic
	Language string // ISO 639-1
}

// CallStore is what partner calls and their answers need from a database.
type CallStore interface {
	// CreateCall stores c with its history entry and sets c.ID, Version,
	// CreatedAt and UpdatedAt; a missing initiative is ErrNotFound.
	CreateCall(ctx context.Context, c *Call, h directory.HistoryEntry) error
	// UpdateCall saves c if its Version matches (else ErrStale), then
	// increments it. The initiative does not change.
	UpdateCall(ctx context.Context, c *Call, h directory.HistoryEntry) error
	Call(ctx context.Context, id int64) (Call, error)
	// CallsOf returns an initiative's calls, latest deadline first.
	CallsOf(ctx context.Context, initiativeID int64) ([]Call, error)
	// OpenCalls returns the open calls of public initiatives whose deadline
	// is on or after the day of today, soonest deadline first.
	OpenCalls(ctx context.Context, today time.Time) ([]Call, error)
	InterestStore
}

// SetPartners gives the service the directory, where expressions of interest
// find or create their organization and contact person. Without it they are
// stored but reach neither the directory nor the pipeline.
func (s *Service) SetPartners(p Partners) { s.partners = p }

// SetNotifier gives the service the notifier that tells the responsible team
// member of each expression of interest; without one nobody is told.
func (s *Service) SetNotifier(n Notifier) { s.notifier = n }

// SetLogger replaces the logger that records failures after an expression of
// interest was stored (slog.Default at first).
func (s *Service) SetLogger(l *slog.Logger) { s.log = l }
