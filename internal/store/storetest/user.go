package storetest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/store"
)

func testUserCreateAndGet(t *testing.T, db *store.DB) {
	before := time.Now().Add(-time.Second)
	u := account.User{Email: "ada@example.org", Name: "Ada", PasswordHash: "$argon2id$h", Language: "sl"}
	must(t, "CreateUser", db.CreateUser(ctx(t), &u))
	if u.ID <= 0 || u.Version != 1 {
		t.Errorf("after CreateUser: ID %d, Version %d; want ID > 0, Version 1", u.ID, u.Version)
	}
	if u.CreatedAt.Before(before) || u.UpdatedAt != u.CreatedAt || u.CreatedAt != norm(u.CreatedAt) {
		t.Errorf("after CreateUser: CreatedAt %v, UpdatedAt %v", u.CreatedAt, u.UpdatedAt)
	}
	byID, err := db.UserByID(ctx(t), u.ID)
	must(t, "UserByID", err)
	if byID != u {
		t.Errorf("UserByID = %+v\nwant %+v", byID, u)
	}
	byEmail, err := db.UserByEmail(ctx(t), u.Email)
	must(t, "UserByEmail", err)
	if byEmail != u {
		t.Errorf("UserByEmail = %+v\nwant %+v", byEmail, u)
	}
	other := newUser(t, db, "bob@example.org")
	if other.ID == u.ID {
		t.Errorf("two users share id %d", u.ID)
	}
}

func testUserDuplicateEmail(t *testing.T, db *store.DB) {
	first := newUser(t, db, "dup@example.org")
	u := account.User{Email: "dup@example.org", Name: "Other"}
	wantErr(t, "CreateUser with a taken e-mail", db.CreateUser(ctx(t), &u), store.ErrConflict)
	if u.ID != 0 {
		t.Errorf("failed CreateUser set ID %d", u.ID)
	}
	got, err := db.UserByEmail(ctx(t), "dup@example.org")
	must(t, "UserByEmail", err)
	if got != first {
		t.Errorf("the first user changed: %+v", got)
	}
}

func testUserMissing(t *testing.T, db *store.DB) {
	u, err := db.UserByID(ctx(t), 424242)
	wantErr(t, "UserByID", err, store.ErrNotFound)
	if u != (account.User{}) {
		t.Errorf("UserByID of a missing user returned %+v", u)
	}
	_, err = db.UserByEmail(ctx(t), "nobody@example.org")
	wantErr(t, "UserByEmail", err, store.ErrNotFound)
}

func testUserList(t *testing.T, db *store.DB) {
	us, err := db.ListUsers(ctx(t))
	must(t, "ListUsers on an empty database", err)
	if len(us) != 0 {
		t.Errorf("ListUsers on an empty database = %d users", len(us))
	}
	// Byte order: "." (0x2E) sorts before "b"; a linguistic collation would not.
	for _, e := range []string{"b@example.org", "ab@example.org", "a.c@example.org", "ab-z@example.org"} {
		newUser(t, db, e)
	}
	us, err = db.ListUsers(ctx(t))
	must(t, "ListUsers", err)
	want := []string{"a.c@example.org", "ab-z@example.org", "ab@example.org", "b@example.org"}
	var got []string
	for _, u := range us {
		got = append(got, u.Email)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ListUsers order = %v, want %v", got, want)
	}
}

func testUserCount(t *testing.T, db *store.DB) {
	for i := range 3 {
		n, err := db.CountUsers(ctx(t))
		must(t, "CountUsers", err)
		if n != i {
			t.Fatalf("CountUsers = %d, want %d", n, i)
		}
		newUser(t, db, fmt.Sprintf("u%d@example.org", i))
	}
}

func testUserBooleans(t *testing.T, db *store.DB) {
	for _, c := range []struct{ admin, disabled bool }{{false, false}, {true, false}, {false, true}, {true, true}} {
		u := account.User{Email: fmt.Sprintf("%v-%v@example.org", c.admin, c.disabled), Admin: c.admin, Disabled: c.disabled}
		must(t, "CreateUser", db.CreateUser(ctx(t), &u))
		got, err := db.UserByID(ctx(t), u.ID)
		must(t, "UserByID", err)
		if got.Admin != c.admin || got.Disabled != c.disabled {
			t.Errorf("stored admin=%v disabled=%v, read admin=%v disabled=%v", c.admin, c.disabled, got.Admin, got.Disabled)
		}
	}
}

