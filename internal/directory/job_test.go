package directory_test

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/store"
	"coalition/internal/store/storetest"
)

// heldRows is a table of organizations whose reading stops before row hold
// (counting data rows from 1) until release is closed; endless goes on for
// ever with good rows.
type heldRows struct {
	rows    [][]string // the header, then the data rows
	i       int
	hold    int
	release chan struct{}
	once    sync.Once
	endless bool
}

// newHeldRows makes n good rows and one with a bad e-mail address, held
// before row hold.
func newHeldRows(n, hold int) *heldRows {
	rows := [][]string{{"name", "country", "email"}}
	for i := range n {
		rows = append(rows, []string{fmt.Sprintf("Biedrība %04d", i), "LV", ""})
	}
	rows = append(rows, []string{"Broken Row Society", "LV", "not-an-address"})
	return &heldRows{rows: rows, hold: hold, release: make(chan struct{})}
}

func (h *heldRows) Header() []string { return h.rows[0] }
func (h *heldRows) Next() bool {
	if h.i+1 == h.hold {
		<-h.release
	}
	h.i++
	return h.endless || h.i < len(h.rows)
}
func (h *heldRows) Row() []string {
	if h.endless {
		return []string{fmt.Sprintf("Endless %d", h.i), "LV", ""}
	}
	return h.rows[h.i]
}
func (h *heldRows) RowErr() error                 { return nil }
func (h *heldRows) Line() int                     { return h.i + 1 }
func (h *heldRows) Err() error                    { return nil }
func (h *heldRows) Progress() (done, total int64) { return int64(h.i), int64(len(h.rows) - 1) }

// free lets the reading go on; tests also call it when they end, so that a
// failed test does not leave a job waiting.
func (h *heldRows) free() { h.once.Do(func() { close(h.release) }) }

// jobsEnv is a directory with its jobs on a fresh SQLite database.
type jobsEnv struct {
	db   *store.DB
	dir  *directory.Service
	jobs *directory.Jobs
}

func newJobsEnv(t *testing.T) jobsEnv {
	t.Helper()
	db := storetest.OpenSQLite(t)
	e := jobsEnv{db: db, dir: directory.NewService(db)}
	e.jobs = e.newJobs(t)
	return e
}

// newJobs returns another instance's jobs on the same database.
func (e jobsEnv) newJobs(t *testing.T) *directory.Jobs {
	jobs := directory.NewJobs(e.db, e.dir)
	t.Cleanup(jobs.Close)
	return jobs
}

// user stores a user who can own jobs.
func (e jobsEnv) user(t *testing.T, email string) directory.Actor {
	t.Helper()
	u := account.User{Email: email, PasswordHash: "x"}
	if err := e.db.CreateUser(t.Context(), &u); err != nil {
		t.Fatal(err)
	}
	return directory.Actor{UserID: u.ID}
}

// startImport starts importing rows for actor and counts the finish calls.
func (e jobsEnv) startImport(t *testing.T, actor directory.Actor, rows directory.Rows, dryRun bool, finished *atomic.Int32) (directory.ImportJob, error) {
	t.Helper()
	spec := directory.ImportSpec{Entity: directory.EntityOrganization, File: "biedrības.csv",
		Options: directory.ImportOptions{DryRun: dryRun}}
	return e.jobs.StartImport(t.Context(), actor, spec, rows, func() { finished.Add(1) })
}

