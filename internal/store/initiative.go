package store

import (
	"context"
	"time"

	"coalition/internal/directory"
	"coalition/internal/initiative"
)

var _ initiative.Store = (*DB)(nil)

const initiativeWriteColumns = `kind, slug, titles, descriptions, goals, status, starts_on, ends_on,
	registered_on, collection_start, collection_end, alliance_goal, public`

const initiativeColumns = `id, ` + initiativeWriteColumns + `, created_at, updated_at, version`

// initiativeWriteArgs returns the values of initiativeWriteColumns for in.
func initiativeWriteArgs(in *initiative.Initiative) []any {
	return []any{string(in.Kind), in.Slug, encodeTexts(in.Titles), encodeTexts(in.Descriptions), in.Goals,
		string(in.Status), dateText(in.StartsOn), dateText(in.EndsOn), dateText(in.RegisteredOn),
		dateText(in.CollectionStart), dateText(in.CollectionEnd), in.AllianceGoal, in.Public}
}

func scanInitiative(r rowScanner) (initiative.Initiative, error) {
	var in initiative.Initiative
	var kind, status, titles, descriptions string
	var dates [5]string
	err := r.Scan(&in.ID, &kind, &in.Slug, &titles, &descriptions, &in.Goals, &status,
		&dates[0], &dates[1], &dates[2], &dates[3], &dates[4], &in.AllianceGoal, &in.Public,
		scanTime(&in.CreatedAt), scanTime(&in.UpdatedAt), &in.Version)
	if err != nil {
		return in, err
	}
	in.Kind, in.Status = initiative.Kind(kind), initiative.Status(status)
	for i, d := range []*time.Time{&in.StartsOn, &in.EndsOn, &in.RegisteredOn, &in.CollectionStart, &in.CollectionEnd} {
		if *d, err = parseDate(dates[i]); err != nil {
			return in, err
		}
	}
	if in.Titles, err = decodeTexts(titles); err != nil {
		return in, err
	}
	in.Descriptions, err = decodeTexts(descriptions)
	return in, err
}

// dateText writes a date without a time as YYYY-MM-DD, "" for the zero time.
func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// parseDate reads what dateText wrote.
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, s)
}

// CreateInitiative stores a new initiative with its first team member and its
// history entry h, and sets in.ID, Version (1), CreatedAt and UpdatedAt. A
// taken slug is ErrConflict.
func (db *DB) CreateInitiative(ctx context.Context, in *initiative.Initiative, first initiative.Member, h directory.HistoryEntry) error {
	at := writeTime(h)
	var id int64
	err := db.writeTx(ctx, func(q txq) error {
		var err error
		id, err = q.insert(ctx, `INSERT INTO initiatives (`+initiativeWriteColumns+`, created_at, updated_at, version)
			VALUES (`+placeholders(13)+`, ?, ?, 1)`, append(initiativeWriteArgs(in), at, at)...)
		if err != nil {
			return err
		}
		first.InitiativeID = id
		if err := q.putMember(ctx, first); err != nil {
			return err
		}
		h.Entity, h.EntityID = initiative.EntityInitiative, id
		return q.addHistory(ctx, h, at)
	})
	if err != nil {
		return wrap("create initiative", err)
	}
	in.ID, in.Version, in.CreatedAt, in.UpdatedAt = id, 1, at, at
	return nil
}

// UpdateInitiative saves in if its Version matches the stored one, with the
// history entry h, then increments in.Version and sets in.UpdatedAt. A
// changed version is ErrStale, a missing initiative ErrNotFound, a taken
// slug ErrConflict.
func (db *DB) UpdateInitiative(ctx context.Context, in *initiative.Initiative, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.writeTx(ctx, func(q txq) error {
		n, err := q.exec(ctx, `UPDATE initiatives SET (`+initiativeWriteColumns+`, updated_at, version) =
			(`+placeholders(13)+`, ?, version + 1) WHERE id = ? AND version = ?`,
			append(initiativeWriteArgs(in), at, in.ID, in.Version)...)
		if err == nil && n == 0 {
			err = q.staleOrMissing(ctx, "initiatives", in.ID, true)
		}
		if err != nil {
			return err
		}
		h.Entity, h.EntityID = initiative.EntityInitiative, in.ID
		return q.addHistory(ctx, h, at)
	})
	if err != nil {
		return wrap("update initiative", err)
	}
	in.Version++
	in.UpdatedAt = at
	return nil
}

// Initiative returns the initiative with the given id, or ErrNotFound.
func (db *DB) Initiative(ctx context.Context, id int64) (initiative.Initiative, error) {
	in, err := get(ctx, db, scanInitiative, `SELECT `+initiativeColumns+` FROM initiatives WHERE id = ?`, id)
	return in, wrap("initiative", err)
}

// InitiativeBySlug returns the initiative at slug, or ErrNotFound.
func (db *DB) InitiativeBySlug(ctx context.Context, slug string) (initiative.Initiative, error) {
	in, err := get(ctx, db, scanInitiative, `SELECT `+initiativeColumns+` FROM initiatives WHERE slug = ?`, slug)
	return in, wrap("initiative by slug", err)
}

// Initiatives returns the initiatives userID is on the team of, or every one
// when all is set, newest first.
func (db *DB) Initiatives(ctx context.Context, userID int64, all bool) ([]initiative.Initiative, error) {
	q := `SELECT ` + initiativeColumns + ` FROM initiatives`
	args := []any{}
	if !all {
		q += ` WHERE id IN (SELECT initiative_id FROM initiative_members WHERE user_id = ?)`
		args = append(args, userID)
	}
	ins, err := list(ctx, db, scanInitiative, q+` ORDER BY id DESC`, args...)
	return ins, wrap("initiatives", err)
}
