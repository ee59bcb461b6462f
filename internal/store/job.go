package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"coalition/internal/directory"
)

var _ directory.JobStore = (*DB)(nil)

const importJobColumns = `id, owner_id, entity, file, dry_run, state, progress_done, progress_total,
	report, error, started_at, updated_at, finished_at`

// CreateImportJob stores a new import job. A job for a missing user is
// ErrNotFound, an id already taken ErrConflict.
func (db *DB) CreateImportJob(ctx context.Context, j directory.ImportJob) error {
	failure, err := encodeJobError(j.Error)
	if err != nil {
		return wrap("create import job", err)
	}
	_, err = db.exec(ctx, `INSERT INTO import_jobs (`+importJobColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)`,
		j.ID, j.Owner, string(j.Entity), j.File, j.DryRun, string(j.State), j.Done, j.Total,
		failure, j.Started, j.Updated, nullTime(j.Finished))
	return wrap("create import job", err)
}

// SaveImportProgress sets a job's progress and its time, or returns
// ErrNotFound.
func (db *DB) SaveImportProgress(ctx context.Context, id string, done, total int64, at time.Time) error {
	return wrap("save import progress", db.execOne(ctx,
		`UPDATE import_jobs SET progress_done = ?, progress_total = ?, updated_at = ? WHERE id = ?`, done, total, at, id))
}

// FinishImportJob saves a job's end: its state, progress, report, error and
// time (updated_at and finished_at), or returns ErrNotFound.
func (db *DB) FinishImportJob(ctx context.Context, j directory.ImportJob) error {
	report, err := json.Marshal(j.Report)
	if err != nil {
		return wrap("finish import job", err)
	}
	failure, err := encodeJobError(j.Error)
	if err != nil {
		return wrap("finish import job", err)
	}
	return wrap("finish import job", db.execOne(ctx, `UPDATE import_jobs SET state = ?, progress_done = ?, progress_total = ?,
		report = ?, error = ?, updated_at = ?, finished_at = ? WHERE id = ?`,
		string(j.State), j.Done, j.Total, string(report), failure, j.Finished, j.Finished, j.ID))
}

// ImportJob returns the import job with the id, or ErrNotFound.
func (db *DB) ImportJob(ctx context.Context, id string) (directory.ImportJob, error) {
	j, err := get(ctx, db, scanImportJob, `SELECT `+importJobColumns+` FROM import_jobs WHERE id = ?`, id)
	return j, wrap("import job", err)
}

// PurgeImportJobs deletes the jobs not updated since before (finished, or
// lost with their instance) and returns how many it deleted.
func (db *DB) PurgeImportJobs(ctx context.Context, before time.Time) (int64, error) {
	n, err := db.exec(ctx, `DELETE FROM import_jobs WHERE updated_at < ?`, before)
	return n, wrap("purge import jobs", err)
}

func scanImportJob(r rowScanner) (directory.ImportJob, error) {
	var j directory.ImportJob
	var entity, state, report, failure string
	err := r.Scan(&j.ID, &j.Owner, &entity, &j.File, &j.DryRun, &state, &j.Done, &j.Total, &report, &failure,
		scanTime(&j.Started), scanTime(&j.Updated), scanTime(&j.Finished))
	if err != nil {
		return j, err
	}
	j.Entity, j.State = directory.Entity(entity), directory.JobState(state)
	if report != "" {
		if err := decodeJSON(report, &j.Report); err != nil {
			return j, fmt.Errorf("report of import job %s: %w", j.ID, err)
		}
	}
	j.Error, err = decodeJobError(failure)
	return j, err
}

// encodeJobError writes a job's error as JSON, or "" for none.
func encodeJobError(e *directory.JobError) (string, error) {
	if e == nil {
		return "", nil
	}
	b, err := json.Marshal(e)
	return string(b), err
}

// decodeJobError reads what encodeJobError wrote.
func decodeJobError(s string) (*directory.JobError, error) {
	if s == "" {
		return nil, nil
	}
	var e directory.JobError
	if err := decodeJSON(s, &e); err != nil {
		return nil, fmt.Errorf("job error: %w", err)
	}
	return &e, nil
}

// decodeJSON decodes s into v with numbers as json.Number, so that the
// numbers among message arguments come back written as they were (a row
// number 1200000, not 1.2e+06).
func decodeJSON(s string, v any) error {
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.UseNumber()
	return dec.Decode(v)
}
