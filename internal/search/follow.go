package search

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"time"

	"coalition/internal/directory"
)

// Reading the change log.
const (
	changePage = 1000   // changes per read
	maxPerPoll = 50_000 // changes read at most in one catch-up
	orgBatch   = 500    // organizations fetched at once
	// replayWindow is how many sequence numbers below the known position a
	// build re-reads: a PostgreSQL transaction may have taken a number
	// below it and still be committing. Re-indexing is idempotent.
	replayWindow = 1000
)

// follower is the position of an Engine in the change log.
type follower struct {
	done int64               // every change up to done is applied (or given up)
	seen map[int64]time.Time // changes above done already applied, when first seen
}

// poll applies the changes after f's position to ix and returns how many
// were new. Changes above a gap are applied at once and remembered; the
// position waits at the gap until the missing change shows up or GapHold
// passes.
func (e *Engine) poll(ctx context.Context, ix *Index, f *follower) (int, error) {
	var fresh []int64
	ids := map[int64]bool{}
	after := f.done
	for read := 0; read < maxPerPoll; {
		page, err := e.src.Changes(ctx, after, changePage)
		if err != nil {
			return 0, fmt.Errorf("search: changes after %d: %w", after, err)
		}
		for _, c := range page {
			if _, ok := f.seen[c.Seq]; ok || c.Seq <= f.done {
				continue
			}
			fresh = append(fresh, c.Seq)
			if c.Entity == directory.EntityOrganization {
				ids[c.EntityID] = true
			}
		}
		if read += len(page); len(page) < changePage {
			break
		}
		after = page[len(page)-1].Seq
	}
	if err := e.apply(ctx, ix, ids); err != nil {
		return 0, err
	}
	now := time.Now()
	for _, seq := range fresh {
		f.seen[seq] = now
	}
	f.advance(now, e.GapHold)
	return len(fresh), nil
}

// advance moves the position over every change seen in sequence, and over
// a gap that has lasted longer than hold.
func (f *follower) advance(now time.Time, hold time.Duration) {
	for {
		for {
			if _, ok := f.seen[f.done+1]; !ok {
				break
			}
			delete(f.seen, f.done+1)
			f.done++
		}
		if len(f.seen) == 0 {
			return
		}
		low := int64(-1)
		for seq := range f.seen {
			if low < 0 || seq < low {
				low = seq
			}
		}
		if now.Sub(f.seen[low]) < hold {
			return
		}
		f.done = low - 1 // give up waiting; the next rebuild heals a change lost here
	}
}

// apply re-reads the organizations with the given ids into ix: found ones
// are put, missing ones deleted.
func (e *Engine) apply(ctx context.Context, ix *Index, ids map[int64]bool) error {
	batch := make([]int64, 0, orgBatch)
	flush := func() error {
		orgs, err := e.src.OrgsByID(ctx, batch)
		if err != nil {
			return fmt.Errorf("search: organizations by id: %w", err)
		}
		found := make(map[int64]bool, len(orgs))
		for _, o := range orgs {
			ix.Put(o)
			found[o.ID] = true
		}
		for _, id := range batch {
			if !found[id] {
				ix.Delete(id)
			}
		}
		batch = batch[:0]
		return nil
	}
	for id := range ids {
		if batch = append(batch, id); len(batch) == orgBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if len(batch) == 0 {
		return nil
	}
	return flush()
}

// Rebuild builds a new index from the whole source while the current one
// keeps serving, replays the changes written meanwhile, and swaps it in.
// Start calls it for the cold start; the background loop calls it when the
// index has taken many writes or RebuildEvery has passed.
func (e *Engine) Rebuild(ctx context.Context) error {
	e.mu.Lock()
	from, first := e.f.done, e.ix.Load() == nil
	e.mu.Unlock()
	if first {
		last, err := e.lastSeq(ctx)
		if err != nil {
			return err
		}
		from = last
	}
	workers := runtime.GOMAXPROCS(0)
	if !first {
		workers = max(1, workers-1) // leave a core to the searches meanwhile
	}
	var ix *Index
	err := withMemoryLimit(e.BuildMemoryLimit, func() (err error) {
		ix, err = build(ctx, e.src.ScanOrgsForSearch, workers)
		return err
	})
	if err != nil {
		return err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	f := follower{done: max(0, from-replayWindow), seen: map[int64]time.Time{}}
	for {
		n, err := e.poll(ctx, ix, &f)
		if err != nil {
			return err
		}
		if n == 0 {
			break
		}
	}
	if first {
		e.f = f
	}
	e.ix.Store(ix)
	e.builtAt = time.Now()
	e.lastPoll.Store(e.builtAt.UnixNano())
	return nil
}

// withMemoryLimit runs fn under a soft memory limit, if limit is positive
// and the process has none.
func withMemoryLimit(limit int64, fn func() error) error {
	if limit <= 0 || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return fn()
	}
	debug.SetMemoryLimit(limit)
	defer debug.SetMemoryLimit(math.MaxInt64)
	return fn()
}

// lastSeq returns the highest sequence number in the change log.
func (e *Engine) lastSeq(ctx context.Context) (int64, error) {
	if ls, ok := e.src.(lastSeqer); ok {
		return ls.LastChangeSeq(ctx)
	}
	var last int64
	for {
		page, err := e.src.Changes(ctx, last, 10*changePage)
		if err != nil {
			return 0, fmt.Errorf("search: reading the change log: %w", err)
		}
		if len(page) > 0 {
			last = page[len(page)-1].Seq
		}
		if len(page) < 10*changePage {
			return last, nil
		}
	}
}
