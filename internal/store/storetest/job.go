package storetest

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store"
)

// The behaviours of import jobs and the duplicate scan, run with the rest of
// the contract.
func init() {
	behaviours = append(behaviours,
		behaviour{"ImportJobLifecycle", testImportJobLifecycle},
		behaviour{"ImportJobMissingAndBadOwner", testImportJobMissing},
		behaviour{"ImportJobPurge", testImportJobPurge},
		behaviour{"DuplicateScanClaim", testDuplicateScanClaim},
		behaviour{"DuplicateScanClaimConcurrently", testDuplicateScanClaimConcurrently},
		behaviour{"DuplicateScanFinish", testDuplicateScanFinish},
		behaviour{"DuplicateScanTakenOver", testDuplicateScanTakenOver},
	)
}

// newImportJob stores a running job of a new user, started at base.
func newImportJob(t *testing.T, db *store.DB, id string) directory.ImportJob {
	t.Helper()
	u := newUser(t, db, id+"@example.org")
	j := directory.ImportJob{ID: id, Owner: u.ID, Entity: directory.EntityPerson, File: "Ļaudis.csv", DryRun: true,
		State: directory.JobRunning, Total: 2000, Started: base, Updated: base}
	must(t, "CreateImportJob", db.CreateImportJob(ctx(t), j))
	return j
}

// testImportJobLifecycle stores a job, its progress and its end, and reads
// each back: the report with its problems, numbers written as they were.
func testImportJobLifecycle(t *testing.T, db *store.DB) {
	j := newImportJob(t, db, "job-1")
	got, err := db.ImportJob(ctx(t), j.ID)
	must(t, "ImportJob", err)
	j.Started, j.Updated = norm(base), norm(base)
	wantImportJob(t, "created", got, j)

	at := base.Add(time.Second)
	must(t, "SaveImportProgress", db.SaveImportProgress(ctx(t), j.ID, 1000, 2000, at))
	got, err = db.ImportJob(ctx(t), j.ID)
	must(t, "ImportJob", err)
	j.Done, j.Updated = 1000, norm(at)
	wantImportJob(t, "after progress", got, j)

	j.State, j.Done, j.Finished = directory.JobDone, 2000, norm(base.Add(time.Minute))
	j.Updated = j.Finished
	j.Report = directory.Report{Rows: 3, Created: 2, Rejected: 1, DryRun: true,
		Problems: []directory.RowProblem{{Row: 1200000, Column: "e-pasts", Key: "validation.email"}},
		Warnings: []directory.RowProblem{{Row: 1, Column: "X", Key: "import.unknown_column", Args: []any{"column", "X"}}}}
	must(t, "FinishImportJob", db.FinishImportJob(ctx(t), j))
	got, err = db.ImportJob(ctx(t), j.ID)
	must(t, "ImportJob", err)
	wantImportJob(t, "finished", got, j)
	if s := got.Report.Problems[0].String(); s != `row 1200000, column "e-pasts": validation.email []` {
		t.Errorf("problem = %s", s)
	}

	j.State, j.Error = directory.JobFailed, &directory.JobError{Key: "import.row_too_long", Args: []any{"max", 1024}}
	must(t, "FinishImportJob failed", db.FinishImportJob(ctx(t), j))
	got, err = db.ImportJob(ctx(t), j.ID)
	must(t, "ImportJob", err)
	if got.State != directory.JobFailed || got.Error == nil || got.Error.Key != "import.row_too_long" ||
		fmt.Sprint(got.Error.Args...) != "max1024" {
		t.Errorf("failed job: %+v, error %+v", got, got.Error)
	}
}

// wantImportJob compares jobs as JSON, so that report arguments read back as
// json.Number equal the ints stored.
func wantImportJob(t *testing.T, what string, got, want directory.ImportJob) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("%s:\n got  %s\n want %s", what, g, w)
	}
}