// waitJob polls the job until ok accepts it.
func (e jobsEnv) waitJob(t *testing.T, actor directory.Actor, id string, ok func(directory.ImportJob) bool) directory.ImportJob {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		j, err := e.jobs.ImportJob(t.Context(), actor, id)
		if err != nil {
			t.Fatal(err)
		}
		if ok(j) {
			return j
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s: %+v", id, j)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestImportJobSavesProgressAndReport(t *testing.T) {
	e := newJobsEnv(t)
	anna := e.user(t, "anna@example.org")
	rows := newHeldRows(1500, 1200)
	t.Cleanup(rows.free)
	var finished atomic.Int32
	job, err := e.startImport(t, anna, rows, false, &finished)
	if err != nil {
		t.Fatal(err)
	}
	if job.State != directory.JobRunning || job.Total != 1501 || job.File != "biedrības.csv" {
		t.Fatalf("started job = %+v", job)
	}
	running := e.waitJob(t, anna, job.ID, func(j directory.ImportJob) bool { return j.Done == 1000 })
	if running.State != directory.JobRunning || running.Total != 1501 || finished.Load() != 0 {
		t.Errorf("running job = %+v (finished %d times)", running, finished.Load())
	}
	rows.free()
	done := e.waitJob(t, anna, job.ID, func(j directory.ImportJob) bool { return j.State != directory.JobRunning })
	e.jobs.Wait()
	rep := done.Report
	if done.State != directory.JobDone || done.Error != nil || rep.Created != 1500 || rep.Rejected != 1 ||
		len(rep.Problems) != 1 || rep.Problems[0].Row != 1502 || rep.Problems[0].Key != "validation.email" {
		t.Errorf("finished job = %+v, report %+v", done, rep)
	}
	if done.Finished.IsZero() || finished.Load() != 1 {
		t.Errorf("finished at %v, finish called %d times", done.Finished, finished.Load())
	}
}

func TestImportJobIsPrivate(t *testing.T) {
	e := newJobsEnv(t)
	anna, boris := e.user(t, "anna@example.org"), e.user(t, "boris@example.org")
	var finished atomic.Int32
	job, err := e.startImport(t, anna, newHeldRows(2, 0), true, &finished)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.jobs.ImportJob(t.Context(), boris, job.ID); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("another user's job: %v", err)
	}
	if _, err := e.jobs.ImportJob(t.Context(), anna, "unknown"); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("unknown job: %v", err)
	}
}

func TestImportJobsBusyOnOneInstance(t *testing.T) {
	e := newJobsEnv(t)
	anna := e.user(t, "anna@example.org")
	var finished atomic.Int32
	var held []*heldRows
	for range directory.MaxRunningImports {
		rows := newHeldRows(3, 1)
		t.Cleanup(rows.free)
		held = append(held, rows)
		if _, err := e.startImport(t, anna, rows, true, &finished); err != nil {
			t.Fatal(err)
		}
	}
	_, err := e.startImport(t, anna, newHeldRows(3, 0), true, &finished)
	wantLocalized(t, err, errs.ErrRateLimited, "", "import.form.busy")
	if finished.Load() != 1 {
		t.Errorf("the refused import's finish ran %d times, want 1", finished.Load())
	}
	other := e.newJobs(t)
	if _, err := other.StartImport(t.Context(), anna, directory.ImportSpec{Entity: directory.EntityOrganization},
		newHeldRows(3, 0), func() { finished.Add(1) }); err != nil {
		t.Errorf("another instance refused an import: %v", err)
	}
	for _, rows := range held {
		rows.free()
	}
}

// TestImportJobLostWithItsInstance reads a running job whose instance
// stopped saving progress: it shows as failed, lost.
func TestImportJobLostWithItsInstance(t *testing.T) {
	e := newJobsEnv(t)
	anna := e.user(t, "anna@example.org")
	at := time.Now().Add(-directory.JobStaleAfter - time.Second)
	j := directory.ImportJob{ID: "gone", Owner: anna.UserID, Entity: directory.EntityOrganization, State: directory.JobRunning,
		Started: at, Updated: at}
	if err := e.db.CreateImportJob(t.Context(), j); err != nil {
		t.Fatal(err)
	}
	got, err := e.jobs.ImportJob(t.Context(), anna, "gone")
	if err != nil || got.State != directory.JobFailed || got.Error == nil || got.Error.Key != "job.lost" {
		t.Fatalf("lost job = %+v, %v", got, err)
	}
	if err := e.db.SaveImportProgress(t.Context(), "gone", 1, 2, time.Now()); err != nil {
		t.Fatal(err)
	}
	if got, _ := e.jobs.ImportJob(t.Context(), anna, "gone"); got.State != directory.JobRunning {
		t.Errorf("a job with fresh progress = %+v", got)
	}
}

// TestCloseInterruptsRunningJobs stops an instance while it imports: the job
// records that it was interrupted before Close returns.
func TestCloseInterruptsRunningJobs(t *testing.T) {
	e := newJobsEnv(t)
	anna := e.user(t, "anna@example.org")
	rows := newHeldRows(1, 0)
	rows.endless = true
	var finished atomic.Int32
	job, err := e.startImport(t, anna, rows, true, &finished)
	if err != nil {
		t.Fatal(err)
	}
	e.jobs.Close()
	got, err := e.jobs.ImportJob(t.Context(), anna, job.ID)
	if err != nil || got.State != directory.JobFailed || got.Error == nil || got.Error.Key != "job.interrupted" || finished.Load() != 1 {
		t.Fatalf("interrupted job = %+v (%v), error %+v", got, err, got.Error)
	}
}

