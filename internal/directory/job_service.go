package directory

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"coalition/internal/i18n"
)

// jobSaveTimeout bounds the write that records a job's end, which must
// happen even when the job was cancelled.
const jobSaveTimeout = 30 * time.Second

// jobIDBytes is how many random bytes make a job id.
const jobIDBytes = 16

// Jobs runs imports and the duplicate scan in the background of the
// instance that starts them, and keeps their state in the database, so that
// behind a load balancer every instance shows their progress and results.
// The running instance saves the progress every JobBeat; a job it stops
// saving is shown as lost after JobStaleAfter. Make one with NewJobs; Close
// stops its jobs.
type Jobs struct {
	// Logger receives the failures of the background work (default slog.Default()).
	Logger *slog.Logger

	store JobStore
	dir   *Service
	now   func() time.Time
	beat  time.Duration

	mu      sync.Mutex
	imports int // imports running on this instance

	ctx    context.Context // of the running jobs, cancelled by Close
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// NewJobs returns the jobs of one instance: their state in store, their
// work done by dir.
func NewJobs(store JobStore, dir *Service) *Jobs {
	ctx, cancel := context.WithCancel(context.Background())
	return &Jobs{store: store, dir: dir, now: func() time.Time { return time.Now().UTC() }, beat: JobBeat,
		ctx: ctx, cancel: cancel}
}

// SetClock replaces the clock that stamps and judges the jobs' progress, for
// tests.
func (j *Jobs) SetClock(now func() time.Time) { j.now = now }

// Close cancels the jobs running on this instance and waits until each has
// recorded its end ("job.interrupted"). Call it before closing the store.
func (j *Jobs) Close() {
	j.cancel()
	j.wg.Wait()
}

// Wait waits until the jobs running on this instance have ended, for tests.
func (j *Jobs) Wait() { j.wg.Wait() }

func (j *Jobs) logger() *slog.Logger {
	if j.Logger == nil {
		return slog.Default()
	}
	return j.Logger
}

// go runs fn as a job of this instance.
func (j *Jobs) goRun(fn func()) {
	j.wg.Add(1)
	go func() {
		defer j.wg.Done()
		fn()
	}()
}

// heartbeat calls save every beat until stop is called, which waits for a
// save in progress. Failures are logged: the job goes on, and if the saves
// keep failing it is eventually shown as lost.
func (j *Jobs) heartbeat(ctx context.Context, what string, save func(context.Context) error) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(j.beat)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := save(ctx); err != nil && ctx.Err() == nil {
					j.logger().Warn("save job progress", slog.String("job", what), slog.Any("error", err))
				}
			}
		}
	})
	return func() { cancel(); wg.Wait() }
}

// saveContext is the context of the write that records a job's end.
func saveContext() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), jobSaveTimeout)
}

// guard runs fn, turning a panic into an error.
func guard(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return fn()
}

// failure is what users see of err, a job's outcome: nothing for nil; the
// message of a LocalizedError; "job.interrupted" when Close stopped the job;
// otherwise "error.internal", and err is logged with what names the job.
func (j *Jobs) failure(err error, what string, attrs ...any) *JobError {
	var le *i18n.LocalizedError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &le):
		return &JobError{Key: le.Key, Args: le.Args}
	case j.ctx.Err() != nil && errors.Is(err, context.Canceled):
		return &JobError{Key: "job.interrupted"}
	}
	j.logger().Error(what+" failed", append(attrs, slog.Any("error", err))...)
	return &JobError{Key: "error.internal"}
}

// lost reports whether a job in state, last updated at updated, has been
// abandoned by the instance that ran it.
func (j *Jobs) lost(state JobState, updated time.Time) bool {
	return state == JobRunning && j.now().Sub(updated) > JobStaleAfter
}

// errJobLost is what a lost job shows.
var errJobLost = &JobError{Key: "job.lost"}

// newJobID returns a random, unguessable job id.
func newJobID() string {
	b := make([]byte, jobIDBytes)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b)
}
