package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// dialect holds what differs between the engines at run time. Column types
// differ too, but only in the migration files.
type dialect struct {
	engine string // "sqlite" or "postgres"
	// numbered is true when placeholders are $1, $2, ... instead of ?.
	numbered bool
	// versionTable creates the migration runner's table if it is missing.
	versionTable string
	// hasVersionTable counts the tables named schema_version (0 or 1).
	hasVersionTable string
	// migrationLock, when set, runs first in every migration transaction so that
	// instances starting at once migrate one after the other. SQLite needs none:
	// BEGIN IMMEDIATE already takes the write lock.
	migrationLock string
}

// migrationLockKey is the PostgreSQL advisory lock key for migrations: the first
// eight bytes of "coalitio" read as a big-endian integer.
const migrationLockKey = 0x636f616c6974696f

var sqliteDialect = dialect{
	engine:          "sqlite",
	versionTable:    `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT`,
	hasVersionTable: `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`,
}

var postgresDialect = dialect{
	engine:          "postgres",
	numbered:        true,
	versionTable:    `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)`,
	hasVersionTable: `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'`,
	migrationLock:   `SELECT pg_advisory_xact_lock(` + strconv.FormatInt(migrationLockKey, 10) + `)`,
}

// rebind turns the ? placeholders of q into $1, $2, ... for PostgreSQL. A ? inside
// a quoted string or identifier is left alone.
func (d dialect) rebind(q string) string {
	if !d.numbered || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 8)
	n := 0
	var quote rune
	for _, c := range q {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?':
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// timeText is how SQLite stores times: UTC, fixed width, so that text order is
// time order and SQLite's own date functions can read it.
const timeText = "2006-01-02T15:04:05.000000Z"

// args encodes query arguments: every time.Time becomes UTC truncated to the
// microsecond (PostgreSQL's precision, which would otherwise round), as a
// time.Time for PostgreSQL and as timeText for SQLite. Other values pass as they
// are; booleans become 0/1 in the SQLite driver.
func (d dialect) args(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if t, ok := a.(time.Time); ok {
			a = d.time(t)
		}
		out[i] = a
	}
	return out
}

func (d dialect) time(t time.Time) any {
	t = t.UTC().Truncate(time.Microsecond)
	if d.engine == "sqlite" {
		return t.Format(timeText)
	}
	return t
}

// nullTime is a query argument for a nullable time column: NULL for the zero time.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// normTime is t as the database gives it back: UTC, truncated to the microsecond.
func normTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// scanTime returns a sql.Scanner that reads a time column of either engine into
// *t. NULL gives the zero time.
func scanTime(t *time.Time) sql.Scanner { return timeScanner{t} }

type timeScanner struct{ t *time.Time }

func (s timeScanner) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*s.t = time.Time{}
	case time.Time:
		*s.t = normTime(v)
	case string:
		return s.parse(v)
	case []byte:
		return s.parse(string(v))
	default:
		return fmt.Errorf("store: cannot scan %T into a time", src)
	}
	return nil
}

func (s timeScanner) parse(v string) error {
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return fmt.Errorf("store: bad time %q: %w", v, err)
	}
	*s.t = normTime(t)
	return nil
}

// mapErr turns driver errors into the store's kinds: no row is ErrNotFound, a
// unique violation ErrConflict, and a missing foreign-key target ErrNotFound. The
// driver's error stays in the chain for logs.
func (d dialect) mapErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, sql.ErrNoRows):
		return ErrNotFound
	case isConstraint(err, sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY, "23505"):
		return fmt.Errorf("%w: %w", ErrConflict, err)
	case isConstraint(err, sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY, 0, "23503"):
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return err
}

// isConstraint reports whether err is the SQLite extended result code code1 or
// code2 (0 for none) or the PostgreSQL SQLSTATE state.
func isConstraint(err error, code1, code2 int, state string) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() == code1 || (code2 != 0 && se.Code() == code2)
	}
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == state
}
