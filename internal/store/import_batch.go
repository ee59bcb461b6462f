package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"sync"
	"time"

	"coalition/internal/directory"
)

// importBatch is how many rows one multi-row INSERT carries on the import fast
// path: at most 24 placeholders per organization, well below both engines'
// limits. BenchmarkImportOrgs chose it (250 to 1000 measure the same).
const importBatch = 500

// importTable describes a table the import fast path writes: its write columns
// in the order of argsOf's values, and the values a column takes when left
// out of an INSERT (its DEFAULT). A column without a DEFAULT has a nil entry.
type importTable struct {
	name     string
	entity   directory.Entity
	columns  []string
	defaults []any
}

var orgTable = newImportTable("organizations", directory.EntityOrganization, orgWriteColumns, orgWriteArgs(&directory.Organization{}, ""))

// newImportTable builds an importTable from a column list and the write
// values of a zero record, which are the columns' DEFAULTs; the first column
// (the name) is always written.
func newImportTable(name string, e directory.Entity, columns string, zero []any) importTable {
	t := importTable{name: name, entity: e, defaults: zero}
	for _, c := range strings.Split(columns, ",") {
		t.columns = append(t.columns, strings.TrimSpace(c))
	}
	t.defaults[0] = nil
	return t
}

// largeImport is the number of rows from which importTx hands the WAL
// checkpoint to a read connection.
const largeImport = 2 * importBatch

// importTx is writeTx for an import of rows rows. After a large import on
// SQLite, the WAL holds every page the import wrote; SQLite's automatic
// checkpoint would copy them into the database on the writer, inside the
// commit (about a tenth of the import's time). Instead the writer's
// automatic checkpoint is off while it commits, and a read connection
// (checkpoints are allowed there) copies the WAL in the background while the
// writer goes on with the next write. The automatic checkpoint is on again
// for every other write. (A larger page cache for the transaction, and
// dropping indexes, measured no faster.)
func (db *DB) importTx(ctx context.Context, rows int, fn func(q txq) error) error {
	if db.d.engine != sqliteDialect.engine || rows < largeImport {
		return db.writeTx(ctx, fn)
	}
	defer func() {
		_, _ = db.w.ExecContext(context.WithoutCancel(ctx), "PRAGMA wal_autocheckpoint = 1000")
		db.checkpointInBackground()
	}()
	return db.writeTx(ctx, func(q txq) error {
		if _, err := q.tx.ExecContext(ctx, "PRAGMA wal_autocheckpoint = 0"); err != nil {
			return err
		}
		return fn(q)
	})
}

// checkpointing holds the databases whose background checkpoint is running,
// so that imports in quick succession start one at a time.
var checkpointing sync.Map

// checkpointInBackground runs a passive WAL checkpoint on a read connection,
// unless one is running already. A failure is harmless: the writer's
// automatic checkpoint catches up.
func (db *DB) checkpointInBackground() {
	if _, running := checkpointing.LoadOrStore(db, true); running {
		return
	}
	go func() {
		defer checkpointing.Delete(db)
		_, _ = db.r.ExecContext(context.Background(), "PRAGMA wal_checkpoint(PASSIVE)")
	}()
}

// splitByID returns the indexes of the rows to create (id 0) and to update.
func splitByID(n int, idOf func(int) int64) (creates, updates []int) {
	for i := range n {
		if idOf(i) == 0 {
			creates = append(creates, i)
		} else {
			updates = append(updates, i)
		}
	}
	return creates, updates
}

// importer writes the rows of one import run inside its transaction.
type importer struct {
	q      txq
	at     time.Time
	atText string // at as a SQL literal: the same in every row, so not bound per row
	userID int64
	source string
	table  importTable
	stmts  map[string]*sql.Stmt // prepared INSERTs by column mask and row count
}

func newImporter(q txq, at time.Time, userID int64, source string, t importTable) *importer {
	return &importer{q: q, at: at, atText: "'" + at.UTC().Format(timeText) + "'", userID: userID, source: source,
		table: t, stmts: map[string]*sql.Stmt{}}
}

