package store

import (
	"context"
	"database/sql"
	"time"

	"coalition/internal/directory"
	"coalition/internal/initiative"
)

var _ initiative.CallStore = (*DB)(nil)

const callWriteColumns = `titles, texts, roles, countries, topics, languages, deadline, is_open, responsible_id`

const callWriteCount = 9

const callColumns = `c.id, c.initiative_id, c.titles, c.texts, c.roles, c.countries, c.topics, c.languages,
	c.deadline, c.is_open, c.responsible_id, c.created_at, c.updated_at, c.version, i.slug, i.titles`

const callFrom = ` FROM calls c JOIN initiatives i ON i.id = c.initiative_id`

func callWriteArgs(c *initiative.Call) []any {
	return []any{encodeTexts(c.Titles), encodeTexts(c.Texts), encodeCodes(c.Roles), encodeCodes(c.Countries),
		encodeCodes(c.Topics), encodeCodes(c.Languages), dateText(c.Deadline), c.Open, nullID(c.Responsible)}
}

// callScan holds the columns of a call that need decoding.
type callScan struct {
	titles, texts, initiativeTitles, deadline string
	codes                                     [4]string
	responsible                               sql.NullInt64
}

func scanCall(r rowScanner) (initiative.Call, error) {
	var c initiative.Call
	var j callScan
	err := r.Scan(&c.ID, &c.InitiativeID, &j.titles, &j.texts, &j.codes[0], &j.codes[1], &j.codes[2], &j.codes[3],
		&j.deadline, &c.Open, &j.responsible, scanTime(&c.CreatedAt), scanTime(&c.UpdatedAt), &c.Version,
		&c.InitiativeSlug, &j.initiativeTitles)
	if err != nil {
		return c, err
	}
	c.Responsible = j.responsible.Int64
	return c, j.decode(&c)
}

func (j callScan) decode(c *initiative.Call) error {
	var err error
	for i, to := range []*[]string{&c.Roles, &c.Countries, &c.Topics, &c.Languages} {
		if *to, err = decodeCodes(j.codes[i]); err != nil {
			return err
		}
	}
	for _, t := range []struct {
		text string
		to   *[]directory.Text
	}{{j.titles, &c.Titles}, {j.texts, &c.Texts}, {j.initiativeTitles, &c.InitiativeTitles}} {
		if *t.to, err = decodeTexts(t.text); err != nil {
			return err
		}
	}
	c.Deadline, err = parseDate(j.deadline)
	return err
}

// CreateCall stores c with its history entry h and sets c.ID, Version,
// CreatedAt and UpdatedAt. A missing initiative or responsible user is
// ErrNotFound.
func (db *DB) CreateCall(ctx context.Context, c *initiative.Call, h directory.HistoryEntry) error {
	at := writeTime(h)
	var id int64
	err := db.writeTx(ctx, func(q txq) error {
		var err error
		id, err = q.insert(ctx, `INSERT INTO calls (initiative_id, `+callWriteColumns+`, created_at, updated_at, version)
			VALUES (`+placeholders(1+callWriteCount)+`, ?, ?, 1)`, append(append([]any{c.InitiativeID}, callWriteArgs(c)...), at, at)...)
		if err != nil {
			return err
		}
		h.Entity, h.EntityID = initiative.EntityCall, id
		return q.addHistory(ctx, h, at)
	})
	if err != nil {
		return wrap("create call", err)
	}
	c.ID, c.Version, c.CreatedAt, c.UpdatedAt = id, 1, at, at
	return nil
}

// UpdateCall saves c (not its initiative) if its Version matches, with the
// history entry h, then increments c.Version. A changed version is ErrStale,
// a call missing from c.InitiativeID ErrNotFound.
func (db *DB) UpdateCall(ctx context.Context, c *initiative.Call, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.writeTx(ctx, func(q txq) error {
		n, err := q.exec(ctx, `UPDATE calls SET (`+callWriteColumns+`, updated_at, version) =
			(`+placeholders(callWriteCount)+`, ?, version + 1) WHERE id = ? AND initiative_id = ? AND version = ?`,
			append(callWriteArgs(c), at, c.ID, c.InitiativeID, c.Version)...)
		if err == nil && n == 0 {
			err = q.scopedStaleOrMissing(ctx, "calls", c.InitiativeID, c.ID)
		}
		if err != nil {
			return err
		}
		h.Entity, h.EntityID = initiative.EntityCall, c.ID
		return q.addHistory(ctx, h, at)
	})
	if err != nil {
		return wrap("update call", err)
	}
	c.Version++
	c.UpdatedAt = at
	return nil
}

// Call returns the call with the given id, or ErrNotFound.
func (db *DB) Call(ctx context.Context, id int64) (initiative.Call, error) {
	c, err := get(ctx, db, scanCall, `SELECT `+callColumns+callFrom+` WHERE c.id = ?`, id)
	return c, wrap("call", err)
}

// CallsOf returns an initiative's calls, latest deadline first.
func (db *DB) CallsOf(ctx context.Context, initiativeID int64) ([]initiative.Call, error) {
	cs, err := list(ctx, db, scanCall, `SELECT `+callColumns+callFrom+` WHERE c.initiative_id = ?
		ORDER BY c.deadline DESC, c.id DESC`, initiativeID)
	return cs, wrap("calls of initiative", err)
}

// OpenCalls returns the open calls of public initiatives whose deadline is
// on or after the day of today (in UTC), soonest deadline first.
func (db *DB) OpenCalls(ctx context.Context, today time.Time) ([]initiative.Call, error) {
	cs, err := list(ctx, db, scanCall, `SELECT `+callColumns+callFrom+` WHERE c.is_open AND i.public AND c.deadline >= ?
		ORDER BY c.deadline, c.id`, dateText(today.UTC()))
	return cs, wrap("open calls", err)
}
