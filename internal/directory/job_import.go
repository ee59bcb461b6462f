package directory

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// Limits of the import jobs of one instance.
const (
	MaxRunningImports = 2             // imports running at once on one instance
	ImportTimeout     = 2 * time.Hour // an import still running then is cancelled
)

// errImportBusy answers an import while MaxRunningImports run on this instance.
var errImportBusy = i18n.NewError(errs.ErrRateLimited, "", "import.form.busy")

// jobProgress is an import's progress as the importer reports it.
type jobProgress struct{ done, total atomic.Int64 }

func (p *jobProgress) set(done, total int64) { p.done.Store(done); p.total.Store(total) }

func (p *jobProgress) get() (done, total int64) { return p.done.Load(), p.total.Load() }

// StartImport records a new import job of actor and imports rows in the
// background of this instance as spec says, saving the progress every
// JobBeat and the report, or why it failed, at the end. finish runs when
// the job ends (it closes and removes the file), or at once when the job
// cannot start: when MaxRunningImports already run here (import.form.busy),
// or when it cannot be recorded.
func (j *Jobs) StartImport(ctx context.Context, actor Actor, spec ImportSpec, rows Rows, finish func()) (ImportJob, error) {
	if !j.reserveImport() {
		finish()
		return ImportJob{}, errImportBusy
	}
	p := &jobProgress{}
	if pr, ok := rows.(progressReporter); ok {
		p.set(pr.Progress())
	}
	now := j.now()
	job := ImportJob{ID: newJobID(), Owner: actor.UserID, Entity: spec.Entity, File: spec.File,
		DryRun: spec.Options.DryRun, State: JobRunning, Started: now, Updated: now}
	job.Done, job.Total = p.get()
	if err := j.store.CreateImportJob(ctx, job); err != nil {
		j.releaseImport()
		finish()
		return ImportJob{}, fmt.Errorf("start import: %w", err)
	}
	j.goRun(func() { j.runImport(job, actor, spec, rows, p, finish) })
	return job, nil
}

// reserveImport counts an import in, unless MaxRunningImports run.
func (j *Jobs) reserveImport() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.imports >= MaxRunningImports {
		return false
	}
	j.imports++
	return true
}

func (j *Jobs) releaseImport() {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.imports--
}

// runImport runs one import to its end and records it.
func (j *Jobs) runImport(job ImportJob, actor Actor, spec ImportSpec, rows Rows, p *jobProgress, finish func()) {
	defer j.releaseImport()
	defer finish()
	ctx, cancel := context.WithTimeout(j.ctx, ImportTimeout)
	defer cancel()
	spec.Options.Progress = p.set
	stop := j.heartbeat(ctx, job.ID, func(ctx context.Context) error {
		done, total := p.get()
		return j.store.SaveImportProgress(ctx, job.ID, done, total, j.now())
	})
	err := guard(func() (err error) {
		if spec.Entity == EntityPerson {
			job.Report, err = j.dir.ImportPeople(ctx, actor, rows, spec.Options)
		} else {
			job.Report, err = j.dir.ImportOrgs(ctx, actor, rows, spec.Options)
		}
		return err
	})
	stop()
	job.Done, job.Total = p.get()
	j.finishImport(job, err)
}

// finishImport records the end of job, which err ended.
func (j *Jobs) finishImport(job ImportJob, err error) {
	job.State, job.Finished = JobDone, j.now()
	if job.Error = j.failure(err, "import", slog.String("job", job.ID), slog.String("file", job.File)); job.Error != nil {
		job.State = JobFailed
	}
	ctx, cancel := saveContext()
	defer cancel()
	if err := j.store.FinishImportJob(ctx, job); err != nil {
		j.logger().Error("record the end of an import", slog.String("job", job.ID), slog.Any("error", err))
	}
}

// ImportJob returns the import job id of actor; a job of another user is
// not found. A running job whose progress was not saved for JobStaleAfter
// comes back failed with "job.lost": the instance running it stopped.
func (j *Jobs) ImportJob(ctx context.Context, actor Actor, id string) (ImportJob, error) {
	job, err := j.store.ImportJob(ctx, id)
	if err != nil {
		return ImportJob{}, err
	}
	if job.Owner != actor.UserID {
		return ImportJob{}, fmt.Errorf("import job of another user: %w", errs.ErrNotFound)
	}
	if j.lost(job.State, job.Updated) {
		job.State, job.Error = JobFailed, errJobLost
	}
	return job, nil
}

// PurgeImportJobs deletes the import jobs that ended, or were lost, more
// than JobKeep ago and returns how many it deleted. Every instance may run
// it: the deletes are idempotent.
func (j *Jobs) PurgeImportJobs(ctx context.Context) (int64, error) {
	return j.store.PurgeImportJobs(ctx, j.now().Add(-JobKeep))
}
