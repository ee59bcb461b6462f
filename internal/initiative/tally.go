package initiative

import (
	"context"
	"time"

	"coalition/internal/directory"
)

// Tally is a count of statements of support collected in one member state, as
// of a day: tallies are running totals, and a state's latest one is what it
// has collected.
type Tally struct {
	ID           int64
	InitiativeID int64
	Country      string // EU code
	On           time.Time
	Count        int
	Source       string // "web", "import tallies.csv"…
	CreatedAt    time.Time
}

// DeliveryRecord is what a partner pledged and delivered in the engagements
// it has ended, in any initiative: the record its new pledges are judged by.
type DeliveryRecord struct {
	Pledged, Delivered int
}

// Rate is the share of its pledges the partner delivered, at most 1.
func (r DeliveryRecord) Rate() float64 {
	if r.Pledged <= 0 {
		return 0
	}
	return min(1, float64(r.Delivered)/float64(r.Pledged))
}

// TallyStore is what coverage needs from a database.
type TallyStore interface {
	// AddTallies stores tallies of one initiative in one transaction.
	AddTallies(ctx context.Context, ts []Tally, h directory.HistoryEntry) error
	// Tallies returns an initiative's tallies, by day then id.
	Tallies(ctx context.Context, initiativeID int64) ([]Tally, error)
	// DeliveryRecords returns the record of each organization that has one.
	DeliveryRecords(ctx context.Context, orgIDs []int64) (map[int64]DeliveryRecord, error)
}
