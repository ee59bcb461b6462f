package storetest

import (
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/store"
)

// newSession stores a session of u that expires at expires.
func newSession(t *testing.T, db *store.DB, hash string, u account.User, expires time.Time) account.Session {
	t.Helper()
	s := account.Session{Hash: hash, UserID: u.ID, CreatedAt: base, ExpiresAt: expires}
	must(t, "CreateSession", db.CreateSession(ctx(t), s))
	return s
}

func testSessionCreateAndGet(t *testing.T, db *store.DB) {
	u := newUser(t, db, "s@example.org")
	s := newSession(t, db, "hash1", u, base.Add(14*24*time.Hour))
	got, err := db.SessionByHash(ctx(t), "hash1")
	must(t, "SessionByHash", err)
	want := account.Session{Hash: s.Hash, UserID: u.ID, CreatedAt: norm(s.CreatedAt), ExpiresAt: norm(s.ExpiresAt)}
	if got != want {
		t.Errorf("SessionByHash = %+v\nwant %+v", got, want)
	}
	now := time.Now()
	must(t, "CreateSession without CreatedAt", db.CreateSession(ctx(t), account.Session{Hash: "hash2", UserID: u.ID, ExpiresAt: base}))
	got, err = db.SessionByHash(ctx(t), "hash2")
	must(t, "SessionByHash", err)
	if got.CreatedAt.Before(now.Add(-time.Second)) {
		t.Errorf("a zero CreatedAt was stored as %v, want about now", got.CreatedAt)
	}
}

func testSessionMissing(t *testing.T, db *store.DB) {
	s, err := db.SessionByHash(ctx(t), "nope")
	wantErr(t, "SessionByHash", err, store.ErrNotFound)
	if s != (account.Session{}) {
		t.Errorf("SessionByHash of a missing session returned %+v", s)
	}
	wantErr(t, "ExtendSession", db.ExtendSession(ctx(t), "nope", base), store.ErrNotFound)
	wantErr(t, "DeleteSession", db.DeleteSession(ctx(t), "nope"), store.ErrNotFound)
	must(t, "DeleteUserSessions of a user without sessions", db.DeleteUserSessions(ctx(t), 424242))
}

func testSessionBadReferences(t *testing.T, db *store.DB) {
	u := newUser(t, db, "s@example.org")
	err := db.CreateSession(ctx(t), account.Session{Hash: "h", UserID: 424242, CreatedAt: base, ExpiresAt: base})
	wantErr(t, "CreateSession for a missing user", err, store.ErrNotFound)
	newSession(t, db, "h", u, base)
	err = db.CreateSession(ctx(t), account.Session{Hash: "h", UserID: u.ID, CreatedAt: base, ExpiresAt: base})
	wantErr(t, "CreateSession with a stored hash", err, store.ErrConflict)
}

func testSessionExtend(t *testing.T, db *store.DB) {
	u := newUser(t, db, "s@example.org")
	newSession(t, db, "h", u, base.Add(time.Hour))
	later := base.Add(48*time.Hour + 7*time.Nanosecond)
	must(t, "ExtendSession", db.ExtendSession(ctx(t), "h", later))
	got, err := db.SessionByHash(ctx(t), "h")
	must(t, "SessionByHash", err)
	if got.ExpiresAt != norm(later) || got.CreatedAt != norm(base) {
		t.Errorf("after ExtendSession: %+v, want ExpiresAt %v", got, norm(later))
	}
}

func testSessionDelete(t *testing.T, db *store.DB) {
	u := newUser(t, db, "s@example.org")
	newSession(t, db, "a", u, base)
	newSession(t, db, "b", u, base)
	must(t, "DeleteSession", db.DeleteSession(ctx(t), "a"))
	_, err := db.SessionByHash(ctx(t), "a")
	wantErr(t, "SessionByHash after DeleteSession", err, store.ErrNotFound)
	_, err = db.SessionByHash(ctx(t), "b")
	must(t, "the other session", err)
	wantErr(t, "DeleteSession again", db.DeleteSession(ctx(t), "a"), store.ErrNotFound)
}

func testSessionDeleteUser(t *testing.T, db *store.DB) {
	u := newUser(t, db, "u@example.org")
	v := newUser(t, db, "v@example.org")
	newSession(t, db, "u1", u, base)
	newSession(t, db, "u2", u, base)
	newSession(t, db, "v1", v, base)
	must(t, "DeleteUserSessions", db.DeleteUserSessions(ctx(t), u.ID))
	for _, h := range []string{"u1", "u2"} {
		_, err := db.SessionByHash(ctx(t), h)
		wantErr(t, "session "+h, err, store.ErrNotFound)
	}
	_, err := db.SessionByHash(ctx(t), "v1")
	must(t, "the other user's session", err)
}

func testSessionDeleteExpired(t *testing.T, db *store.DB) {
	u := newUser(t, db, "s@example.org")
	now := base
	newSession(t, db, "past", u, now.Add(-time.Hour))
	newSession(t, db, "now", u, now) // expired: a session ends at its expiry
	newSession(t, db, "future", u, now.Add(time.Microsecond))
	n, err := db.DeleteExpiredSessions(ctx(t), now)
	must(t, "DeleteExpiredSessions", err)
	if n != 2 {
		t.Errorf("DeleteExpiredSessions = %d, want 2", n)
	}
	_, err = db.SessionByHash(ctx(t), "future")
	must(t, "the live session", err)
	for _, h := range []string{"past", "now"} {
		_, err := db.SessionByHash(ctx(t), h)
		wantErr(t, "expired session "+h, err, store.ErrNotFound)
	}
	n, err = db.DeleteExpiredSessions(ctx(t), now)
	must(t, "DeleteExpiredSessions again", err)
	if n != 0 {
		t.Errorf("DeleteExpiredSessions again = %d, want 0", n)
	}
}
