package search

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// Source is what an Engine reads: every organization, organizations by id,
// and the log of changes that every write appends in its transaction.
// directory.Store satisfies it. A Source may also offer
// LastChangeSeq(ctx) (int64, error), the highest sequence number written;
// without it a cold start pages through the whole change log to find it.
type Source interface {
	// ScanOrgsForSearch calls fn for every organization, archived ones
	// included, with at least the fields the index reads (see extract).
	ScanOrgsForSearch(ctx context.Context, fn func(directory.Organization) error) error
	OrgsByID(ctx context.Context, ids []int64) ([]directory.Organization, error)
	Changes(ctx context.Context, afterSeq int64, limit int) ([]directory.Change, error)
}

// lastSeqer is the optional fast path of Source.
type lastSeqer interface {
	LastChangeSeq(ctx context.Context) (int64, error)
}

// ErrNotReady is returned by Engine.Search before the first build is done.
var ErrNotReady = i18n.NewError(errs.ErrUnavailable, "", "search.not_ready")

// Engine keeps an Index in step with the database it is derived from, in
// each of any number of application instances. See the package
// documentation for how. Set its exported fields before Start.
type Engine struct {
	// PollInterval is how stale Search lets the index get: it reads the
	// change log first when the last read is older (default 200 ms).
	PollInterval time.Duration
	// FollowInterval is how often the index catches up when no one searches
	// (default 2 s); the same loop triggers rebuilds.
	FollowInterval time.Duration
	// GapHold is how long a missing sequence number below visible ones is
	// waited for: a PostgreSQL transaction that took it may commit late
	// (default 10 s).
	GapHold time.Duration
	// RebuildAfter is the number of documents written since the last build
	// that triggers a new one (default: 20,000 or 5% of the built ones).
	RebuildAfter int
	// RebuildEvery rebuilds at least this often, to refresh the static rank
	// and heal any change given up on (default 24 h).
	RebuildEvery time.Duration
	// BuildMemoryLimit is the soft memory limit (runtime/debug.SetMemoryLimit)
	// set while the engine builds, if the process has none (GOMEMLIMIT
	// unset), so that a rebuild beside the serving index keeps the process
	// within 1.5 GB at a million organizations (default 1200 MiB; 0 or less:
	// leave the memory limit alone).
	BuildMemoryLimit int64
	// Logger receives errors of the background work (default slog.Default).
	Logger *slog.Logger

	src      Source
	ix       atomic.Pointer[Index]
	mu       sync.Mutex // serializes reading the change log; guards f and builtAt
	f        follower
	builtAt  time.Time
	lastPoll atomic.Int64  // when the last successful catch-up began, Unix ns
	wanted   atomic.Uint64 // Notify calls so far
	synced   atomic.Uint64 // Notify calls covered by the last catch-up
}

// NewEngine returns an Engine over src with the default settings.
func NewEngine(src Source) *Engine {
	return &Engine{
		src: src, PollInterval: 200 * time.Millisecond, FollowInterval: 2 * time.Second,
		GapHold: 10 * time.Second, RebuildEvery: 24 * time.Hour, BuildMemoryLimit: 1200 << 20,
	}
}

// Start builds the index from the whole source (the cold start), catches
// up with the changes written meanwhile, then follows the change log in the
// background until ctx ends. It returns once the index is ready; run it in
// a goroutine to serve other pages meanwhile (Search returns ErrNotReady).
func (e *Engine) Start(ctx context.Context) error {
	if err := e.Rebuild(ctx); err != nil {
		return err
	}
	go e.follow(ctx)
	return nil
}

func (e *Engine) logger() *slog.Logger {
	if e.Logger == nil {
		return slog.Default()
	}
	return e.Logger
}

// Ready reports whether the first build is done.
func (e *Engine) Ready() bool { return e.ix.Load() != nil }

// Len returns the number of organizations indexed, 0 before Start.
func (e *Engine) Len() int {
	if ix := e.ix.Load(); ix != nil {
		return ix.Len()
	}
	return 0
}

// Notify tells the engine that this process wrote to the directory, so the
// next Search reads the change log first, whatever PollInterval says: a
// user sees their own write at once.
func (e *Engine) Notify() { e.wanted.Add(1) }

// Search catches up with the change log when due, then searches.
func (e *Engine) Search(ctx context.Context, q Query) (Result, error) {
	ix, err := e.caughtUp(ctx)
	if err != nil {
		return Result{}, err
	}
	return ix.Search(q)
}

// catchUp reads the change log if a local write asked for it or the last
// read is older than PollInterval. Without a local write, it does not wait
// for a read another goroutine is doing.
func (e *Engine) catchUp(ctx context.Context) error {
	want := e.wanted.Load()
	asked := e.synced.Load() < want
	if !asked && !e.due() {
		return nil
	}
	if asked {
		e.mu.Lock()
	} else if !e.mu.TryLock() {
		return nil
	}
	defer e.mu.Unlock()
	if e.synced.Load() >= want && !e.due() {
		return nil
	}
	start := time.Now()
	if _, err := e.poll(ctx, e.ix.Load(), &e.f); err != nil {
		return err
	}
	e.lastPoll.Store(start.UnixNano())
	if e.synced.Load() < want {
		e.synced.Store(want)
	}
	return nil
}

func (e *Engine) due() bool {
	return time.Since(time.Unix(0, e.lastPoll.Load())) >= e.PollInterval
}

// follow catches up every FollowInterval and rebuilds when due.
func (e *Engine) follow(ctx context.Context) {
	t := time.NewTicker(e.FollowInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := e.catchUp(ctx); err != nil && ctx.Err() == nil {
			e.logger().Warn("search: reading the change log failed", "err", err)
		}
		if e.rebuildDue() {
			if err := e.Rebuild(ctx); err != nil && ctx.Err() == nil {
				e.logger().Error("search: rebuilding the index failed", "err", err)
			}
		}
	}
}

func (e *Engine) rebuildDue() bool {
	e.mu.Lock()
	builtAt := e.builtAt
	e.mu.Unlock()
	ix := e.ix.Load()
	limit := e.RebuildAfter
	if limit <= 0 {
		limit = max(20_000, int(ix.main.docs)/20)
	}
	return ix.deltaLen() > limit || time.Since(builtAt) > e.RebuildEvery
}
