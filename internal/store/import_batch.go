package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"slices"
	"strings"
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

// importTx is writeTx for an import; fn returns the number of rows it wrote.
//
// On SQLite it takes the writer connection for the transaction, with
// settings of its own that it puts back afterwards. After a large import the
// WAL holds every page the import wrote; SQLite's automatic checkpoint would
// copy them into the database on the writer, inside the commit (about a tenth
// of the import's time). Instead the writer's automatic checkpoint is off for
// the transaction, and a read connection (checkpoints are allowed there)
// copies the WAL in the background while the writer goes on with the next
// write; walKeeper keeps the log from growing without bound. (A larger page
// cache for the transaction, and dropping indexes, measured no faster.)
//
// With skipFK the transaction does not check foreign keys: a table with one
// makes SQLite copy every index page a multi-row INSERT touches into a
// statement journal, in case the statement has to be undone. Only a caller
// whose rows cannot break a foreign key may ask for it (an organization import
// leaves merged_into empty, and its name keys point at the rows it has just
// written). Checking is on again before the connection serves anything else;
// a connection on which that fails is discarded.
func (db *DB) importTx(ctx context.Context, skipFK bool, fn func(q txq) (int, error)) error {
	if db.d.engine != sqliteDialect.engine {
		return db.writeTx(ctx, func(q txq) error { _, err := fn(q); return err })
	}
	conn, err := db.w.Conn(ctx)
	if err != nil {
		return db.d.mapErr(err)
	}
	defer conn.Close()
	pragmas := []string{"wal_autocheckpoint = 0"}
	if skipFK {
		pragmas = append(pragmas, "foreign_keys = OFF")
	}
	defer restoreWriter(ctx, conn)
	if err := db.wal.keepShort(ctx, conn); err != nil {
		return err
	}
	if err := setPragmas(ctx, conn, pragmas); err != nil {
		return err
	}
	rows := 0
	err = db.connTx(ctx, conn, func(q txq) (err error) {
		rows, err = fn(q)
		return err
	})
	if err == nil && rows >= largeImport {
		db.wal.checkpointInBackground(db.r)
	}
	return err
}

// setPragmas runs PRAGMA p for each p on conn.
func setPragmas(ctx context.Context, conn *sql.Conn, pragmas []string) error {
	for _, p := range pragmas {
		if _, err := conn.ExecContext(ctx, "PRAGMA "+p); err != nil {
			return sqliteDialect.mapErr(err)
		}
	}
	return nil
}

// restoreWriter turns the writer's automatic checkpoint and foreign keys on
// again; when it cannot, the connection is discarded.
func restoreWriter(ctx context.Context, conn *sql.Conn) {
	ctx = context.WithoutCancel(ctx)
	if setPragmas(ctx, conn, []string{"foreign_keys = ON", "wal_autocheckpoint = 1000"}) != nil {
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	}
}

// connTx runs fn in a transaction on conn.
func (db *DB) connTx(ctx context.Context, conn *sql.Conn, fn func(q txq) error) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return db.d.mapErr(err)
	}
	if err := fn(txq{d: db.d, tx: tx}); err != nil {
		_ = tx.Rollback()
		return db.d.mapErr(err)
	}
	return db.d.mapErr(tx.Commit())
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
	state  []byte               // the column states of the INSERTs so far (see colDefault), moving forward
	rows   [][]any              // the rows of the batch being written
	args   []any                // its arguments
}

func newImporter(q txq, at time.Time, userID int64, source string, t importTable) *importer {
	return &importer{q: q, at: at, atText: "'" + at.UTC().Format(timeText) + "'", userID: userID, source: source,
		table: t, stmts: map[string]*sql.Stmt{}, state: t.initialState()}
}

// close releases the prepared statements.
func (imp *importer) close() {
	for _, s := range imp.stmts {
		_ = s.Close()
	}
}

// create inserts the rows idx, a batch per statement, and returns their ids in
// the order of idx. args holds every row's write values (times must already
// be encoded: prepared statements take arguments as they are), computed
// before the transaction or by the importer on its own goroutine, so that the
// writer only writes.
func (imp *importer) create(ctx context.Context, idx []int, args [][]any) ([]int64, error) {
	out := make([]int64, 0, len(idx))
	for batch := range slices.Chunk(idx, importBatch) {
		ids, err := imp.insertRows(ctx, imp.batch(batch, args))
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

// initialState is the column states before the first batch: every column at
// its DEFAULT, except those without one.
func (t importTable) initialState() []byte {
	state := make([]byte, len(t.columns))
	for j := range state {
		state[j] = colDefault
		if t.defaults[j] == nil {
			state[j] = colBatch
		}
	}
	return state
}

// batch builds one argBatch, moving imp.state forward as the rows require.
// Its arguments live in a buffer that the next batch reuses: the driver has
// copied them once the INSERT has run.
func (imp *importer) batch(batch []int, args [][]any) argBatch {
	t, state := imp.table, imp.state
	rows := imp.rows[:0]
	for _, i := range batch {
		rows = append(rows, args[i])
	}
	imp.rows = rows
	for j := range state {
		if state[j] == colRow {
			continue // it stays one
		}
		allDefault, allSame := true, true
		for _, row := range rows {
			allDefault = allDefault && row[j] == t.defaults[j]
			allSame = allSame && row[j] == rows[0][j]
			if !allDefault && !allSame {
				break
			}
		}
		switch {
		case state[j] == colDefault && !allDefault && allSame, state[j] == colBatch && allSame:
			state[j] = colBatch
		case state[j] != colDefault || !allDefault:
			state[j] = colRow
		}
	}
	imp.args = t.compact(imp.args[:0], rows, state)
	return argBatch{n: len(batch), mask: string(state), args: imp.args}
}

// compact appends the colBatch values of the first row, then the colRow
// values of every row, to args. A text column's DEFAULT becomes NULL: the
// INSERT writes such a column as COALESCE(?, default), and a NULL costs no
// copy of a text.
func (t importTable) compact(args []any, rows [][]any, state []byte) []any {
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
