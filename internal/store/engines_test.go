package store_test

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"coalition/internal/store"
	"coalition/internal/store/storetest"
)

func TestSQLite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *store.DB { return storetest.OpenSQLite(t) })
}

func TestPostgres(t *testing.T) {
	base := storetest.PostgresFromEnv(t)
	storetest.Run(t, func(t *testing.T) *store.DB { return storetest.OpenPostgres(t, base) })
}

// engineURLs returns a fresh, empty database URL per engine available.
func engineURLs(t *testing.T) map[string]string {
	urls := map[string]string{"sqlite": storetest.SQLiteURL(t)}
	if base := os.Getenv(storetest.EnvPostgres); base != "" {
		urls["postgres"] = storetest.PostgresURL(t, base)
	}
	return urls
}

func TestMigrateFresh(t *testing.T) {
	for engine, url := range engineURLs(t) {
		t.Run(engine, func(t *testing.T) {
			db := storetest.OpenUnmigrated(t, url)
			if v, err := db.SchemaVersion(t.Context()); err != nil || v != 0 {
				t.Fatalf("SchemaVersion of an empty database = %d, %v; want 0", v, err)
			}
			if err := db.CheckVersion(t.Context()); err != nil {
				t.Fatalf("CheckVersion of an empty database: %v", err)
			}
			n, err := db.Migrate(t.Context())
			if err != nil || n != store.LatestVersion() {
				t.Fatalf("Migrate = %d, %v; want %d", n, err, store.LatestVersion())
			}
			if n, err := db.Migrate(t.Context()); err != nil || n != 0 {
				t.Fatalf("second Migrate = %d, %v; want 0", n, err)
			}
		})
	}
}

// TestMigrateConcurrently starts several instances on one empty database at once:
// exactly one applies each step and none fails.
func TestMigrateConcurrently(t *testing.T) {
	for engine, url := range engineURLs(t) {
		t.Run(engine, func(t *testing.T) {
			var dbs []*store.DB
			for range 4 {
				dbs = append(dbs, storetest.OpenUnmigrated(t, url))
			}
			var mu sync.Mutex
			total := 0
			var wg sync.WaitGroup
			for _, db := range dbs {
				wg.Go(func() {
					n, err := db.Migrate(t.Context())
					if err != nil {
						t.Errorf("Migrate: %v", err)
					}
					mu.Lock()
					total += n
					mu.Unlock()
				})
			}
			wg.Wait()
			if total != store.LatestVersion() {
				t.Errorf("steps applied in all = %d, want %d", total, store.LatestVersion())
			}
		})
	}
}

func TestDialectsSameSchema(t *testing.T) {
	if s, p := store.MigrationVersions("sqlite"), store.MigrationVersions("postgres"); !slices.Equal(s, p) || len(s) == 0 {
		t.Fatalf("migration numbers differ: sqlite %v, postgres %v", s, p)
	}
	lite, err := storetest.OpenSQLite(t).TableColumns(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"schema_version.version", "users.email", "sessions.expires_at", "api_tokens.revoked_at", "login_failures.key"} {
		if !slices.Contains(lite, want) {
			t.Errorf("sqlite schema lacks %s; has %v", want, lite)
		}
	}
	base := storetest.PostgresFromEnv(t)
	pg, err := storetest.OpenPostgres(t, base).TableColumns(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(lite, pg) {
		t.Errorf("schemas differ\nsqlite:   %v\npostgres: %v", lite, pg)
	}
}

func TestOpenUnreachablePostgres(t *testing.T) {
	start := time.Now()
	db, err := store.Open(t.Context(), "postgres://postgres@127.0.0.1:1/test?sslmode=disable&connect_timeout=5")
	if err == nil {
		db.Close()
		t.Fatal("Open of an unreachable postgres succeeded")
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Open took %v to fail", d)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "store: cannot reach postgres at 127.0.0.1:1: ") || strings.Contains(msg, "\n") {
		t.Errorf("error = %q; want a one-line message naming the address", msg)
	}
	t.Log(msg)
}

// TestOpenTimesOut opens a "server" that accepts connections and never answers:
// Open must give up when its context ends.
func TestOpenTimesOut(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		var conns []net.Conn
		for {
			c, err := l.Accept()
			if err != nil {
				for _, c := range conns {
					c.Close()
				}
				return
			}
			conns = append(conns, c)
		}
	}()
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	db, err := store.Open(ctx, "postgres://postgres@"+l.Addr().String()+"/test?sslmode=disable")
	if err == nil {
		db.Close()
		t.Fatal("Open of a silent server succeeded")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Open took %v to give up", d)
	}
	t.Log(err)
}

func TestOpenSQLiteParentIsFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(t.Context(), "sqlite:"+filepath.Join(file, "coalition.db"))
	if err == nil {
		db.Close()
		t.Fatal("Open under a file succeeded")
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "store: ") || strings.Contains(msg, "\n") {
		t.Errorf("error = %q; want one line starting with store:", msg)
	}
	t.Log(err)
}

func TestOpenSQLiteURLForms(t *testing.T) {
	dir := t.TempDir()
	for _, url := range []string{
		"sqlite:" + filepath.Join(dir, "a", "one.db"),
		"sqlite://" + filepath.Join(dir, "b", "two.db"),
		"file:" + filepath.Join(dir, "c", "three.db"),
		filepath.Join(dir, "d", "four.db"),
		"sqlite:" + filepath.Join(dir, "e", "five.db") + "?_pragma=cache_size(-4000)",
	} {
		db := storetest.OpenURL(t, url)
		if db.Engine() != "sqlite" {
			t.Errorf("%s: Engine() = %q", url, db.Engine())
		}
	}
	for _, url := range []string{"sqlite::memory:", "sqlite:", "file::memory:?cache=shared"} {
		if db, err := store.Open(t.Context(), url); err == nil {
			db.Close()
			t.Errorf("Open(%q) succeeded; want an error: the store needs a file", url)
		}
	}
}

func TestSQLiteReadPoolRefusesWrites(t *testing.T) {
	db := storetest.OpenSQLite(t)
	err := db.ExecOnReadPool(t.Context(), "DELETE FROM users")
	if err == nil {
		t.Fatal("a write on the read pool succeeded")
	}
	if errors.Is(err, store.ErrNotFound) {
		t.Fatalf("unexpected error kind: %v", err)
	}
}
