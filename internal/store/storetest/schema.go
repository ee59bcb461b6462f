package storetest

import (
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/store"
)

func testMigrateTwice(t *testing.T, db *store.DB) {
	n, err := db.Migrate(ctx(t))
	must(t, "Migrate", err)
	if n != 0 {
		t.Errorf("Migrate on a migrated database applied %d steps, want 0", n)
	}
	v, err := db.SchemaVersion(ctx(t))
	must(t, "SchemaVersion", err)
	if v != store.LatestVersion() || v < 1 {
		t.Errorf("SchemaVersion = %d, want LatestVersion %d", v, store.LatestVersion())
	}
	must(t, "CheckVersion", db.CheckVersion(ctx(t)))
}

func testCheckVersion(t *testing.T, db *store.DB) {
	newer := store.LatestVersion() + 1
	must(t, "ForceSchemaVersion", db.ForceSchemaVersion(ctx(t), newer))
	if v, err := db.SchemaVersion(ctx(t)); err != nil || v != newer {
		t.Fatalf("SchemaVersion = %d, %v; want %d", v, err, newer)
	}
	wantErr(t, "CheckVersion", db.CheckVersion(ctx(t)), store.ErrNewerSchema)
	n, err := db.Migrate(ctx(t))
	wantErr(t, "Migrate", err, store.ErrNewerSchema)
	if n != 0 {
		t.Errorf("Migrate applied %d steps on a newer database", n)
	}
	must(t, "ForceSchemaVersion back", db.ForceSchemaVersion(ctx(t), store.LatestVersion()))
	must(t, "CheckVersion", db.CheckVersion(ctx(t)))
}

// testTimeRoundTrip checks that a time comes back as the same time.Time value
// (==, not only Equal) on every engine: UTC, truncated to the microsecond.
func testTimeRoundTrip(t *testing.T, db *store.DB) {
	u := newUser(t, db, "time@example.org")
	times := []time.Time{
		base,
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2999, 12, 31, 23, 59, 59, 999999500, time.FixedZone("", -7*3600)),
		time.Now(), // carries a monotonic reading and the local zone
	}
	for i, tm := range times {
		s := account.Session{Hash: string(rune('a' + i)), UserID: u.ID, CreatedAt: tm, ExpiresAt: tm.Add(time.Nanosecond)}
		must(t, "CreateSession", db.CreateSession(ctx(t), s))
		got, err := db.SessionByHash(ctx(t), s.Hash)
		must(t, "SessionByHash", err)
		if got.CreatedAt != norm(tm) || got.ExpiresAt != norm(tm.Add(time.Nanosecond)) {
			t.Errorf("time %v came back as %v / %v, want %v", tm, got.CreatedAt, got.ExpiresAt, norm(tm))
		}
		if got.CreatedAt.Location() != time.UTC {
			t.Errorf("time %v came back in %v, want UTC", tm, got.CreatedAt.Location())
		}
	}
	got, err := db.UserByID(ctx(t), u.ID)
	must(t, "UserByID", err)
	if got.CreatedAt != u.CreatedAt || got.CreatedAt != norm(got.CreatedAt) {
		t.Errorf("user CreatedAt %v came back as %v", u.CreatedAt, got.CreatedAt)
	}
}
