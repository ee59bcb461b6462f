package directory

import (
	"context"
	"time"
)

// Service applies the directory's rules on top of a Store. Its methods live in
// files by concern: organizations, people, affiliations, import, duplicates, merge.
type Service struct {
	store Store
	now   func() time.Time
}

// NewService returns a Service on store.
func NewService(store Store) *Service {
	return &Service{store: store, now: func() time.Time { return time.Now().UTC() }}
}

// SetClock replaces the service's clock, for tests.
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// Actor identifies who makes a change: a signed-in user, or 0 for the system.
type Actor struct {
	UserID int64
}

// history returns a history entry for a change made now by actor.
func (s *Service) history(actor Actor, e Entity, id int64, action, detail string) HistoryEntry {
	return HistoryEntry{Entity: e, EntityID: id, At: s.now(), UserID: actor.UserID, Action: action, Detail: detail}
}

// Changes returns the writes after seq, for search indexes to follow.
func (s *Service) Changes(ctx context.Context, afterSeq int64, limit int) ([]Change, error) {
	return s.store.Changes(ctx, afterSeq, limit)
}
