package web

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"coalition/internal/directory"
)

// duplicateScanTimeout bounds one full scan (the target is under a minute
// at 1,000,000 organizations).
const duplicateScanTimeout = 30 * time.Minute

// duplicateScans runs the full duplicate scan of organizations on demand,
// one at a time, and keeps the last result with its time. Like the import
// jobs it lives in the memory of one instance: each instance scans for
// itself, and a restart forgets the result (a new scan rebuilds it from the
// database).
type duplicateScans struct {
	mu       sync.Mutex
	running  bool
	started  time.Time // of the running scan, or of the last one
	finished time.Time // zero before the first scan ends
	pairs    []directory.Pair
	err      error
}

// newDuplicateScans returns scans with no result yet.
func newDuplicateScans() *duplicateScans { return &duplicateScans{} }

// duplicateResult is a consistent view of the scans.
type duplicateResult struct {
	Running  bool
	Started  time.Time
	Finished time.Time
	Pairs    []directory.Pair
	Err      error
}

// result returns the state of the scans. Pairs is shared: read, never change.
func (d *duplicateScans) result() duplicateResult {
	d.mu.Lock()
	defer d.mu.Unlock()
	return duplicateResult{Running: d.running, Started: d.started, Finished: d.finished, Pairs: d.pairs, Err: d.err}
}

// start begins a scan with scan in the background unless one is running.
func (d *duplicateScans) start(logger *slog.Logger, scan func(context.Context) ([]directory.Pair, error)) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.running {
		return
	}
	d.running, d.started = true, time.Now()
	go d.run(logger, scan)
}

// run scans and records the outcome; a failed scan keeps the last pairs.
func (d *duplicateScans) run(logger *slog.Logger, scan func(context.Context) ([]directory.Pair, error)) {
	ctx, cancel := context.WithTimeout(context.Background(), duplicateScanTimeout)
	var pairs []directory.Pair
	var err error
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("duplicate scan panicked: %v", p)
		}
		cancel()
		if err != nil {
			logger.Error("duplicate scan failed", slog.Any("error", err))
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		d.running, d.finished, d.err = false, time.Now(), err
		if err == nil {
			d.pairs = pairs
		}
	}()
	pairs, err = scan(ctx)
}

// forget drops the pairs that involve id, after it was merged away, so the
// list does not offer them again before the next scan.
func (d *duplicateScans) forget(id int64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	kept := make([]directory.Pair, 0, len(d.pairs))
	for _, p := range d.pairs {
		if p.A != id && p.B != id {
			kept = append(kept, p)
		}
	}
	d.pairs = kept
}
