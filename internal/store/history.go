package store

import (
	"context"
	"time"

	"coalition/internal/directory"
)

// addHistory appends a history entry. A zero At becomes at.
func (q txq) addHistory(ctx context.Context, h directory.HistoryEntry, at time.Time) error {
	if h.At.IsZero() {
		h.At = at
	}
	_, err := q.exec(ctx, `INSERT INTO history (entity, entity_id, at, user_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)`,
		string(h.Entity), h.EntityID, h.At, h.UserID, h.Action, h.Detail)
	return err
}

func scanHistory(r rowScanner) (directory.HistoryEntry, error) {
	var h directory.HistoryEntry
	var e string
	err := r.Scan(&h.ID, &e, &h.EntityID, scanTime(&h.At), &h.UserID, &h.Action, &h.Detail)
	h.Entity = directory.Entity(e)
	return h, err
}

// maxHistoryRun is the most records one history entry may cover (an import
// batch): History looks that far back for entries whose run reaches id.
const maxHistoryRun = importBatch

// History returns the history of one record, oldest first (by time, then by
// entry): its own entries and the import entries whose run covers it, each
// with EntityID id. A record without history (or a missing one) gives an
// empty list.
func (db *DB) History(ctx context.Context, e directory.Entity, id int64) ([]directory.HistoryEntry, error) {
	hs, err := list(ctx, db, scanHistory, `SELECT id, entity, entity_id, at, user_id, action, detail FROM (
		SELECT id, entity, CAST(? AS BIGINT) AS entity_id, at, user_id, action, detail FROM history
			WHERE entity = ? AND entity_id = ?
		UNION ALL
		SELECT id, entity, CAST(? AS BIGINT) AS entity_id, at, user_id, action, detail FROM history
			WHERE entity = ? AND last_entity_id > entity_id AND entity_id BETWEEN ? AND ? AND last_entity_id >= ?
		) h ORDER BY at, id`, id, string(e), id, id, string(e), id-maxHistoryRun, id-1, id)
	return hs, wrap("history", err)
}

// writeTime is the time of a write described by h: h.At, or now when zero,
// as the database gives it back.
func writeTime(h directory.HistoryEntry) time.Time {
	if h.At.IsZero() {
		return normTime(time.Now())
	}
	return normTime(h.At)
}
