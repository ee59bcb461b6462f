package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"time"
)

// migrationFiles holds migrations/<engine>/NNNN_name.sql. Both engines have the
// same numbers; a test checks it.
//
//go:embed migrations
var migrationFiles embed.FS

// migration is one numbered step of the schema.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations maps an engine to its steps in order, numbered 1, 2, 3, ...
var migrations = map[string][]migration{
	sqliteDialect.engine:   mustLoadMigrations(sqliteDialect.engine),
	postgresDialect.engine: mustLoadMigrations(postgresDialect.engine),
}

var migrationName = regexp.MustCompile(`^(\d{4})_([a-z0-9_]+)\.sql$`)

// loadMigrations reads an engine's embedded steps and checks their numbering.
func loadMigrations(fsys fs.FS, engine string) ([]migration, error) {
	entries, err := fs.ReadDir(fsys, path.Join("migrations", engine))
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		m := migrationName.FindStringSubmatch(e.Name())
		if m == nil {
			return nil, fmt.Errorf("store: migration file %s/%s: name must be NNNN_name.sql", engine, e.Name())
		}
		body, err := fs.ReadFile(fsys, path.Join("migrations", engine, e.Name()))
		if err != nil {
			return nil, err
		}
		v, _ := strconv.Atoi(m[1])
		if v != len(out)+1 {
			return nil, fmt.Errorf("store: migration %s/%s: expected number %d", engine, e.Name(), len(out)+1)
		}
		out = append(out, migration{version: v, name: m[2], sql: string(body)})
	}
	return out, nil
}

func mustLoadMigrations(engine string) []migration {
	ms, err := loadMigrations(migrationFiles, engine)
	if err != nil {
		panic(err) // the files are embedded at build time; the package's tests catch this
	}
	return ms
}

// LatestVersion is the schema version this program migrates to: the highest
// migration number.
func LatestVersion() int { return len(migrations[sqliteDialect.engine]) }

// Migrate applies every migration the database lacks, each in its own
// transaction, and returns how many it applied. It refuses a database migrated by
// a newer program with ErrNewerSchema. Several instances may call it at once:
// on PostgreSQL an advisory lock, on SQLite the write lock, lets one migrate
// while the others wait, and then find nothing left to do.
func (db *DB) Migrate(ctx context.Context) (applied int, err error) {
	current, err := db.SchemaVersion(ctx)
	if err != nil {
		return 0, err
	}
	if err := versionCheck(current); err != nil {
		return 0, err
	}
	for _, m := range migrations[db.d.engine] {
		if m.version <= current {
			continue
		}
		done, err := db.applyMigration(ctx, m)
		if err != nil {
			return applied, fmt.Errorf("store: migration %04d_%s: %w", m.version, m.name, err)
		}
		if done {
			applied++
		}
	}
	return applied, nil
}

// applyMigration runs one step unless another instance has just run it.
func (db *DB) applyMigration(ctx context.Context, m migration) (applied bool, err error) {
	err = db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		if err := db.lockVersionTable(ctx, tx); err != nil {
			return err
		}
		var n int
		q := db.d.rebind("SELECT COUNT(*) FROM schema_version WHERE version = ?")
		if err := tx.QueryRowContext(ctx, q, m.version).Scan(&n); err != nil || n > 0 {
			return err
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return err
		}
		if step := migrationSteps[m.version]; step != nil {
			if err := step(ctx, txq{d: db.d, tx: tx}); err != nil {
				return err
			}
		}
		applied = true
		return db.recordVersion(ctx, tx, m.version)
	})
	return applied, err
}

// lockVersionTable takes the migration lock (PostgreSQL) and creates the
// schema_version table when it is missing.
func (db *DB) lockVersionTable(ctx context.Context, tx *sql.Tx) error {
	if db.d.migrationLock != "" {
		if _, err := tx.ExecContext(ctx, db.d.migrationLock); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, db.d.versionTable)
	return err
}

func (db *DB) recordVersion(ctx context.Context, tx *sql.Tx, version int) error {
	q := db.d.rebind("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")
	_, err := tx.ExecContext(ctx, q, db.d.args([]any{version, time.Now()})...)
	return err
}

// SchemaVersion returns the database's schema version: the highest migration
// applied, 0 for an empty database.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	n, err := get(ctx, db, scanInt, db.d.hasVersionTable)
	if err != nil || n == 0 {
		return 0, wrap("schema version", err)
	}
	v, err := get(ctx, db, scanInt, "SELECT COALESCE(MAX(version), 0) FROM schema_version")
	return v, wrap("schema version", err)
}

// CheckVersion returns ErrNewerSchema when the database was migrated by a newer
// program than this one. An older database passes; Migrate brings it up to date.
func (db *DB) CheckVersion(ctx context.Context) error {
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	return versionCheck(v)
}

func versionCheck(v int) error {
	if v > LatestVersion() {
		return fmt.Errorf("%w (database version %d, this program knows up to %d)", ErrNewerSchema, v, LatestVersion())
	}
	return nil
}

// ForceSchemaVersion records the database as being at version v without running
// any migration: recorded versions above v are forgotten and v is recorded. It is
// for tests and for repairing a database by hand; Migrate never needs it.
func (db *DB) ForceSchemaVersion(ctx context.Context, v int) error {
	err := db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		if err := db.lockVersionTable(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, db.d.rebind("DELETE FROM schema_version WHERE version >= ?"), v); err != nil {
			return err
		}
		if v <= 0 {
			return nil
		}
		return db.recordVersion(ctx, tx, v)
	})
	return wrap("force schema version", err)
}

// wrap prefixes a non-nil error with "store: " and what was being done.
func wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("store: %s: %w", what, err)
}
