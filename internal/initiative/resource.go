package initiative

import (
	"cmp"
	"context"
	"slices"
	"time"

	"coalition/internal/directory"
)

// EntityResource names resources in the history.
const EntityResource directory.Entity = "resource"

// The kinds of a resource.
const (
	ResourceMoney  = "money"
	ResourceInKind = "in_kind"
)

// The states of a resource: promised, or in the campaign's hands.
const (
	ResourcePledged  = "pledged"
	ResourceReceived = "received"
)

// Resource is a sponsorship or an in-kind contribution to an initiative: who
// gives it (a partner of the pipeline, or a source named in words), what it
// is, what it is worth, and whether it was pledged or received.
type Resource struct {
	ID           int64
	InitiativeID int64
	EngagementID int64  // the partner's engagement, or 0
	Source       string // who gives it when it is not a partner of the pipeline
	What         string
	Kind         string // ResourceMoney or ResourceInKind
	Value        int64  // in cents of Currency; an in-kind gift's estimated worth
	Currency     string // ISO 4217
	Status       string // ResourcePledged or ResourceReceived
	On           time.Time
	Note         string
	// PartnerName and PartnerCountry are the engagement's, filled in by the store.
	PartnerName    string
	PartnerCountry string
	CreatedAt      time.Time
	UpdatedAt      time.Time
	Version        int64
}

// Giver is the name of who gives the resource.
func (r Resource) Giver() string {
	if r.EngagementID != 0 {
		return r.PartnerName
	}
	return r.Source
}

// ResourceTotal is what the resources in one currency add up to.
type ResourceTotal struct {
	Currency          string
	Pledged, Received int64 // in cents
}

// ResourceTotals adds up rs per currency, sorted by currency.
func ResourceTotals(rs []Resource) []ResourceTotal {
	var out []ResourceTotal
	for _, r := range rs {
		i := slices.IndexFunc(out, func(t ResourceTotal) bool { return t.Currency == r.Currency })
		if i < 0 {
			out = append(out, ResourceTotal{Currency: r.Currency})
			i = len(out) - 1
		}
		if r.Status == ResourceReceived {
			out[i].Received += r.Value
		} else {
			out[i].Pledged += r.Value
		}
	}
	slices.SortFunc(out, func(a, b ResourceTotal) int { return cmp.Compare(a.Currency, b.Currency) })
	return out
}

// ResourceStore is what resources need from a database. Errors are the errs
// kinds: ErrNotFound, ErrStale for a version that moved.
type ResourceStore interface {
	// CreateResource stores r and sets its ID, Version, CreatedAt and
	// UpdatedAt; an engagement not of the initiative is ErrNotFound.
	CreateResource(ctx context.Context, r *Resource, h directory.HistoryEntry) error
	// UpdateResource saves r if its Version matches, then increments it.
	UpdateResource(ctx context.Context, r *Resource, h directory.HistoryEntry) error
	// DeleteResource removes resource id of an initiative if its version matches.
	DeleteResource(ctx context.Context, initiativeID, id, version int64, h directory.HistoryEntry) error
	Resource(ctx context.Context, initiativeID, id int64) (Resource, error)
	// Resources returns an initiative's resources, newest day first.
	Resources(ctx context.Context, initiativeID int64) ([]Resource, error)
}
