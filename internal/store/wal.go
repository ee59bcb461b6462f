package store

import (
	"context"
	"database/sql"
	"sync"
	"sync/atomic"
)

// walRestartBytes is the length of SQLite's write-ahead log past which an
// import makes the log start over.
const walRestartBytes = 64 << 20

// newWALKeeper returns the keeper of a database of pages of pageSize bytes.
func newWALKeeper(pageSize int64) *walKeeper {
	k := &walKeeper{pageSize: max(pageSize, 512)}
	k.restartAfter(walRestartBytes)
	return k
}

// restartAfter sets the length of the log, in bytes, past which an import
// makes it start over.
func (k *walKeeper) restartAfter(bytes int64) { k.restartAt = max(bytes/k.pageSize, 1) }

// walKeeper keeps SQLite's write-ahead log short while imports write a lot.
//
// After each large import transaction a read connection copies the log into
// the database in the background (a passive checkpoint), while the writer
// goes on. But SQLite starts the log over only once a checkpoint has reached
// its end, which a background checkpoint never does while the writer keeps
// appending: left alone, a million-row import grew the log to 2.2 GB, and
// every page read slowed down as it grew. So before an import transaction,
// once the log is longer than restartAt, the writer waits for the
// background checkpoint and checkpoints what is left (RESTART): the
// transaction then writes the log from its beginning. The log is counted in
// pages (frames), so the limit in bytes is divided by the database's page size.
type walKeeper struct {
	running   sync.Mutex   // held while a background checkpoint runs
	frames    atomic.Int64 // the log's length at the last checkpoint
	pageSize  int64        // the database's page size, in bytes
	restartAt int64        // walRestartBytes in pages, or less in tests
}

// checkpointInBackground runs a passive checkpoint on a read connection of r,
// unless one is running already. A failure is harmless: the next checkpoint
// catches up.
func (k *walKeeper) checkpointInBackground(r *sql.DB) {
	if !k.running.TryLock() {
		return
	}
	go func() {
		defer k.running.Unlock()
		k.checkpoint(context.Background(), r.QueryRowContext, "PASSIVE")
	}()
}

// keepShort makes the transaction about to begin on conn start the log over
// when the log has grown past restartAt.
func (k *walKeeper) keepShort(ctx context.Context, conn *sql.Conn) error {
	if k.frames.Load() < k.restartAt {
		return nil
	}
	k.running.Lock() // wait for the background checkpoint
	defer k.running.Unlock()
	return k.checkpoint(ctx, conn.QueryRowContext, "RESTART")
}

// truncate copies the whole log into the database and truncates it, once the
// background checkpoint has ended (two checkpoints at once leave the log as
// it is).
func (k *walKeeper) truncate(ctx context.Context, w *sql.DB) error {
	k.running.Lock()
	defer k.running.Unlock()
	return k.checkpoint(ctx, w.QueryRowContext, "TRUNCATE")
}

// checkpoint runs a checkpoint of the given mode and remembers the length of
// the log it leaves (0 once the log starts over).
func (k *walKeeper) checkpoint(ctx context.Context, query func(context.Context, string, ...any) *sql.Row, mode string) error {
	var busy, logFrames, copied int64
	if err := query(ctx, "PRAGMA wal_checkpoint("+mode+")").Scan(&busy, &logFrames, &copied); err != nil {
		return sqliteDialect.mapErr(err)
	}
	if busy == 0 && mode != "PASSIVE" {
		logFrames = 0
	}
	k.frames.Store(logFrames)
	return nil
}
