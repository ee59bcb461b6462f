package store

import (
	"context"
	"database/sql"
)

// rowScanner is what *sql.Row and *sql.Rows have in common.
type rowScanner interface{ Scan(dest ...any) error }

// exec runs a write on the writer connection and returns the number of rows it
// touched.
func (db *DB) exec(ctx context.Context, q string, args ...any) (int64, error) {
	res, err := db.w.ExecContext(ctx, db.d.rebind(q), db.d.args(args)...)
	if err != nil {
		return 0, db.d.mapErr(err)
	}
	n, err := res.RowsAffected()
	return n, db.d.mapErr(err)
}

// execOne runs a write that must touch exactly one row; none is ErrNotFound.
func (db *DB) execOne(ctx context.Context, q string, args ...any) error {
	n, err := db.exec(ctx, q, args...)
	if err == nil && n == 0 {
		err = ErrNotFound
	}
	return err
}

// insert runs an INSERT ... RETURNING id on the writer and returns the id.
func (db *DB) insert(ctx context.Context, q string, args ...any) (int64, error) {
	var id int64
	err := db.w.QueryRowContext(ctx, db.d.rebind(q+" RETURNING id"), db.d.args(args)...).Scan(&id)
	return id, db.d.mapErr(err)
}

// get runs a query for one row on the read pool and scans it with scan. No row
// is ErrNotFound.
func get[T any](ctx context.Context, db *DB, scan func(rowScanner) (T, error), q string, args ...any) (T, error) {
	v, err := scan(db.r.QueryRowContext(ctx, db.d.rebind(q), db.d.args(args)...))
	return v, db.d.mapErr(err)
}

// list runs a query on the read pool and scans every row with scan. No rows is
// an empty, non-nil slice.
func list[T any](ctx context.Context, db *DB, scan func(rowScanner) (T, error), q string, args ...any) ([]T, error) {
	rows, err := db.r.QueryContext(ctx, db.d.rebind(q), db.d.args(args)...)
	if err != nil {
		return nil, db.d.mapErr(err)
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, db.d.mapErr(err)
		}
		out = append(out, v)
	}
	return out, db.d.mapErr(rows.Err())
}

// scanInt scans a single integer column, such as a COUNT(*).
func scanInt(r rowScanner) (int, error) {
	var n int
	err := r.Scan(&n)
	return n, err
}

// txFunc is the body of a write transaction.
type txFunc func(ctx context.Context, tx *sql.Tx) error

// inTx runs fn in a write transaction on the writer connection (BEGIN IMMEDIATE
// on SQLite) and commits when fn returns nil. Inside fn, use tx only: the writer
// has one connection on SQLite, so db.exec would wait for ever.
func (db *DB) inTx(ctx context.Context, fn txFunc) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return db.d.mapErr(err)
	}
	if err := fn(ctx, tx); err != nil {
		_ = tx.Rollback()
		return db.d.mapErr(err)
	}
	return db.d.mapErr(tx.Commit())
}
