package store

import (
	"context"
	"time"

	"coalition/internal/account"
)

const tokenColumns = `id, user_id, name, hash, prefix, created_at, last_used_at, revoked_at`

func scanToken(r rowScanner) (account.Token, error) {
	var t account.Token
	err := r.Scan(&t.ID, &t.UserID, &t.Name, &t.Hash, &t.Prefix,
		scanTime(&t.CreatedAt), scanTime(&t.LastUsedAt), scanTime(&t.RevokedAt))
	return t, err
}

// CreateToken stores an API token and sets its ID; its times are set to what the
// database keeps (UTC, microseconds), and a zero CreatedAt becomes now. A token
// for a missing user is ErrNotFound, a hash already stored ErrConflict.
func (db *DB) CreateToken(ctx context.Context, t *account.Token) error {
	if t.CreatedAt.IsZero() {
		t.CreatedAt = time.Now()
	}
	created, used, revoked := normTime(t.CreatedAt), t.LastUsedAt, t.RevokedAt
	id, err := db.insert(ctx, `INSERT INTO api_tokens (user_id, name, hash, prefix, created_at, last_used_at, revoked_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`,
		t.UserID, t.Name, t.Hash, t.Prefix, created, nullTime(used), nullTime(revoked))
	if err != nil {
		return wrap("create token", err)
	}
	t.ID, t.CreatedAt = id, created
	if !used.IsZero() {
		t.LastUsedAt = normTime(used)
	}
	if !revoked.IsZero() {
		t.RevokedAt = normTime(revoked)
	}
	return nil
}

// TokenByHash returns the token with the given hash, revoked or not, or
// ErrNotFound.
func (db *DB) TokenByHash(ctx context.Context, hash string) (account.Token, error) {
	t, err := get(ctx, db, scanToken, `SELECT `+tokenColumns+` FROM api_tokens WHERE hash = ?`, hash)
	return t, wrap("token by hash", err)
}

// ListTokens returns a user's tokens, revoked ones included, newest first.
func (db *DB) ListTokens(ctx context.Context, userID int64) ([]account.Token, error) {
	ts, err := list(ctx, db, scanToken,
		`SELECT `+tokenColumns+` FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC, id DESC`, userID)
	return ts, wrap("list tokens", err)
}

// TouchToken records that a token was used at the given time, or returns
// ErrNotFound.
func (db *DB) TouchToken(ctx context.Context, id int64, at time.Time) error {
	return wrap("touch token", db.execOne(ctx, `UPDATE api_tokens SET last_used_at = ? WHERE id = ?`, at, id))
}

// RevokeToken revokes one of a user's tokens. A token that is missing or belongs
// to another user is ErrNotFound. Revoking twice keeps the first time.
func (db *DB) RevokeToken(ctx context.Context, userID, id int64, at time.Time) error {
	return wrap("revoke token", db.execOne(ctx,
		`UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND user_id = ?`, at, id, userID))
}
