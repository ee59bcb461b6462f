// Package account holds users, their sign-in sessions and API tokens: the rules
// (password policy, session lifetime, login rate limits, one-time setup) and the
// small Store interface they need. It never talks to a database itself.
package account

import (
	"context"
	"time"
)

// User is a person who signs in to Coalition.
type User struct {
	ID           int64
	Email        string // stored lower-cased and trimmed; unique
	Name         string
	PasswordHash string // argon2id in PHC string form
	Admin        bool
	Disabled     bool
	Language     string // preferred UI language, "" for none
	CreatedAt    time.Time
	UpdatedAt    time.Time
	Version      int64 // optimistic-concurrency version, starts at 1
}

// Session is a server-side sign-in session. Only the SHA-256 of the cookie value is
// stored, so a copy of the database does not let anyone sign in.
type Session struct {
	Hash      string // hex SHA-256 of the session token
	UserID    int64
	CreatedAt time.Time
	ExpiresAt time.Time
}

// Token is an API token. The secret is shown once at creation; only its SHA-256 is kept.
type Token struct {
	ID         int64
	UserID     int64
	Name       string
	Hash       string // hex SHA-256 of the secret
	Prefix     string // first characters of the secret, to tell tokens apart in lists
	CreatedAt  time.Time
	LastUsedAt time.Time // zero when never used
	RevokedAt  time.Time // zero while valid
}

// Revoked reports whether the token has been revoked.
func (t Token) Revoked() bool { return !t.RevokedAt.IsZero() }

// Store is what the account service needs from the database. Lookups of missing
// records return errs.ErrNotFound, a duplicate e-mail errs.ErrConflict, and an
// update whose Version no longer matches errs.ErrStale.
type Store interface {
	CreateUser(ctx context.Context, u *User) error // sets ID, Version = 1, CreatedAt, UpdatedAt
	UserByID(ctx context.Context, id int64) (User, error)
	UserByEmail(ctx context.Context, email string) (User, error)
	ListUsers(ctx context.Context) ([]User, error) // ordered by e-mail
	CountUsers(ctx context.Context) (int, error)
	UpdateUser(ctx context.Context, u *User) error // matches u.Version, then increments it and sets UpdatedAt

	CreateSession(ctx context.Context, s Session) error
	SessionByHash(ctx context.Context, hash string) (Session, error)
	ExtendSession(ctx context.Context, hash string, expires time.Time) error
	DeleteSession(ctx context.Context, hash string) error
	DeleteUserSessions(ctx context.Context, userID int64) error
	DeleteExpiredSessions(ctx context.Context, now time.Time) (int64, error)

	CreateToken(ctx context.Context, t *Token) error // sets ID
	TokenByHash(ctx context.Context, hash string) (Token, error)
	ListTokens(ctx context.Context, userID int64) ([]Token, error)         // newest first
	TouchToken(ctx context.Context, id int64, at time.Time) error          // sets LastUsedAt
	RevokeToken(ctx context.Context, userID, id int64, at time.Time) error // ErrNotFound if not the user's

	AddLoginFailure(ctx context.Context, key string, at time.Time) error
	CountLoginFailures(ctx context.Context, key string, since time.Time) (int, error)
	ClearLoginFailures(ctx context.Context, key string) error
	PurgeLoginFailures(ctx context.Context, before time.Time) (int64, error)
}