func testImportJobMissing(t *testing.T, db *store.DB) {
	_, err := db.ImportJob(ctx(t), "nope")
	wantErr(t, "ImportJob of a missing job", err, store.ErrNotFound)
	wantErr(t, "SaveImportProgress of a missing job", db.SaveImportProgress(ctx(t), "nope", 1, 2, base), store.ErrNotFound)
	wantErr(t, "FinishImportJob of a missing job", db.FinishImportJob(ctx(t), directory.ImportJob{ID: "nope", State: directory.JobDone}), store.ErrNotFound)
	err = db.CreateImportJob(ctx(t), directory.ImportJob{ID: "orphan", Owner: 424242, State: directory.JobRunning, Started: base, Updated: base})
	wantErr(t, "CreateImportJob of a missing user", err, store.ErrNotFound)
	j := newImportJob(t, db, "twice")
	wantErr(t, "CreateImportJob with a taken id", db.CreateImportJob(ctx(t), j), store.ErrConflict)
}

// testImportJobPurge deletes the jobs not updated since the cut-off, running
// (lost) or finished, and keeps the others.
func testImportJobPurge(t *testing.T, db *store.DB) {
	old, fresh := newImportJob(t, db, "old"), newImportJob(t, db, "fresh")
	must(t, "SaveImportProgress", db.SaveImportProgress(ctx(t), fresh.ID, 1, 2, base.Add(time.Hour)))
	finished := newImportJob(t, db, "finished")
	finished.State, finished.Finished = directory.JobDone, base.Add(-time.Hour)
	must(t, "FinishImportJob", db.FinishImportJob(ctx(t), finished))
	n, err := db.PurgeImportJobs(ctx(t), base.Add(time.Minute))
	must(t, "PurgeImportJobs", err)
	if n != 2 {
		t.Errorf("PurgeImportJobs deleted %d, want 2", n)
	}
	for id, kept := range map[string]bool{old.ID: false, finished.ID: false, fresh.ID: true} {
		if _, err := db.ImportJob(ctx(t), id); (err == nil) != kept {
			t.Errorf("job %s: kept = %v, want %v", id, err == nil, kept)
		}
	}
}

// testDuplicateScanClaim claims the scan: not again while it runs and is
// fresh, again once it is stale or ended.
func testDuplicateScanClaim(t *testing.T, db *store.DB) {
	s, err := db.DuplicateScan(ctx(t))
	must(t, "DuplicateScan", err)
	if s != (directory.DuplicateScan{}) {
		t.Errorf("scan before the first = %+v", s)
	}
	claim := func(run string, at time.Time) bool {
		ok, err := db.ClaimDuplicateScan(ctx(t), run, at, at.Add(-directory.JobStaleAfter))
		must(t, "ClaimDuplicateScan "+run, err)
		return ok
	}
	if !claim("a", base) {
		t.Fatal("the first claim failed")
	}
	if claim("b", base.Add(time.Minute)) {
		t.Error("a running scan was claimed again")
	}
	must(t, "SaveDuplicateScanProgress", db.SaveDuplicateScanProgress(ctx(t), "a", base.Add(2*time.Minute)))
	if claim("b", base.Add(3*time.Minute)) {
		t.Error("a scan with fresh progress was claimed")
	}
	s, err = db.DuplicateScan(ctx(t))
	must(t, "DuplicateScan", err)
	if s.State != directory.JobRunning || s.Started != norm(base) || s.Updated != norm(base.Add(2*time.Minute)) {
		t.Errorf("running scan = %+v", s)
	}
	if !claim("b", base.Add(5*time.Minute)) {
		t.Error("a stale scan could not be taken over")
	}
	must(t, "FinishDuplicateScan", db.FinishDuplicateScan(ctx(t), "b", nil, nil, base.Add(6*time.Minute)))
	if !claim("c", base.Add(6*time.Minute)) {
		t.Error("an ended scan could not be started again")
	}
}