// close releases the prepared statements.
func (imp *importer) close() {
	for _, s := range imp.stmts {
		_ = s.Close()
	}
}

// create inserts the rows idx, a batch per statement, and returns their ids in
// the order of idx. argsOf gives a row's write values (times must already be
// encoded: prepared statements take arguments as they are). It runs on
// another goroutine, a batch or two ahead of the database, so that computing
// name keys and JSON overlaps with the database's work.
func (imp *importer) create(ctx context.Context, idx []int, argsOf func(int) []any) ([]int64, error) {
	out := make([]int64, 0, len(idx))
	done := make(chan struct{})
	defer close(done)
	for b := range imp.table.batches(idx, argsOf, done) {
		ids, err := imp.insertRows(ctx, b)
		if err != nil {
			return nil, err
		}
		if err := imp.record(ctx, ids, "create"); err != nil {
			return nil, err
		}
		out = append(out, ids...)
	}
	return out, nil
}

// Column states in an argBatch's mask. They only move forward (default to
// batch to row, or default to row) during an import, so that one import
// prepares a handful of INSERTs, not one per pattern of batches.
const (
	colDefault = '0' // left out: every row so far held the column's DEFAULT
	colBatch   = 'b' // one bound value for the whole batch (a source, a kind…)
	colRow     = 'r' // one bound value per row
)

// argBatch is the arguments of one multi-row INSERT of n rows: first the
// values of the colBatch columns, then the colRow values row after row.
type argBatch struct {
	n    int
	mask string
	args []any
}

// batches computes each batch's arguments on its own goroutine, at most two
// batches ahead, until done is closed. Binding fewer values is the largest
// saving on SQLite, where every bound text is copied: a column that holds its
// DEFAULT in every row is left out, and one that holds one value in every row
// of a batch is bound once for the batch.
func (t importTable) batches(idx []int, argsOf func(int) []any, done <-chan struct{}) <-chan argBatch {
	ch := make(chan argBatch, 2)
	state := make([]byte, len(t.columns))
	for j := range state {
		state[j] = colDefault
		if t.defaults[j] == nil {
			state[j] = colBatch
		}
	}
	go func() {
		defer close(ch)
		for batch := range slices.Chunk(idx, importBatch) {
			select {
			case ch <- t.batch(batch, argsOf, state):
			case <-done:
				return
			}
		}
	}()
	return ch
}

// batch builds one argBatch, moving state forward as the rows require.
func (t importTable) batch(batch []int, argsOf func(int) []any, state []byte) argBatch {
	rows := make([][]any, len(batch))
	for k, i := range batch {
		rows[k] = argsOf(i)
	}
	for j := range state {
		allDefault, allSame := true, true
		for _, row := range rows {
			allDefault = allDefault && row[j] == t.defaults[j]
			allSame = allSame && row[j] == rows[0][j]
		}
		switch {
		case state[j] == colDefault && !allDefault && allSame, state[j] == colBatch && allSame:
			state[j] = colBatch
		case state[j] != colDefault || !allDefault:
			state[j] = colRow
		}
	}
	return argBatch{n: len(batch), mask: string(state), args: t.compact(rows, state)}
}

// compact returns the colBatch values of the first row, then the colRow values
// of every row. A text column's DEFAULT becomes NULL: the INSERT writes such a
// column as COALESCE(?, default), and a NULL costs no copy of a text.
func (t importTable) compact(rows [][]any, state []byte) []any {
	args := make([]any, 0, len(rows)*len(state))
	for j, st := range state {
		if st == colBatch {
			args = append(args, rows[0][j])
		}
	}
	for _, row := range rows {
		for j, v := range row {
			switch {
			case state[j] != colRow:
			case t.textDefault(j) && v == t.defaults[j]:
				args = append(args, nil)
			default:
				args = append(args, v)
			}
		}
	}
	return args
}
