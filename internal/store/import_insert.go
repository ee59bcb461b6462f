package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// textDefault reports whether column j has a text DEFAULT, which the INSERT
// writes as COALESCE(?, default) so that the value can be bound as NULL.
func (t importTable) textDefault(j int) bool {
	_, ok := t.defaults[j].(string)
	return ok
}

// insertSQL returns the INSERT for b: the colBatch columns, then the colRow
// ones, then created_at and updated_at (the import's time, as a literal) and
// version 1, n rows. A colBatch value appears in every row under one numbered
// placeholder (?k on SQLite, $k on PostgreSQL); the row values follow in
// order. On SQLite those stay anonymous ?, which SQLite numbers on from the
// batch values: every numbered or named parameter is a name SQLite looks up
// one by one, and thousands of them made binding quadratic.
func (imp *importer) insertSQL(b argBatch, returning bool) string {
	p := placeholderSeq{numbered: imp.q.d.numbered}
	var cols, batchVals []string
	for j, c := range imp.table.columns {
		if b.mask[j] == colBatch {
			cols = append(cols, c)
			batchVals = append(batchVals, p.numberedNext())
		}
	}
	for j, c := range imp.table.columns {
		if b.mask[j] == colRow {
			cols = append(cols, c)
		}
	}
	var s strings.Builder
	s.WriteString(imp.insertVerb() + imp.table.name + " (" + strings.Join(cols, ", ") + ", created_at, updated_at, version) VALUES ")
	for i := range b.n {
		if i > 0 {
			s.WriteByte(',')
		}
		imp.writeRow(&s, b.mask, batchVals, &p)
	}
	if returning {
		s.WriteString(" RETURNING id")
	}
	return s.String()
}

// writeRow writes one row of VALUES: the batch placeholders, one for each
// colRow column (COALESCE(?, d) for a column with a text DEFAULT d), and the
// times and version.
func (imp *importer) writeRow(s *strings.Builder, mask string, batchVals []string, p *placeholderSeq) {
	s.WriteByte('(')
	for _, v := range batchVals {
		s.WriteString(v + ", ")
	}
	for j, st := range mask {
		if st != colRow {
			continue
		}
		if d, ok := imp.table.defaults[j].(string); ok {
			s.WriteString("COALESCE(" + p.next() + ", '" + d + "'), ")
		} else {
			s.WriteString(p.next() + ", ")
		}
	}
	s.WriteString(imp.atText + ", " + imp.atText + ", 1)")
}

// insertVerb begins the import's INSERTs. On SQLite a constraint that fails
// ends the statement without undoing its earlier rows (OR FAIL; the import
// rolls back the whole transaction anyway): a statement that may have to be
// undone makes SQLite copy every index page it touches into a statement
// journal first, a tenth of the writer's time.
func (imp *importer) insertVerb() string {
	if imp.q.d.engine == sqliteDialect.engine {
		return "INSERT OR FAIL INTO "
	}
	return "INSERT INTO "
}

// placeholderSeq writes the placeholders of one statement in order.
type placeholderSeq struct {
	numbered bool // PostgreSQL: $1, $2…
	n        int
}

// numberedNext is the next placeholder, numbered on both engines.
func (p *placeholderSeq) numberedNext() string {
	p.n++
	if p.numbered {
		return "$" + strconv.Itoa(p.n)
	}
	return "?" + strconv.Itoa(p.n)
}

// next is the next placeholder: $n on PostgreSQL, an anonymous ? on SQLite.
func (p *placeholderSeq) next() string {
	p.n++
	if p.numbered {
		return "$" + strconv.Itoa(p.n)
	}
	return "?"
}

// insertRows runs b's INSERT, prepared once per column mask and row count,
// and returns the new ids in ascending order.
//
// On PostgreSQL the ids come from RETURNING, which promises no order; but an
// identity column hands out increasing values in VALUES order within one
// statement, so the sorted ids match the rows. SQLite gives a row without an
// explicit rowid the largest rowid in the table plus one, and the writer holds
// the database lock, so the ids of one INSERT are the n values ending at
// last_insert_rowid(): reading them back through RETURNING cost a quarter of
// the import's time.
func (imp *importer) insertRows(ctx context.Context, b argBatch) ([]int64, error) {
	sqlite := imp.q.d.engine == sqliteDialect.engine
	key := fmt.Sprint(b.n, b.mask)
	stmt, ok := imp.stmts[key]
	if !ok {
		var err error
		if stmt, err = imp.q.tx.PrepareContext(ctx, imp.insertSQL(b, !sqlite)); err != nil {
			return nil, imp.q.d.mapErr(err)
		}
		imp.stmts[key] = stmt
	}
	if sqlite {
		return execRows(ctx, stmt, b.n, b.args)
	}
	return queryIDs(ctx, stmt, b.n, b.args)
}

// execRows runs a SQLite multi-row INSERT and derives the ids from the last one.
func execRows(ctx context.Context, stmt *sql.Stmt, n int, args []any) ([]int64, error) {
	res, err := stmt.ExecContext(ctx, args...)
	if err != nil {
		return nil, sqliteDialect.mapErr(err)
	}
	last, err := res.LastInsertId()
	if err != nil {
		return nil, err
	}
	if got, err := res.RowsAffected(); err != nil || got != int64(n) {
		return nil, fmt.Errorf("insert of %d rows touched %d: %w", n, got, err)
	}
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = last - int64(n-1-i)
	}
	return ids, nil
}

// queryIDs runs a multi-row INSERT ... RETURNING id and returns the ids sorted.
func queryIDs(ctx context.Context, stmt *sql.Stmt, n int, args []any) ([]int64, error) {
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return nil, postgresDialect.mapErr(err)
	}
	defer rows.Close()
	ids := make([]int64, 0, n)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, postgresDialect.mapErr(err)
	}
	slices.Sort(ids)
	return ids, nil
}
