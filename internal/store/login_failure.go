package store

import (
	"context"
	"time"
)

// AddLoginFailure records a failed sign-in for key (such as "email:…" or
// "client:…") at the given time.
func (db *DB) AddLoginFailure(ctx context.Context, key string, at time.Time) error {
	_, err := db.exec(ctx, `INSERT INTO login_failures (key, at) VALUES (?, ?)`, key, at)
	return wrap("add login failure", err)
}

// CountLoginFailures counts the failures recorded for key at or after since.
func (db *DB) CountLoginFailures(ctx context.Context, key string, since time.Time) (int, error) {
	n, err := get(ctx, db, scanInt, `SELECT COUNT(*) FROM login_failures WHERE key = ? AND at >= ?`, key, since)
	return n, wrap("count login failures", err)
}

// ClearLoginFailures forgets every failure recorded for key.
func (db *DB) ClearLoginFailures(ctx context.Context, key string) error {
	_, err := db.exec(ctx, `DELETE FROM login_failures WHERE key = ?`, key)
	return wrap("clear login failures", err)
}

// PurgeLoginFailures deletes the failures recorded before the given time, for
// every key, and returns how many it deleted. Run it now and then: failures for
// keys that never sign in successfully are otherwise kept for ever.
func (db *DB) PurgeLoginFailures(ctx context.Context, before time.Time) (int64, error) {
	n, err := db.exec(ctx, `DELETE FROM login_failures WHERE at < ?`, before)
	return n, wrap("purge login failures", err)
}
