package initiative

import (
	"context"

	"coalition/internal/directory"
)

// EntityInitiative names initiatives in the history.
const EntityInitiative directory.Entity = "initiative"

// Store is what the initiatives need from a database. Errors are the errs
// kinds: ErrNotFound, ErrStale for a version that moved, ErrConflict for a
// slug taken or a team left without an organizer.
type Store interface {
	// CreateInitiative stores in with its first team member (its ID is set),
	// and sets in.ID, Version, CreatedAt and UpdatedAt.
	CreateInitiative(ctx context.Context, in *Initiative, first Member, h directory.HistoryEntry) error
	// UpdateInitiative saves in if its Version matches, then increments it.
	UpdateInitiative(ctx context.Context, in *Initiative, h directory.HistoryEntry) error
	Initiative(ctx context.Context, id int64) (Initiative, error)
	InitiativeBySlug(ctx context.Context, slug string) (Initiative, error)
	// Initiatives returns the initiatives userID is on the team of (every
	// one when all is set), newest first.
	Initiatives(ctx context.Context, userID int64, all bool) ([]Initiative, error)
	// Members returns the team, organizers first, with the users' names.
	Members(ctx context.Context, initiativeID int64) ([]Member, error)
	Member(ctx context.Context, initiativeID, userID int64) (Member, error)
	// PutMember adds or changes a team member; RemoveMember takes one off.
	// Both refuse, with ErrConflict, to leave the team without an organizer.
	PutMember(ctx context.Context, m Member, h directory.HistoryEntry) error
	RemoveMember(ctx context.Context, initiativeID, userID int64, h directory.HistoryEntry) error
	History(ctx context.Context, e directory.Entity, id int64) ([]directory.HistoryEntry, error)
}
