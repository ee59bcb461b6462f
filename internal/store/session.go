package store

import (
	"context"
	"time"

	"coalition/internal/account"
)

func scanSession(r rowScanner) (account.Session, error) {
	var s account.Session
	err := r.Scan(&s.Hash, &s.UserID, scanTime(&s.CreatedAt), scanTime(&s.ExpiresAt))
	return s, err
}

// CreateSession stores a session. A zero CreatedAt becomes now. A session for a
// missing user is ErrNotFound, a hash already stored ErrConflict.
func (db *DB) CreateSession(ctx context.Context, s account.Session) error {
	if s.CreatedAt.IsZero() {
		s.CreatedAt = time.Now()
	}
	_, err := db.exec(ctx, `INSERT INTO sessions (hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)`,
		s.Hash, s.UserID, s.CreatedAt, s.ExpiresAt)
	return wrap("create session", err)
}

// SessionByHash returns the session with the given hash, expired or not, or
// ErrNotFound.
func (db *DB) SessionByHash(ctx context.Context, hash string) (account.Session, error) {
	s, err := get(ctx, db, scanSession,
		`SELECT hash, user_id, created_at, expires_at FROM sessions WHERE hash = ?`, hash)
	return s, wrap("session by hash", err)
}

// ExtendSession moves a session's expiry to expires, or returns ErrNotFound.
func (db *DB) ExtendSession(ctx context.Context, hash string, expires time.Time) error {
	return wrap("extend session", db.execOne(ctx, `UPDATE sessions SET expires_at = ? WHERE hash = ?`, expires, hash))
}

// DeleteSession deletes one session, or returns ErrNotFound.
func (db *DB) DeleteSession(ctx context.Context, hash string) error {
	return wrap("delete session", db.execOne(ctx, `DELETE FROM sessions WHERE hash = ?`, hash))
}

// DeleteUserSessions deletes every session of a user; none is not an error.
func (db *DB) DeleteUserSessions(ctx context.Context, userID int64) error {
	_, err := db.exec(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID)
	return wrap("delete user sessions", err)
}

// DeleteExpiredSessions deletes the sessions whose expiry is at or before now and
// returns how many it deleted.
func (db *DB) DeleteExpiredSessions(ctx context.Context, now time.Time) (int64, error) {
	n, err := db.exec(ctx, `DELETE FROM sessions WHERE expires_at <= ?`, now)
	return n, wrap("delete expired sessions", err)
}
