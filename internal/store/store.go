// Package store is the only package in Coalition that talks to a database. It
// keeps one hand-written implementation of every query, in the SQL subset that
// SQLite (modernc.org/sqlite, the embedded default) and PostgreSQL (pgx) share,
// and a small dialect value for the few real differences: placeholders, time
// encoding, error codes and column types in the migrations.
//
// Conventions every query follows:
//   - queries are written with ? placeholders; the dialect rebinds them to $n;
//   - time.Time arguments are encoded by the dialect (UTC, truncated to
//     microseconds) and time columns are scanned with scanTime, so both engines
//     give identical time.Time values;
//   - a missing row is ErrNotFound, a unique violation ErrConflict, a lost
//     optimistic-concurrency update ErrStale; never a zero value with a nil error.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"coalition/internal/account"
	"coalition/internal/errs"
)

// The error kinds the store returns, re-exported from package errs so callers of
// the store need not import both. Test for them with errors.Is.
var (
	// ErrNotFound means the record asked for does not exist.
	ErrNotFound = errs.ErrNotFound
	// ErrConflict means a unique value is already taken.
	ErrConflict = errs.ErrConflict
	// ErrStale means an update lost an optimistic-concurrency race.
	ErrStale = errs.ErrStale
)

// ErrNewerSchema means the database was migrated by a newer Coalition binary than
// this one; running against it could corrupt data, so the program must stop.
var ErrNewerSchema = errors.New("store: database schema is newer than this program")

var _ account.Store = (*DB)(nil)

// pingTimeout bounds how long Open waits for the database when the caller's
// context has no deadline of its own.
const pingTimeout = 15 * time.Second

// DB is a connection to the Coalition database. It is safe for concurrent use.
// On SQLite it holds one writer connection, used for every write, beside a pool
// of read-only connections; on PostgreSQL one pool serves both.
type DB struct {
	d   dialect
	w   *sql.DB // writes and write transactions
	r   *sql.DB // reads; the same pool as w on PostgreSQL
	wal *walKeeper
}

// Open connects to the database named by url and checks that it answers. It does
// not migrate; call Migrate or CheckVersion next.
//
// A url starting with postgres:// or postgresql:// selects PostgreSQL. Anything
// else selects SQLite: sqlite:PATH, sqlite://PATH, file:PATH or a plain path; the
// file and its parent folder are created when missing.
func Open(ctx context.Context, url string) (*DB, error) {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, pingTimeout)
		defer cancel()
	}
	if strings.HasPrefix(url, "postgres://") || strings.HasPrefix(url, "postgresql://") {
		return openPostgres(ctx, url)
	}
	return openSQLite(ctx, url)
}

// Ping checks that the database answers, for readiness probes.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.w.PingContext(ctx); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	if db.r != db.w {
		if err := db.r.PingContext(ctx); err != nil {
			return fmt.Errorf("store: ping readers: %w", err)
		}
	}
	return nil
}

// Close closes every connection.
func (db *DB) Close() error {
	if db.d.engine == sqliteDialect.engine {
		_ = db.wal.truncate(context.Background(), db.w) // no log is left beside the closed file
	}
	err := db.w.Close()
	if db.r != db.w {
		err = errors.Join(err, db.r.Close())
	}
	return err
}

// Engine names the database engine: "sqlite" or "postgres".
func (db *DB) Engine() string { return db.d.engine }

// Stats reports the read pool's statistics (on PostgreSQL, the one pool), for
// metrics.
func (db *DB) Stats() sql.DBStats { return db.r.Stats() }

// openError is a short, one-line error for a database that cannot be opened; it
// still unwraps to the driver's error.
type openError struct {
	msg string
	err error
}

func (e *openError) Error() string { return e.msg }
func (e *openError) Unwrap() error { return e.err }

// rootCause follows the chain of wrapped errors to its innermost one, the part
// worth showing (e.g. "connection refused"); for a joined error it follows the
// first branch.
func rootCause(err error) error {
	for {
		var next error
		switch e := err.(type) {
		case interface{ Unwrap() error }:
			next = e.Unwrap()
		case interface{ Unwrap() []error }:
			if errs := e.Unwrap(); len(errs) > 0 {
				next = errs[0]
			}
		}
		if next == nil {
			return err
		}
		err = next
	}
}
