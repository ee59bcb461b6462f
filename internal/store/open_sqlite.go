package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// sqlitePragmas are set on the writer connection. The driver runs
// busy_timeout first, so that the others wait for a lock instead of failing
// with SQLITE_BUSY, and the rest in alphabetical order; sqliteDSN asks for WAL
// mode after them.
//
// A new database gets pages of 16 KiB (an existing one keeps its own): with
// SQLite's default of 4 KiB, importing 100,000 organizations made 76,000
// writes and 37,000 reads of single pages (into the log, and from it into the
// database), with 16 KiB 14,000 and 4,600; a million-row import took 18–21 s
// instead of 27–29 s, and the file came out 4 % smaller. The writer keeps
// statement journals in memory and has a page cache of 16 MiB (the default
// is 2 MiB, which made that import spill pages mid-transaction and take 27 s;
// 64 MiB took as long as 16 and held 240 MB more).
var sqlitePragmas = []string{"busy_timeout(10000)", "page_size(16384)", "temp_store(MEMORY)", "cache_size(-16384)",
	"foreign_keys(1)", "synchronous(NORMAL)"}

// sqliteReaderPragmas are set on the read pool's connections. The writer has
// already switched the file to WAL (a persistent setting); query_only makes a
// write sent to the read pool by mistake fail loudly.
var sqliteReaderPragmas = []string{"busy_timeout(10000)", "foreign_keys(1)", "query_only(1)"}

// openSQLite opens the writer connection and the read pool on one file.
func openSQLite(ctx context.Context, rawURL string) (*DB, error) {
	path, extra, err := sqlitePath(rawURL)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, &openError{fmt.Sprintf("store: cannot create folder for sqlite database %s: %v", path, rootCause(err)), err}
	}
	w, err := openSQLitePool(ctx, path, sqliteDSN(path, sqlitePragmas, "immediate", extra), 1)
	if err != nil {
		return nil, err
	}
	var pageSize int64
	if err := w.QueryRowContext(ctx, "PRAGMA page_size").Scan(&pageSize); err != nil {
		return nil, errors.Join(fmt.Errorf("store: sqlite page size: %w", err), w.Close())
	}
	readers := max(4, runtime.GOMAXPROCS(0))
	r, err := openSQLitePool(ctx, path, sqliteDSN(path, sqliteReaderPragmas, "", extra), readers)
	if err != nil {
		return nil, errors.Join(err, w.Close())
	}
	return &DB{d: sqliteDialect, w: w, r: r, wal: newWALKeeper(pageSize)}, nil
}

// openSQLitePool opens a pool of at most n connections and pings it, which
// creates the file and applies the pragmas.
func openSQLitePool(ctx context.Context, path, dsn string, n int) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite: %w", err)
	}
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxIdleTime(0)
	db.SetConnMaxLifetime(0)
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, &openError{fmt.Sprintf("store: cannot open sqlite database %s: %v", path, rootCause(err)), err}
	}
	return db, nil
}

// sqlitePath takes the file path and any extra driver parameters out of a URL of
// the form sqlite:PATH, sqlite://PATH, file:PATH or PATH.
func sqlitePath(rawURL string) (path string, extra url.Values, err error) {
	s := rawURL
	for _, prefix := range []string{"sqlite://", "sqlite:", "file:"} {
		if rest, ok := strings.CutPrefix(s, prefix); ok {
			s = rest
			break
		}
	}
	path, query, _ := strings.Cut(s, "?")
	if path == "" || strings.HasPrefix(path, ":memory:") || strings.Contains(path, "mode=memory") {
		return "", nil, fmt.Errorf("store: sqlite needs a file path, got %q", rawURL)
	}
	extra, err = url.ParseQuery(query)
	if err != nil {
		return "", nil, fmt.Errorf("store: sqlite parameters in %q: %w", rawURL, err)
	}
	return filepath.Clean(path), extra, nil
}

// sqliteDSN builds the modernc.org/sqlite data source name. The writer's
// (the one with a txlock) also asks for WAL mode, which the driver sets after
// the pragmas, so that a new file gets its page size first: WAL mode fixes it.
// Parameters given in the URL come after the house ones.
func sqliteDSN(path string, pragmas []string, txlock string, extra url.Values) string {
	var q []string
	for _, p := range pragmas {
		q = append(q, "_pragma="+url.QueryEscape(p))
	}
	if txlock != "" {
		q = append(q, "_txlock="+txlock, "_journal_mode=WAL")
	}
	if enc := extra.Encode(); enc != "" {
		q = append(q, enc)
	}
	return path + "?" + strings.Join(q, "&")
}
