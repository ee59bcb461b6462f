package web

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// Limits of the import jobs of one instance.
const (
	maxRunningImports = 2              // imports running at once
	importTimeout     = 2 * time.Hour  // an import still running then is cancelled
	importJobKeep     = 24 * time.Hour // how long a finished job's report stays
	importJobMax      = 200            // jobs kept; the oldest finished ones go first
	importJobIDBytes  = 16             // random bytes of a job id
)

// errImportBusy answers an import while maxRunningImports are running.
var errImportBusy = i18n.NewError(errs.ErrRateLimited, "", "import.form.busy")

// importJob is one import running, or run, in the background. Only the user
// who started it can see it.
type importJob struct {
	ID      string
	Owner   int64
	Entity  directory.Entity
	File    string
	DryRun  bool
	Started time.Time

	done, total atomic.Int64 // progress: bytes read of the file's size (total ≤ 0: unknown)

	mu       sync.Mutex
	finished time.Time
	report   directory.Report
	err      error
}

// importState is a consistent view of a job.
type importState struct {
	Done, Total int64
	Finished    bool
	Report      directory.Report
	Err         error
}

// state returns the job's progress or its outcome.
func (j *importJob) state() importState {
	j.mu.Lock()
	defer j.mu.Unlock()
	return importState{Done: j.done.Load(), Total: j.total.Load(), Finished: !j.finished.IsZero(),
		Report: j.report, Err: j.err}
}

// progress records how far the import has read.
func (j *importJob) progress(done, total int64) {
	j.done.Store(done)
	j.total.Store(total)
}

// importJobs is the registry of import jobs. It lives in the memory of one
// instance: a report is seen on the instance that ran the import (behind a
// load balancer, sessions must stick to an instance for the progress page),
// and a restart forgets it. The imported records themselves are in the
// database, like any others.
type importJobs struct {
	mu   sync.Mutex
	jobs map[string]*importJob
}

// newImportJobs returns an empty registry.
func newImportJobs() *importJobs { return &importJobs{jobs: map[string]*importJob{}} }

// get returns the job with id if owner started it.
func (js *importJobs) get(id string, owner int64) (*importJob, bool) {
	js.mu.Lock()
	defer js.mu.Unlock()
	j, ok := js.jobs[id]
	return j, ok && j.Owner == owner
}

// start registers j under a new id and runs run in the background; cleanup
// runs when it ends, whatever happens. It refuses when too many imports run.
func (js *importJobs) start(j *importJob, logger *slog.Logger, run func(context.Context) (directory.Report, error), cleanup func()) error {
	js.mu.Lock()
	defer js.mu.Unlock()
	js.prune(time.Now())
	running := 0
	for _, o := range js.jobs {
		if !o.state().Finished {
			running++
		}
	}
	if running >= maxRunningImports {
		return errImportBusy
	}
	j.ID, j.Started = newImportJobID(), time.Now()
	js.jobs[j.ID] = j
	go js.run(j, logger, run, cleanup)
	return nil
}

// run runs one job to its end and records the outcome.
func (js *importJobs) run(j *importJob, logger *slog.Logger, run func(context.Context) (directory.Report, error), cleanup func()) {
	ctx, cancel := context.WithTimeout(context.Background(), importTimeout)
	var rep directory.Report
	var err error
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("import panicked: %v", p)
		}
		cancel()
		cleanup()
		if err != nil && !isUserError(err) {
			logger.Error("import failed", slog.String("job", j.ID), slog.String("file", j.File), slog.Any("error", err))
		}
		j.mu.Lock()
		j.finished, j.report, j.err = time.Now(), rep, err
		j.mu.Unlock()
	}()
	rep, err = run(ctx)
}

// prune forgets finished jobs older than importJobKeep, and the oldest
// finished ones beyond importJobMax. The caller holds js.mu.
func (js *importJobs) prune(now time.Time) {
	var oldest *importJob
	for id, j := range js.jobs {
		st := j.state()
		if st.Finished && now.Sub(j.Started) > importJobKeep {
			delete(js.jobs, id)
		} else if st.Finished && (oldest == nil || j.Started.Before(oldest.Started)) {
			oldest = j
		}
	}
	if len(js.jobs) >= importJobMax && oldest != nil {
		delete(js.jobs, oldest.ID)
	}
}

// newImportJobID returns a random, unguessable job id.
func newImportJobID() string {
	b := make([]byte, importJobIDBytes)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b)
}

// isUserError reports whether err is a problem with the user's file rather
// than with the program.
func isUserError(err error) bool { return userErrorKey(err) != "" }
