package store

import "context"

// Checkpoint moves SQLite's write-ahead log into the database file and truncates
// the log, so the file size on disk is the database's size. It does nothing on
// PostgreSQL.
func (db *DB) Checkpoint(ctx context.Context) error {
	if db.d.engine != sqliteDialect.engine {
		return nil
	}
	return db.wal.truncate(ctx, db.w)
}
