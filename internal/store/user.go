package store

import (
	"context"
	"time"

	"coalition/internal/account"
)

const userColumns = `id, email, name, password_hash, admin, disabled, language, created_at, updated_at, version`

func scanUser(r rowScanner) (account.User, error) {
	var u account.User
	err := r.Scan(&u.ID, &u.Email, &u.Name, &u.PasswordHash, &u.Admin, &u.Disabled, &u.Language,
		scanTime(&u.CreatedAt), scanTime(&u.UpdatedAt), &u.Version)
	return u, err
}

// CreateUser stores a new user and sets its ID, Version (1), CreatedAt and
// UpdatedAt. A taken e-mail address is ErrConflict.
func (db *DB) CreateUser(ctx context.Context, u *account.User) error {
	now := normTime(time.Now())
	id, err := db.insert(ctx, `INSERT INTO users (email, name, password_hash, admin, disabled, language, created_at, updated_at, version)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
		u.Email, u.Name, u.PasswordHash, u.Admin, u.Disabled, u.Language, now, now)
	if err != nil {
		return wrap("create user", err)
	}
	u.ID, u.Version, u.CreatedAt, u.UpdatedAt = id, 1, now, now
	return nil
}

// UserByID returns the user with the given id, or ErrNotFound.
func (db *DB) UserByID(ctx context.Context, id int64) (account.User, error) {
	u, err := get(ctx, db, scanUser, `SELECT `+userColumns+` FROM users WHERE id = ?`, id)
	return u, wrap("user by id", err)
}

// UserByEmail returns the user with the given e-mail address (compared exactly;
// the account service lower-cases addresses), or ErrNotFound.
func (db *DB) UserByEmail(ctx context.Context, email string) (account.User, error) {
	u, err := get(ctx, db, scanUser, `SELECT `+userColumns+` FROM users WHERE email = ?`, email)
	return u, wrap("user by email", err)
}

// ListUsers returns every user, ordered by e-mail address (byte order on both
// engines).
func (db *DB) ListUsers(ctx context.Context) ([]account.User, error) {
	us, err := list(ctx, db, scanUser, `SELECT `+userColumns+` FROM users ORDER BY email`)
	return us, wrap("list users", err)
}

// CountUsers returns the number of users.
func (db *DB) CountUsers(ctx context.Context) (int, error) {
	n, err := get(ctx, db, scanInt, `SELECT COUNT(*) FROM users`)
	return n, wrap("count users", err)
}

// UpdateUser saves every editable field of u if its Version still matches the
// stored one, then increments u.Version and sets u.UpdatedAt. A changed version
// is ErrStale, a missing user ErrNotFound, a taken e-mail ErrConflict.
func (db *DB) UpdateUser(ctx context.Context, u *account.User) error {
	now := normTime(time.Now())
	n, err := db.exec(ctx, `UPDATE users SET email = ?, name = ?, password_hash = ?, admin = ?, disabled = ?,
		language = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
		u.Email, u.Name, u.PasswordHash, u.Admin, u.Disabled, u.Language, now, u.ID, u.Version)
	if err == nil && n == 0 {
		err = db.staleOrMissing(ctx, u.ID)
	}
	if err != nil {
		return wrap("update user", err)
	}
	u.Version++
	u.UpdatedAt = now
	return nil
}

// staleOrMissing tells why an optimistic update touched no row.
func (db *DB) staleOrMissing(ctx context.Context, id int64) error {
	n, err := get(ctx, db, scanInt, `SELECT COUNT(*) FROM users WHERE id = ?`, id)
	switch {
	case err != nil:
		return err
	case n == 0:
		return ErrNotFound
	}
	return ErrStale
}

// DeleteUser deletes a user with their sessions and API tokens (the foreign keys
// cascade), or returns ErrNotFound.
func (db *DB) DeleteUser(ctx context.Context, id int64) error {
	return wrap("delete user", db.execOne(ctx, `DELETE FROM users WHERE id = ?`, id))
}