func testUserUpdate(t *testing.T, db *store.DB) {
	u := newUser(t, db, "old@example.org")
	created := u.CreatedAt
	u.Email, u.Name, u.PasswordHash, u.Admin, u.Disabled, u.Language = "new@example.org", "New", "$new", true, true, "bg"
	must(t, "UpdateUser", db.UpdateUser(ctx(t), &u))
	if u.Version != 2 || u.UpdatedAt.Before(created) || u.CreatedAt != created {
		t.Errorf("after UpdateUser: Version %d, CreatedAt %v, UpdatedAt %v", u.Version, u.CreatedAt, u.UpdatedAt)
	}
	got, err := db.UserByID(ctx(t), u.ID)
	must(t, "UserByID", err)
	if got != u {
		t.Errorf("UserByID after update = %+v\nwant %+v", got, u)
	}
	must(t, "second UpdateUser", db.UpdateUser(ctx(t), &u))
	if u.Version != 3 {
		t.Errorf("Version after two updates = %d, want 3", u.Version)
	}
	_, err = db.UserByEmail(ctx(t), "old@example.org")
	wantErr(t, "UserByEmail of the old address", err, store.ErrNotFound)
}

func testUserUpdateStale(t *testing.T, db *store.DB) {
	first := newUser(t, db, "race@example.org")
	second := first
	first.Name = "First"
	must(t, "first UpdateUser", db.UpdateUser(ctx(t), &first))
	second.Name = "Second"
	wantErr(t, "UpdateUser with a stale version", db.UpdateUser(ctx(t), &second), store.ErrStale)
	if second.Version != 1 {
		t.Errorf("a stale UpdateUser changed Version to %d", second.Version)
	}
	got, err := db.UserByID(ctx(t), first.ID)
	must(t, "UserByID", err)
	if got.Name != "First" || got.Version != 2 {
		t.Errorf("stored user = %+v; want the first update kept", got)
	}
}

func testUserUpdateMissing(t *testing.T, db *store.DB) {
	u := account.User{ID: 424242, Email: "ghost@example.org", Version: 1}
	wantErr(t, "UpdateUser of a missing user", db.UpdateUser(ctx(t), &u), store.ErrNotFound)
}

func testUserUpdateDuplicateEmail(t *testing.T, db *store.DB) {
	newUser(t, db, "taken@example.org")
	u := newUser(t, db, "free@example.org")
	u.Email = "taken@example.org"
	wantErr(t, "UpdateUser to a taken e-mail", db.UpdateUser(ctx(t), &u), store.ErrConflict)
	if u.Version != 1 {
		t.Errorf("a failed UpdateUser changed Version to %d", u.Version)
	}
}

func testUserDelete(t *testing.T, db *store.DB) {
	u := newUser(t, db, "gone@example.org")
	keep := newUser(t, db, "kept@example.org")
	for _, owner := range []account.User{u, keep} {
		s := account.Session{Hash: fmt.Sprint("s", owner.ID), UserID: owner.ID, CreatedAt: base, ExpiresAt: base.Add(time.Hour)}
		must(t, "CreateSession", db.CreateSession(ctx(t), s))
		tok := account.Token{UserID: owner.ID, Hash: fmt.Sprint("t", owner.ID), CreatedAt: base}
		must(t, "CreateToken", db.CreateToken(ctx(t), &tok))
	}
	must(t, "DeleteUser", db.DeleteUser(ctx(t), u.ID))
	_, err := db.UserByID(ctx(t), u.ID)
	wantErr(t, "UserByID after DeleteUser", err, store.ErrNotFound)
	_, err = db.SessionByHash(ctx(t), fmt.Sprint("s", u.ID))
	wantErr(t, "the deleted user's session", err, store.ErrNotFound)
	_, err = db.TokenByHash(ctx(t), fmt.Sprint("t", u.ID))
	wantErr(t, "the deleted user's token", err, store.ErrNotFound)
	_, err = db.SessionByHash(ctx(t), fmt.Sprint("s", keep.ID))
	must(t, "the other user's session", err)
	wantErr(t, "DeleteUser again", db.DeleteUser(ctx(t), u.ID), store.ErrNotFound)
}

// testUserConcurrentWrites writes from several goroutines at once: on SQLite they
// queue for the one writer; none may fail with "database is locked".
func testUserConcurrentWrites(t *testing.T, db *store.DB) {
	const writers, each = 8, 10
	var wg sync.WaitGroup
	errc := make(chan error, writers*each)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				u := account.User{Email: fmt.Sprintf("w%d-%d@example.org", w, i)}
				if err := db.CreateUser(ctx(t), &u); err != nil {
					errc <- err
					continue
				}
				u.Name = "updated"
				if err := db.UpdateUser(ctx(t), &u); err != nil {
					errc <- err
				}
				if _, err := db.ListUsers(ctx(t)); err != nil {
					errc <- err
				}
			}
		})
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Errorf("concurrent write: %v", err)
	}
	n, err := db.CountUsers(ctx(t))
	must(t, "CountUsers", err)
	if n != writers*each {
		t.Errorf("CountUsers = %d, want %d", n, writers*each)
	}
}
