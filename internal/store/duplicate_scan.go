package store

import (
	"context"
	"time"

	"coalition/internal/directory"
)

// pairsPerInsert is how many duplicate pairs one INSERT writes (4 arguments
// each, well below either engine's limit of bound arguments).
const pairsPerInsert = 500

// ClaimDuplicateScan marks the duplicate scan running as run at the given
// time, unless a scan is running that was updated at or after staleBefore,
// and reports whether it did. The row lock decides between instances asking
// at once: exactly one of them gets the scan.
func (db *DB) ClaimDuplicateScan(ctx context.Context, run string, at, staleBefore time.Time) (bool, error) {
	n, err := db.exec(ctx, `UPDATE duplicate_scans SET run = ?, state = ?, error = '', started_at = ?, updated_at = ?
		WHERE id = 1 AND (state <> ? OR updated_at < ?)`,
		run, string(directory.JobRunning), at, at, string(directory.JobRunning), staleBefore)
	return n == 1, wrap("claim duplicate scan", err)
}

// SaveDuplicateScanProgress records that run is still scanning, or returns
// ErrStale when run no longer holds the scan.
func (db *DB) SaveDuplicateScanProgress(ctx context.Context, run string, at time.Time) error {
	n, err := db.exec(ctx, `UPDATE duplicate_scans SET updated_at = ? WHERE id = 1 AND run = ? AND state = ?`,
		at, run, string(directory.JobRunning))
	return wrap("save duplicate scan progress", heldBy(n, err))
}

// FinishDuplicateScan ends run: without a failure as done, its pairs
// replacing the kept ones in the same transaction; with one as failed,
// keeping the pairs of the last scan that succeeded. A run that no longer
// holds the scan changes nothing and gets ErrStale.
func (db *DB) FinishDuplicateScan(ctx context.Context, run string, pairs []directory.Pair, failure *directory.JobError, at time.Time) error {
	msg, err := encodeJobError(failure)
	if err != nil {
		return wrap("finish duplicate scan", err)
	}
	state := directory.JobDone
	if failure != nil {
		state = directory.JobFailed
	}
	err = db.writeTx(ctx, func(q txq) error {
		n, err := q.exec(ctx, `UPDATE duplicate_scans SET state = ?, error = ?, updated_at = ?, finished_at = ?
			WHERE id = 1 AND run = ? AND state = ?`, string(state), msg, at, at, run, string(directory.JobRunning))
		if err = heldBy(n, err); err != nil || failure != nil {
			return err
		}
		return q.replacePairs(ctx, pairs)
	})
	return wrap("finish duplicate scan", err)
}

// heldBy turns an update of the scan's row that touched none into ErrStale.
func heldBy(n int64, err error) error {
	if err == nil && n == 0 {
		return ErrStale
	}
	return err
}

// replacePairs deletes the kept pairs and inserts pairs.
func (q txq) replacePairs(ctx context.Context, pairs []directory.Pair) error {
	if _, err := q.exec(ctx, `DELETE FROM duplicate_pairs`); err != nil {
		return err
	}
	for len(pairs) > 0 {
		batch := pairs[:min(pairsPerInsert, len(pairs))]
		pairs = pairs[len(batch):]
		args := make([]any, 0, 4*len(batch))
		values := make([]byte, 0, 12*len(batch))
		for i, p := range batch {
			if i > 0 {
				values = append(values, ',')
			}
			values = append(values, "(?,?,?,?)"...)
			args = append(args, p.A, p.B, p.Score, encodeCodes(p.Reasons))
		}
		if _, err := q.exec(ctx, `INSERT INTO duplicate_pairs (org_a, org_b, score, reasons) VALUES `+string(values), args...); err != nil {
			return err
		}
	}
	return nil
}

// DuplicateScan returns the state of the duplicate scan and the number of
// pairs kept.
func (db *DB) DuplicateScan(ctx context.Context) (directory.DuplicateScan, error) {
	s, err := get(ctx, db, scanDuplicateScan, `SELECT state, error, started_at, updated_at, finished_at,
		(SELECT COUNT(*) FROM duplicate_pairs) FROM duplicate_scans WHERE id = 1`)
	return s, wrap("duplicate scan", err)
}

func scanDuplicateScan(r rowScanner) (directory.DuplicateScan, error) {
	var s directory.DuplicateScan
	var state, failure string
	err := r.Scan(&state, &failure, scanTime(&s.Started), scanTime(&s.Updated), scanTime(&s.Finished), &s.Pairs)
	if err != nil {
		return s, err
	}
	s.State = directory.JobState(state)
	s.Error, err = decodeJobError(failure)
	return s, err
}

// DuplicatePairs returns up to limit kept pairs from offset on, best first,
// then by A and B.
func (db *DB) DuplicatePairs(ctx context.Context, offset, limit int) ([]directory.Pair, error) {
	ps, err := list(ctx, db, scanPair, `SELECT org_a, org_b, score, reasons FROM duplicate_pairs
		ORDER BY score DESC, org_a, org_b LIMIT ? OFFSET ?`, limit, offset)
	return ps, wrap("duplicate pairs", err)
}

func scanPair(r rowScanner) (directory.Pair, error) {
	var p directory.Pair
	var reasons string
	if err := r.Scan(&p.A, &p.B, &p.Score, &reasons); err != nil {
		return p, err
	}
	var err error
	p.Reasons, err = decodeCodes(reasons)
	return p, err
}

// ForgetDuplicatePairs deletes the kept pairs that involve the organization id.
func (db *DB) ForgetDuplicatePairs(ctx context.Context, id int64) error {
	_, err := db.exec(ctx, `DELETE FROM duplicate_pairs WHERE org_a = ? OR org_b = ?`, id, id)
	return wrap("forget duplicate pairs", err)
}
