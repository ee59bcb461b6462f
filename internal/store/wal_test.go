package store_test

import (
	"context"
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

// TestImportsKeepTheLogShort runs one import after another, as a long file
// does, and checks that SQLite's write-ahead log starts over instead of
// growing with every one, and that none is left once the database is closed.
func TestImportsKeepTheLogShort(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "wal.db")
	db, err := store.Open(ctx, "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	db.SetWALRestart(256) // 1 MiB of pages
	const imports, rows = 30, 2000
	var largest int64
	for i := range imports {
		orgs := make([]directory.Organization, rows)
		for j := range orgs {
			orgs[j] = directory.Organization{Name: fmt.Sprintf("Biedrība %d-%d", i, j), Country: "LV",
				Descriptions: []directory.Text{{Lang: "lv", Value: fmt.Sprintf("Apraksts par biedrību numur %d, kas strādā Rīgā un Cēsīs.", j)}}}
		}
		if err := db.ImportOrgs(ctx, orgs, nil, time.Now(), 0, "wal test"); err != nil {
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
