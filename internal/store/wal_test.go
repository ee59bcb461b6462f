package store_test

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store"
)

// walSize is the size of the database's write-ahead log file, 0 when there is none.
func walSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path + "-wal")
	if os.IsNotExist(err) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// TestNewDatabasesUseLargePages checks that a new SQLite database is made with
// pages of 16 KiB, in WAL mode: with the default 4 KiB pages an import spent a
// fifth of its time in the system calls that write the log and copy it back.
func TestNewDatabasesUseLargePages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	db := openMigrated(t, path)
	var size int64
	if err := db.PragmaForTest(t.Context(), "page_size", &size); err != nil || size != 16384 {
		t.Errorf("page size %d (%v), want 16384", size, err)
	}
	var mode string
	if err := db.PragmaForTest(t.Context(), "journal_mode", &mode); err != nil || mode != "wal" {
		t.Errorf("journal mode %q (%v), want wal", mode, err)
	}
}

// TestImportsKeepTheLogShort runs one import after another, as a long file
// does, and checks that SQLite's write-ahead log starts over instead of
// growing with every one, and that none is left once the database is closed:
// in a new database and in one an earlier version made with 4 KiB pages, which
// keeps them.
func TestImportsKeepTheLogShort(t *testing.T) {
	for _, tc := range []struct {
		name     string
		pageSize int64
	}{{"new database", 16384}, {"database with 4 KiB pages", 4096}} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "wal.db")
			if tc.pageSize == 4096 {
				makeOldDatabase(t, path)
			}
			db := openMigrated(t, path)
			var size int64
			if err := db.PragmaForTest(t.Context(), "page_size", &size); err != nil || size != tc.pageSize {
				t.Fatalf("page size %d (%v), want %d", size, err, tc.pageSize)
			}
			db.SetWALRestart(1 << 20)
			importsKeepTheLogShort(t, db, path)
		})
	}
}

// importsKeepTheLogShort runs 30 imports into db, the database at path, and
// checks the length of its log during and after them.
func importsKeepTheLogShort(t *testing.T, db *store.DB, path string) {
	const imports, rows = 30, 2000
	var largest int64
	for i := range imports {
		orgs := make([]directory.Organization, rows)
		for j := range orgs {
			orgs[j] = directory.Organization{Name: fmt.Sprintf("Biedrība %d-%d", i, j), Country: "LV",
				Descriptions: []directory.Text{{Lang: "lv", Value: fmt.Sprintf("Apraksts par biedrību numur %d, kas strādā Rīgā un Cēsīs.", j)}}}
		}
		if err := db.ImportOrgs(t.Context(), orgs, nil, time.Now(), 0, "wal test"); err != nil {
			t.Fatal(err)
		}
		largest = max(largest, walSize(t, path))
	}
	db.Close()
	const bound = 8 << 20 // the 30 imports write about 30 MB of pages
	if largest > bound {
		t.Errorf("the log grew to %d bytes over %d imports; it should start over and stay under %d", largest, imports, bound)
	}
	if n := walSize(t, path); n != 0 {
		t.Errorf("a log of %d bytes was left beside the closed database", n)
	}
}

// openMigrated opens and migrates the SQLite database at path.
func openMigrated(t *testing.T, path string) *store.DB {
	t.Helper()
	db, err := store.Open(t.Context(), "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return db
}

// makeOldDatabase creates a SQLite database at path with SQLite's default
// pages of 4 KiB in WAL mode, as versions before 16 KiB pages did.
func makeOldDatabase(t *testing.T, path string) {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, q := range []string{"PRAGMA page_size = 4096", "PRAGMA journal_mode = WAL", "CREATE TABLE earlier (x INTEGER)"} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}
