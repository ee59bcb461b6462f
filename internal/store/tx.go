package store

import (
	"context"
	"database/sql"
	"strings"
)

// txq runs statements inside a write transaction with the dialect's placeholder
// rebinding, argument encoding and error mapping, as DB.exec and DB.insert do
// outside one.
type txq struct {
	d  dialect
	tx *sql.Tx
}

// exec runs a statement and returns the number of rows it touched.
func (q txq) exec(ctx context.Context, query string, args ...any) (int64, error) {
	res, err := q.tx.ExecContext(ctx, q.d.rebind(query), q.d.args(args)...)
	if err != nil {
		return 0, q.d.mapErr(err)
	}
	n, err := res.RowsAffected()
	return n, q.d.mapErr(err)
}

// execOne runs a statement that must touch exactly one row; none is ErrNotFound.
func (q txq) execOne(ctx context.Context, query string, args ...any) error {
	n, err := q.exec(ctx, query, args...)
	if err == nil && n == 0 {
		err = ErrNotFound
	}
	return err
}

// insert runs an INSERT ... RETURNING id and returns the id.
func (q txq) insert(ctx context.Context, query string, args ...any) (int64, error) {
	var id int64
	err := q.tx.QueryRowContext(ctx, q.d.rebind(query+" RETURNING id"), q.d.args(args)...).Scan(&id)
	return id, q.d.mapErr(err)
}

// row runs a query for one row and scans it into dest; no row is ErrNotFound.
func (q txq) row(ctx context.Context, query string, args []any, dest ...any) error {
	err := q.tx.QueryRowContext(ctx, q.d.rebind(query), q.d.args(args)...).Scan(dest...)
	return q.d.mapErr(err)
}

// writeTx runs fn in a write transaction with a txq.
func (db *DB) writeTx(ctx context.Context, fn func(q txq) error) error {
	return db.inTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		return fn(txq{d: db.d, tx: tx})
	})
}

// valueRows returns the VALUES of n rows of cols placeholders each:
// "(?, ?), (?, ?)".
func valueRows(n, cols int) string {
	row := "(" + strings.Repeat("?, ", cols-1) + "?)"
	return strings.Repeat(row+", ", n-1) + row
}

// placeholders returns n comma-separated ? placeholders.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	b := make([]byte, 0, 2*n)
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '?')
	}
	return string(b)
}
