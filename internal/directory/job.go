package directory

import (
	"context"
	"time"
)

// JobState is where a background job stands.
type JobState string

// The states of a job. A duplicate scan that never ran has the state "".
const (
	JobRunning JobState = "running"
	JobDone    JobState = "done"
	JobFailed  JobState = "failed"
)

// The timing of background jobs. The instance running a job saves its
// progress every JobBeat; a running job whose progress was not saved for
// JobStaleAfter is taken as lost (the instance running it stopped) and is
// shown as failed, with the message "job.lost". Finished import jobs stay
// JobKeep.
const (
	JobBeat       = time.Second
	JobStaleAfter = 2 * time.Minute
	JobKeep       = 7 * 24 * time.Hour
)

// JobError is why a job failed: the catalog key and arguments of the
// message users see ("error.internal" for a fault of the program, which is
// logged where the job ran).
type JobError struct {
	Key  string `json:"key"`
	Args []any  `json:"args,omitempty"`
}

// ImportJob is an import that runs, or ran, in the background of the
// instance that received the file. Its state is in the database, so every
// instance can show its progress and report; only the user who started it
// may see it.
type ImportJob struct {
	ID          string
	Owner       int64 // the user who started it
	Entity      Entity
	File        string // the file's name as the user sent it
	DryRun      bool
	State       JobState
	Done, Total int64     // bytes read of the file's size (Total ≤ 0: rows read, size unknown)
	Report      Report    // when State is JobDone
	Error       *JobError // when State is JobFailed
	Started     time.Time
	Updated     time.Time // the last progress saved
	Finished    time.Time // zero while running
}

// ImportSpec says what an import job imports: the kind of records, the
// file's name as the user knows it, and how (Options.Progress is the job's).
type ImportSpec struct {
	Entity  Entity
	File    string
	Options ImportOptions
}

// DuplicateScan is the state of the full duplicate scan of organizations,
// one for the whole directory, and of the pairs it keeps.
type DuplicateScan struct {
	State    JobState // "" before the first scan
	Started  time.Time
	Updated  time.Time // the last progress saved
	Finished time.Time // of the last scan that ended; zero before one did
	Error    *JobError // why the last scan failed, when State is JobFailed
	Pairs    int       // pairs kept: from the last scan that succeeded, less those merged since
}

// JobStore keeps import jobs and the duplicate scan. A missing job is
// errs.ErrNotFound.
type JobStore interface {
	ImportJobStore
	DuplicateScanStore
}

// ImportJobStore keeps import jobs.
type ImportJobStore interface {
	CreateImportJob(ctx context.Context, j ImportJob) error
	// SaveImportProgress sets a job's Done, Total and Updated.
	SaveImportProgress(ctx context.Context, id string, done, total int64, at time.Time) error
	// FinishImportJob saves the end of a job: State, progress, Report, Error
	// and Finished, which is also its Updated.
	FinishImportJob(ctx context.Context, j ImportJob) error
	ImportJob(ctx context.Context, id string) (ImportJob, error)
	// PurgeImportJobs deletes the jobs not updated since before.
	PurgeImportJobs(ctx context.Context, before time.Time) (int64, error)
}

// DuplicateScanStore keeps the duplicate scan. A scan is held by its run id
// from ClaimDuplicateScan on; saving or finishing a run that no longer holds
// the scan (another instance took over a lost one) is errs.ErrStale.
type DuplicateScanStore interface {
	// ClaimDuplicateScan marks the scan running as run, unless it is running
	// and was updated at or after staleBefore; it reports whether it did.
	ClaimDuplicateScan(ctx context.Context, run string, at, staleBefore time.Time) (bool, error)
	SaveDuplicateScanProgress(ctx context.Context, run string, at time.Time) error
	// FinishDuplicateScan ends run: with failure nil, done, its pairs
	// replacing the kept ones; otherwise failed, the kept pairs unchanged.
	FinishDuplicateScan(ctx context.Context, run string, pairs []Pair, failure *JobError, at time.Time) error
	DuplicateScan(ctx context.Context) (DuplicateScan, error)
	// DuplicatePairs returns kept pairs, best first, then by A and B.
	DuplicatePairs(ctx context.Context, offset, limit int) ([]Pair, error)
	// ForgetDuplicatePairs deletes the kept pairs that involve the organization id.
	ForgetDuplicatePairs(ctx context.Context, id int64) error
}
