package storetest

import (
	"fmt"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/store"
)

// newToken stores a token of u created at created.
func newToken(t *testing.T, db *store.DB, u account.User, name string, created time.Time) account.Token {
	t.Helper()
	tok := account.Token{UserID: u.ID, Name: name, Hash: fmt.Sprintf("hash-%d-%s", u.ID, name), Prefix: "coa_abcdef", CreatedAt: created}
	must(t, "CreateToken", db.CreateToken(ctx(t), &tok))
	return tok
}

func testTokenCreateAndGet(t *testing.T, db *store.DB) {
	u := newUser(t, db, "t@example.org")
	tok := newToken(t, db, u, "laptop", base)
	if tok.ID <= 0 || tok.CreatedAt != norm(base) {
		t.Errorf("after CreateToken: ID %d, CreatedAt %v", tok.ID, tok.CreatedAt)
	}
	got, err := db.TokenByHash(ctx(t), tok.Hash)
	must(t, "TokenByHash", err)
	if got != tok {
		t.Errorf("TokenByHash = %+v\nwant %+v", got, tok)
	}
	if !got.LastUsedAt.IsZero() || got.Revoked() {
		t.Errorf("a new token has LastUsedAt %v, RevokedAt %v; want zero", got.LastUsedAt, got.RevokedAt)
	}
	other := newToken(t, db, u, "phone", base)
	if other.ID == tok.ID {
		t.Errorf("two tokens share id %d", tok.ID)
	}
}

func testTokenMissing(t *testing.T, db *store.DB) {
	tok, err := db.TokenByHash(ctx(t), "nope")
	wantErr(t, "TokenByHash", err, store.ErrNotFound)
	if tok != (account.Token{}) {
		t.Errorf("TokenByHash of a missing token returned %+v", tok)
	}
	wantErr(t, "TouchToken", db.TouchToken(ctx(t), 424242, base), store.ErrNotFound)
	wantErr(t, "RevokeToken", db.RevokeToken(ctx(t), 1, 424242, base), store.ErrNotFound)
	ts, err := db.ListTokens(ctx(t), 424242)
	must(t, "ListTokens of a user without tokens", err)
	if len(ts) != 0 {
		t.Errorf("ListTokens = %d tokens, want none", len(ts))
	}
}

func testTokenBadReferences(t *testing.T, db *store.DB) {
	u := newUser(t, db, "t@example.org")
	tok := account.Token{UserID: 424242, Hash: "h", CreatedAt: base}
	wantErr(t, "CreateToken for a missing user", db.CreateToken(ctx(t), &tok), store.ErrNotFound)
	first := newToken(t, db, u, "a", base)
	dup := account.Token{UserID: u.ID, Hash: first.Hash, CreatedAt: base}
	wantErr(t, "CreateToken with a stored hash", db.CreateToken(ctx(t), &dup), store.ErrConflict)
}

func testTokenList(t *testing.T, db *store.DB) {
	u := newUser(t, db, "t@example.org")
	v := newUser(t, db, "v@example.org")
	newToken(t, db, u, "old", base.Add(-time.Hour))
	newToken(t, db, u, "new", base.Add(time.Hour))
	newToken(t, db, u, "mid", base)
	newToken(t, db, u, "mid2", base) // same time as mid: the later id first
	newToken(t, db, v, "other", base.Add(2*time.Hour))
	ts, err := db.ListTokens(ctx(t), u.ID)
	must(t, "ListTokens", err)
	var got []string
	for _, tok := range ts {
		got = append(got, tok.Name)
	}
	if want := "[new mid2 mid old]"; fmt.Sprint(got) != want {
		t.Errorf("ListTokens = %v, want %s", got, want)
	}
}

func testTokenTouch(t *testing.T, db *store.DB) {
	u := newUser(t, db, "t@example.org")
	tok := newToken(t, db, u, "a", base)
	used := base.Add(time.Minute + time.Nanosecond)
	must(t, "TouchToken", db.TouchToken(ctx(t), tok.ID, used))
	got, err := db.TokenByHash(ctx(t), tok.Hash)
	must(t, "TokenByHash", err)
	if got.LastUsedAt != norm(used) || got.Revoked() {
		t.Errorf("after TouchToken: LastUsedAt %v, RevokedAt %v; want %v", got.LastUsedAt, got.RevokedAt, norm(used))
	}
}

func testTokenRevoke(t *testing.T, db *store.DB) {
	u := newUser(t, db, "t@example.org")
	v := newUser(t, db, "v@example.org")
	tok := newToken(t, db, u, "a", base)
	wantErr(t, "RevokeToken of another user's token", db.RevokeToken(ctx(t), v.ID, tok.ID, base), store.ErrNotFound)
	got, err := db.TokenByHash(ctx(t), tok.Hash)
	must(t, "TokenByHash", err)
	if got.Revoked() {
		t.Fatalf("another user revoked the token")
	}
	at := base.Add(time.Hour)
	must(t, "RevokeToken", db.RevokeToken(ctx(t), u.ID, tok.ID, at))
	must(t, "RevokeToken again", db.RevokeToken(ctx(t), u.ID, tok.ID, at.Add(time.Hour)))
	got, err = db.TokenByHash(ctx(t), tok.Hash)
	must(t, "TokenByHash", err)
	if got.RevokedAt != norm(at) {
		t.Errorf("RevokedAt = %v, want the first revocation %v", got.RevokedAt, norm(at))
	}
}