func TestPurgeImportJobs(t *testing.T) {
	e := newJobsEnv(t)
	anna := e.user(t, "anna@example.org")
	var finished atomic.Int32
	job, err := e.startImport(t, anna, newHeldRows(2, 0), true, &finished)
	if err != nil {
		t.Fatal(err)
	}
	e.jobs.Wait()
	if n, err := e.jobs.PurgeImportJobs(t.Context()); err != nil || n != 0 {
		t.Fatalf("purge of a new job = %d, %v", n, err)
	}
	e.jobs.SetClock(func() time.Time { return time.Now().Add(directory.JobKeep + time.Hour) })
	if n, err := e.jobs.PurgeImportJobs(t.Context()); err != nil || n != 1 {
		t.Fatalf("purge of an old job = %d, %v", n, err)
	}
	if _, err := e.jobs.ImportJob(t.Context(), anna, job.ID); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("purged job: %v", err)
	}
}

// TestDuplicateScanOnceAcrossInstances asks two instances to scan at once:
// one scan runs, and both see its pairs.
func TestDuplicateScanOnceAcrossInstances(t *testing.T) {
	e := newJobsEnv(t)
	for _, o := range []directory.Organization{{Name: "Zaļā josta", Country: "LV"}, {Name: "Biedrība Zaļā Josta", Country: "LV"}} {
		if _, err := e.dir.CreateOrg(t.Context(), alice, o); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	if ok, err := e.db.ClaimDuplicateScan(t.Context(), "other instance", now, now.Add(-directory.JobStaleAfter)); !ok || err != nil {
		t.Fatal(ok, err)
	}
	instances := []*directory.Jobs{e.jobs, e.newJobs(t)}
	for i, jobs := range instances {
		if ok, err := jobs.StartDuplicateScan(t.Context()); ok || err != nil {
			t.Errorf("instance %d started a scan while another instance runs one: %v, %v", i, ok, err)
		}
	}
	if err := e.db.FinishDuplicateScan(t.Context(), "other instance", nil, nil, time.Now()); err != nil {
		t.Fatal(err)
	}
	var started atomic.Int32
	var wg sync.WaitGroup
	for _, jobs := range instances {
		wg.Go(func() {
			ok, err := jobs.StartDuplicateScan(t.Context())
			if err != nil {
				t.Error(err)
			}
			if ok {
				started.Add(1)
			}
		})
	}
	wg.Wait()
	// One claim wins; the other instance starts a scan only if the first
	// one has finished by then, never while it runs.
	if n := started.Load(); n < 1 {
		t.Fatalf("%d scans started after the other instance's ended", n)
	}
	for _, jobs := range instances {
		jobs.Wait()
	}
	for i, jobs := range instances {
		s, err := jobs.DuplicateScan(t.Context())
		if err != nil || s.State != directory.JobDone || s.Pairs != 1 || s.Finished.IsZero() {
			t.Errorf("instance %d: scan %+v, %v", i, s, err)
		}
		ps, err := jobs.DuplicatePairs(t.Context(), 0, 10)
		if err != nil || len(ps) != 1 {
			t.Errorf("instance %d: pairs %+v, %v", i, ps, err)
		}
	}
}

// TestDuplicateScanLostWithItsInstance finds a scan whose instance stopped:
// it shows as failed, lost, and a new scan may start.
func TestDuplicateScanLostWithItsInstance(t *testing.T) {
	e := newJobsEnv(t)
	at := time.Now().Add(-directory.JobStaleAfter - time.Second)
	if ok, err := e.db.ClaimDuplicateScan(t.Context(), "dead", at, at.Add(-directory.JobStaleAfter)); !ok || err != nil {
		t.Fatal(ok, err)
	}
	s, err := e.jobs.DuplicateScan(t.Context())
	if err != nil || s.State != directory.JobFailed || s.Error == nil || s.Error.Key != "job.lost" {
		t.Fatalf("lost scan = %+v, %v", s, err)
	}
	if ok, err := e.jobs.StartDuplicateScan(t.Context()); !ok || err != nil {
		t.Fatalf("a new scan after a lost one: %v, %v", ok, err)
	}
	e.jobs.Wait()
	if s, _ := e.jobs.DuplicateScan(t.Context()); s.State != directory.JobDone {
		t.Errorf("scan = %+v", s)
	}
}
