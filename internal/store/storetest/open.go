package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, for creating test schemas

	"coalition/internal/store"
)

// EnvPostgres names the environment variable that holds the URL of a PostgreSQL
// database for tests, e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable.
// Each test gets its own schema in it, dropped when the test ends.
const EnvPostgres = "COALITION_TEST_POSTGRES"

// PostgresFromEnv returns the URL in COALITION_TEST_POSTGRES, or skips the test
// when it is not set.
func PostgresFromEnv(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvPostgres)
	if u == "" {
		t.Skip(EnvPostgres + " is not set")
	}
	return u
}

// SQLiteURL returns the URL of a new SQLite file in the test's temporary folder.
func SQLiteURL(t testing.TB) string {
	t.Helper()
	return "sqlite:" + filepath.Join(t.TempDir(), "coalition.db")
}

// PostgresURL creates a fresh schema in the PostgreSQL database at base and
// returns a URL whose search_path selects it. The schema is dropped when the
// test ends.
func PostgresURL(t testing.TB, base string) string {
	t.Helper()
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("storetest: postgres url: %v", err)
	}
	schema := "coalition_test_" + randomHex(t)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("storetest: %v", err)
	}
	t.Cleanup(func() { _ = admin.Close() })
	if _, err := admin.ExecContext(t.Context(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("storetest: create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("storetest: drop schema %s: %v", schema, err)
		}
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// OpenURL opens and migrates the database at rawURL and closes it when the test
// ends.
func OpenURL(t testing.TB, rawURL string) *store.DB {
	t.Helper()
	db := OpenUnmigrated(t, rawURL)
	if _, err := db.Migrate(t.Context()); err != nil {
		t.Fatalf("storetest: migrate: %v", err)
	}
	return db
}

// OpenUnmigrated opens the database at rawURL without migrating it and closes it
// when the test ends.
func OpenUnmigrated(t testing.TB, rawURL string) *store.DB {
	t.Helper()
	db, err := store.Open(t.Context(), rawURL)
	if err != nil {
		t.Fatalf("storetest: open: %v", err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("storetest: close: %v", err)
		}
	})
	return db
}

// OpenSQLite returns a fresh, migrated SQLite database in a temporary folder,
// closed when the test ends. It is the database for unit tests of services and
// handlers.
func OpenSQLite(t testing.TB) *store.DB {
	t.Helper()
	return OpenURL(t, SQLiteURL(t))
}

// OpenPostgres returns a fresh, migrated PostgreSQL database: a new schema in the
// database at base, dropped when the test ends.
func OpenPostgres(t testing.TB, base string) *store.DB {
	t.Helper()
	return OpenURL(t, PostgresURL(t, base))
}

func randomHex(t testing.TB) string {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		t.Fatalf("storetest: random: %v", err)
	}
	return hex.EncodeToString(b)
}
