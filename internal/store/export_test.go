package store

import (
	"context"
	"slices"
)

// TableColumns lists "table.column" for every table of the database, sorted, so
// that tests can compare the schemas the two dialects' migrations produce.
func (db *DB) TableColumns(ctx context.Context) ([]string, error) {
	q := `SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
		WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'`
	if db.d.engine == postgresDialect.engine {
		q = `SELECT table_name || '.' || column_name FROM information_schema.columns
			WHERE table_schema = current_schema()`
	}
	cols, err := list(ctx, db, func(r rowScanner) (string, error) {
		var s string
		return s, r.Scan(&s)
	}, q)
	slices.Sort(cols)
	return cols, err
}

// MigrationVersions lists an engine's migration numbers.
func MigrationVersions(engine string) []int {
	var vs []int
	for _, m := range migrations[engine] {
		vs = append(vs, m.version)
	}
	return vs
}

// ExecOnReadPool runs a statement on the read pool, to show it refuses writes.
func (db *DB) ExecOnReadPool(ctx context.Context, q string) error {
	_, err := db.r.ExecContext(ctx, q)
	return err
}

// ExecForTest runs a statement on the writer, outside any transaction.
func (db *DB) ExecForTest(ctx context.Context, q string) error {
	_, err := db.w.ExecContext(ctx, q)
	return err
}

// ApplyMigrationForTest runs migration v again, as if it had never run.
func (db *DB) ApplyMigrationForTest(ctx context.Context, v int) error {
	if _, err := db.w.ExecContext(ctx, db.d.rebind("DELETE FROM schema_version WHERE version = ?"), v); err != nil {
		return err
	}
	_, err := db.applyMigration(ctx, migrations[db.d.engine][v-1])
	return err
}

// SetWALRestart sets the log length, in bytes, past which an import makes
// SQLite's write-ahead log start over.
func (db *DB) SetWALRestart(bytes int64) { db.wal.restartAfter(bytes) }

// PragmaForTest reads the value of a SQLite pragma on the writer into dst.
func (db *DB) PragmaForTest(ctx context.Context, name string, dst any) error {
	return db.w.QueryRowContext(ctx, "PRAGMA "+name).Scan(dst)
}
