package directory

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"coalition/internal/errs"
)

// DuplicateScanTimeout bounds one full duplicate scan (the target is under a
// minute at 1,000,000 organizations).
const DuplicateScanTimeout = 30 * time.Minute

// StartDuplicateScan starts a full duplicate scan of the organizations in
// the background of this instance, unless a scan runs on any instance: the
// database decides, so instances asked at once start one scan between them.
// A scan lost with its instance does not block a new one. It reports
// whether this call started the scan.
func (j *Jobs) StartDuplicateScan(ctx context.Context) (bool, error) {
	run, now := newJobID(), j.now()
	ok, err := j.store.ClaimDuplicateScan(ctx, run, now, now.Add(-JobStaleAfter))
	if err != nil || !ok {
		return false, err
	}
	j.goRun(func() { j.runScan(run) })
	return true, nil
}

// runScan scans as run and records the result. A run that another instance
// took over (after this one was taken as lost) stops at its next beat.
func (j *Jobs) runScan(run string) {
	ctx, cancel := context.WithTimeout(j.ctx, DuplicateScanTimeout)
	defer cancel()
	stop := j.heartbeat(ctx, "duplicate scan", func(beat context.Context) error {
		err := j.store.SaveDuplicateScanProgress(beat, run, j.now())
		if errors.Is(err, errs.ErrStale) {
			cancel()
		}
		return err
	})
	var pairs []Pair
	err := guard(func() (err error) {
		pairs, err = j.dir.DuplicateOrgs(ctx)
		return err
	})
	stop()
	if errors.Is(ctx.Err(), context.Canceled) && j.ctx.Err() == nil {
		err = errs.ErrStale // only a takeover cancels the scan alone
	} else {
		err = j.finishScan(run, pairs, err)
	}
	if errors.Is(err, errs.ErrStale) {
		j.logger().Warn("duplicate scan dropped: another instance took the scan over")
	} else if err != nil {
		j.logger().Error("record the end of a duplicate scan", slog.Any("error", err))
	}
}

// finishScan records the end of run, which err ended.
func (j *Jobs) finishScan(run string, pairs []Pair, err error) error {
	ctx, cancel := saveContext()
	defer cancel()
	return j.store.FinishDuplicateScan(ctx, run, pairs, j.failure(err, "duplicate scan"), j.now())
}

// DuplicateScan returns the state of the duplicate scan. A running scan
// whose progress was not saved for JobStaleAfter comes back failed with
// "job.lost": the instance running it stopped.
func (j *Jobs) DuplicateScan(ctx context.Context) (DuplicateScan, error) {
	s, err := j.store.DuplicateScan(ctx)
	if err != nil {
		return DuplicateScan{}, err
	}
	if j.lost(s.State, s.Updated) {
		s.State, s.Error = JobFailed, errJobLost
	}
	return s, nil
}

// DuplicatePairs returns up to limit of the pairs the last scan found, from
// offset on, best first.
func (j *Jobs) DuplicatePairs(ctx context.Context, offset, limit int) ([]Pair, error) {
	if offset < 0 || limit <= 0 {
		return nil, fmt.Errorf("duplicate pairs %d+%d: %w", offset, limit, errs.ErrInvalid)
	}
	return j.store.DuplicatePairs(ctx, offset, limit)
}

// ForgetDuplicates drops the pairs that involve the organization id, after
// it was merged away, so that the list does not offer them before the next
// scan.
func (j *Jobs) ForgetDuplicates(ctx context.Context, id int64) error {
	return j.store.ForgetDuplicatePairs(ctx, id)
}
