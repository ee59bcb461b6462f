package store

import (
	"testing"
	"testing/fstest"
)

func TestRebind(t *testing.T) {
	for _, c := range []struct{ in, pg string }{
		{"SELECT 1", "SELECT 1"},
		{"a = ? AND b = ?", "a = $1 AND b = $2"},
		{"x = '?' AND y = ?", "x = '?' AND y = $1"},
		{`"we?ird" = ? AND z = 'it''s ?' OR w = ?`, `"we?ird" = $1 AND z = 'it''s ?' OR w = $2`},
	} {
		if got := postgresDialect.rebind(c.in); got != c.pg {
			t.Errorf("postgres rebind(%q) = %q, want %q", c.in, got, c.pg)
		}
		if got := sqliteDialect.rebind(c.in); got != c.in {
			t.Errorf("sqlite rebind(%q) = %q, want it unchanged", c.in, got)
		}
	}
}

func TestLoadMigrationsChecksNames(t *testing.T) {
	for name, files := range map[string][]string{
		"bad name": {"0001_a.sql", "2_b.sql"},
		"gap":      {"0001_a.sql", "0003_c.sql"},
		"twice":    {"0001_a.sql", "0001_b.sql"},
	} {
		fsys := fstest.MapFS{}
		for _, f := range files {
			fsys["migrations/x/"+f] = &fstest.MapFile{Data: []byte("SELECT 1;")}
		}
		if _, err := loadMigrations(fsys, "x"); err == nil {
			t.Errorf("%s: loadMigrations accepted %v", name, files)
		}
	}
}

func TestSQLitePath(t *testing.T) {
	for in, want := range map[string]string{
		"sqlite:/var/lib/c.db":         "/var/lib/c.db",
		"sqlite:///var/lib/c.db":       "/var/lib/c.db",
		"sqlite://data/c.db":           "data/c.db",
		"file:data/c.db":               "data/c.db",
		"data/c.db":                    "data/c.db",
		"/abs/c.db?_pragma=x(1)":       "/abs/c.db",
		"sqlite:./c.db?cache_size=100": "c.db",
	} {
		got, _, err := sqlitePath(in)
		if err != nil || got != want {
			t.Errorf("sqlitePath(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
