package store

import (
	"context"
	"strconv"
	"time"

	"coalition/internal/directory"
)

// changeLockKey is the PostgreSQL advisory lock that writers take before they
// append to changes: "coalchng" read as a big-endian integer. Holding it until
// commit makes seq order commit order, so a reader that has seen seq n never
// finds a smaller seq appear later (which identity values alone would allow
// when two transactions commit in the other order). SQLite needs none: it has
// one writer at a time.
const changeLockKey = 0x636f616c63686e67

var changeLockSQL = `SELECT pg_advisory_xact_lock(` + strconv.FormatInt(changeLockKey, 10) + `)`

// lockChanges takes the change lock on PostgreSQL; on SQLite it does nothing.
func (q txq) lockChanges(ctx context.Context) error {
	if q.d.engine != postgresDialect.engine {
		return nil
	}
	_, err := q.tx.ExecContext(ctx, changeLockSQL)
	return q.d.mapErr(err)
}

// addChange appends one change. It takes the change lock first.
func (q txq) addChange(ctx context.Context, e directory.Entity, id int64, at time.Time) error {
	if err := q.lockChanges(ctx); err != nil {
		return err
	}
	_, err := q.exec(ctx, `INSERT INTO changes (entity, entity_id, at) VALUES (?, ?, ?)`, string(e), id, at)
	return err
}

// addWrite records a write to one record: its history entry and its change.
func (q txq) addWrite(ctx context.Context, h directory.HistoryEntry, at time.Time) error {
	if err := q.addHistory(ctx, h, at); err != nil {
		return err
	}
	return q.addChange(ctx, h.Entity, h.EntityID, at)
}

func scanChange(r rowScanner) (directory.Change, error) {
	var c directory.Change
	var e string
	err := r.Scan(&c.Seq, &e, &c.EntityID, scanTime(&c.At))
	c.Entity = directory.Entity(e)
	return c, err
}

// Changes returns at most limit changes with a seq above afterSeq, in
// ascending seq order. A limit of 0 or less means 1000.
func (db *DB) Changes(ctx context.Context, afterSeq int64, limit int) ([]directory.Change, error) {
	if limit <= 0 {
		limit = 1000
	}
	cs, err := list(ctx, db, scanChange, `SELECT seq, entity, entity_id, at FROM changes
		WHERE seq > ? ORDER BY seq LIMIT ?`, afterSeq, limit)
	return cs, wrap("changes", err)
}

// LastChangeSeq returns the highest sequence number in the change log, 0 when
// it is empty. A search index notes it before a cold start.
func (db *DB) LastChangeSeq(ctx context.Context) (int64, error) {
	n, err := get(ctx, db, scanInt64, "SELECT COALESCE(MAX(seq), 0) FROM changes")
	return n, wrap("last change", err)
}
