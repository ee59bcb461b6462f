package storetest

import (
	"testing"
	"time"

	"coalition/internal/store"
)

// addFailures records a failure for key at each offset from base.
func addFailures(t *testing.T, db *store.DB, key string, offsets ...time.Duration) {
	t.Helper()
	for _, d := range offsets {
		must(t, "AddLoginFailure", db.AddLoginFailure(ctx(t), key, base.Add(d)))
	}
}

// wantFailures checks the count for key since base+since.
func wantFailures(t *testing.T, db *store.DB, key string, since time.Duration, want int) {
	t.Helper()
	n, err := db.CountLoginFailures(ctx(t), key, base.Add(since))
	must(t, "CountLoginFailures", err)
	if n != want {
		t.Errorf("CountLoginFailures(%q, base%+v) = %d, want %d", key, since, n, want)
	}
}

func testLoginFailureCount(t *testing.T, db *store.DB) {
	wantFailures(t, db, "email:a@example.org", -time.Hour, 0)
	addFailures(t, db, "email:a@example.org", -20*time.Minute, -10*time.Minute, 0, 0)
	addFailures(t, db, "client:192.0.2.1", 0)
	wantFailures(t, db, "email:a@example.org", -time.Hour, 4)
	wantFailures(t, db, "email:a@example.org", -10*time.Minute, 3) // since is inclusive
	wantFailures(t, db, "email:a@example.org", -10*time.Minute+time.Microsecond, 2)
	wantFailures(t, db, "email:a@example.org", time.Microsecond, 0)
	wantFailures(t, db, "client:192.0.2.1", -time.Hour, 1)
}

func testLoginFailureClear(t *testing.T, db *store.DB) {
	addFailures(t, db, "email:a@example.org", 0, time.Second)
	addFailures(t, db, "email:b@example.org", 0)
	must(t, "ClearLoginFailures", db.ClearLoginFailures(ctx(t), "email:a@example.org"))
	wantFailures(t, db, "email:a@example.org", -time.Hour, 0)
	wantFailures(t, db, "email:b@example.org", -time.Hour, 1)
	must(t, "ClearLoginFailures of a clean key", db.ClearLoginFailures(ctx(t), "email:a@example.org"))
}

func testLoginFailurePurge(t *testing.T, db *store.DB) {
	addFailures(t, db, "email:a@example.org", -2*time.Hour, -time.Hour, 0)
	addFailures(t, db, "email:b@example.org", -3*time.Hour)
	n, err := db.PurgeLoginFailures(ctx(t), base.Add(-time.Hour))
	must(t, "PurgeLoginFailures", err)
	if n != 2 {
		t.Errorf("PurgeLoginFailures = %d, want 2", n)
	}
	wantFailures(t, db, "email:a@example.org", -24*time.Hour, 2)
	wantFailures(t, db, "email:b@example.org", -24*time.Hour, 0)
}