// testDuplicateScanClaimConcurrently claims the scan from several
// goroutines at once: exactly one gets it.
func testDuplicateScanClaimConcurrently(t *testing.T, db *store.DB) {
	var mu sync.Mutex
	won := 0
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			ok, err := db.ClaimDuplicateScan(ctx(t), fmt.Sprint("run", i), base, base.Add(-directory.JobStaleAfter))
			if err != nil {
				t.Errorf("ClaimDuplicateScan: %v", err)
			}
			if ok {
				mu.Lock()
				won++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if won != 1 {
		t.Errorf("%d claims succeeded, want 1", won)
	}
}

// testDuplicateScanFinish keeps the pairs of a scan that succeeded, best
// first, through a failed scan, less the pairs of a merged organization.
func testDuplicateScanFinish(t *testing.T, db *store.DB) {
	var pairs []directory.Pair
	for i := range 1203 { // more than one INSERT
		pairs = append(pairs, directory.Pair{A: int64(i), B: int64(i + 5000), Score: 0.5 + float64(i%7)/20, Reasons: []string{"duplicate.same_name"}})
	}
	pairs[6].Reasons = []string{"duplicate.same_website", "duplicate.other_country"}
	runScan(t, db, "first", base, pairs, nil)
	s, err := db.DuplicateScan(ctx(t))
	must(t, "DuplicateScan", err)
	if s.State != directory.JobDone || s.Pairs != len(pairs) || s.Finished != norm(base.Add(time.Minute)) || s.Error != nil {
		t.Errorf("done scan = %+v", s)
	}
	got, err := db.DuplicatePairs(ctx(t), 0, 3)
	must(t, "DuplicatePairs", err)
	want := []directory.Pair{pairs[6], pairs[13], pairs[20]} // score 0.8, then by A
	if !reflect.DeepEqual(got, want) {
		t.Errorf("best pairs = %+v, want %+v", got, want)
	}
	tail, err := db.DuplicatePairs(ctx(t), len(pairs)-1, 10)
	must(t, "DuplicatePairs at the end", err)
	if len(tail) != 1 || !reflect.DeepEqual(tail[0], pairs[1197]) { // score 0.5, the last A
		t.Errorf("last pair = %+v, want %+v", tail, pairs[1197])
	}

	runScan(t, db, "second", base.Add(time.Hour), nil, &directory.JobError{Key: "error.internal"})
	s, err = db.DuplicateScan(ctx(t))
	must(t, "DuplicateScan", err)
	if s.State != directory.JobFailed || s.Error == nil || s.Error.Key != "error.internal" || s.Pairs != len(pairs) {
		t.Errorf("failed scan = %+v, error %+v", s, s.Error)
	}
	must(t, "ForgetDuplicatePairs", db.ForgetDuplicatePairs(ctx(t), 5006))
	must(t, "ForgetDuplicatePairs", db.ForgetDuplicatePairs(ctx(t), 13))
	if got, _ := db.DuplicatePairs(ctx(t), 0, 1); len(got) != 1 || got[0].A != 20 {
		t.Errorf("best pair after two were forgotten = %+v", got)
	}
}

// runScan claims the scan as run at at and finishes it a minute later.
func runScan(t *testing.T, db *store.DB, run string, at time.Time, pairs []directory.Pair, failure *directory.JobError) {
	t.Helper()
	if ok, err := db.ClaimDuplicateScan(ctx(t), run, at, at.Add(-directory.JobStaleAfter)); !ok || err != nil {
		t.Fatalf("ClaimDuplicateScan %s = %v, %v", run, ok, err)
	}
	must(t, "FinishDuplicateScan "+run, db.FinishDuplicateScan(ctx(t), run, pairs, failure, at.Add(time.Minute)))
}

// testDuplicateScanTakenOver lets a lost scan come back after another took
// over: it can neither save progress nor its result.
func testDuplicateScanTakenOver(t *testing.T, db *store.DB) {
	stale := base.Add(-directory.JobStaleAfter)
	must(t, "claim", claimErr(db.ClaimDuplicateScan(ctx(t), "lost", stale.Add(-time.Second), stale)))
	must(t, "take over", claimErr(db.ClaimDuplicateScan(ctx(t), "new", base, stale)))
	wantErr(t, "progress of the lost run", db.SaveDuplicateScanProgress(ctx(t), "lost", base), store.ErrStale)
	lost := []directory.Pair{{A: 1, B: 2, Score: 0.9}}
	wantErr(t, "result of the lost run", db.FinishDuplicateScan(ctx(t), "lost", lost, nil, base), store.ErrStale)
	if s, _ := db.DuplicateScan(ctx(t)); s.State != directory.JobRunning || s.Pairs != 0 {
		t.Errorf("scan after the lost run came back = %+v", s)
	}
	must(t, "FinishDuplicateScan new", db.FinishDuplicateScan(ctx(t), "new", nil, nil, base))
	wantErr(t, "progress after the end", db.SaveDuplicateScanProgress(ctx(t), "new", base), store.ErrStale)
}

// claimErr turns a failed claim into an error.
func claimErr(ok bool, err error) error {
	if err == nil && !ok {
		err = fmt.Errorf("not claimed")
	}
	return err
}
