package search

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"coalition/internal/directory"
)

// fakeSource is a directory with a change log, in memory. Changes can be
// made visible out of order, as PostgreSQL transactions commit.
type fakeSource struct {
	mu      sync.Mutex
	orgs    map[int64]directory.Organization
	log     []directory.Change // visible changes, ascending
	seq     int64
	onScan  func() // runs in the middle of ScanOrgsForSearch, if set
	changes int    // calls of Changes
}

func newFakeSource(orgs ...directory.Organization) *fakeSource {
	s := &fakeSource{orgs: map[int64]directory.Organization{}}
	for _, o := range orgs {
		s.write(o)
	}
	return s
}

// write stores o (or deletes it when o.Name is "") and logs a visible change.
func (s *fakeSource) write(o directory.Organization) int64 {
	seq := s.reserve()
	s.commit(seq, o)
	return seq
}

// reserve takes a sequence number, as a transaction does before it commits.
func (s *fakeSource) reserve() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	return s.seq
}

// commit makes the write with sequence number seq visible.
func (s *fakeSource) commit(seq int64, o directory.Organization) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if o.Name == "" {
		delete(s.orgs, o.ID)
	} else {
		s.orgs[o.ID] = o
	}
	s.log = append(s.log, directory.Change{Seq: seq, Entity: directory.EntityOrganization, EntityID: o.ID})
	slices.SortFunc(s.log, func(a, b directory.Change) int { return int(a.Seq - b.Seq) })
}

func (s *fakeSource) ScanOrgsForSearch(ctx context.Context, fn func(directory.Organization) error) error {
	s.mu.Lock()
	orgs := make([]directory.Organization, 0, len(s.orgs))
	for _, o := range s.orgs {
		orgs = append(orgs, o)
	}
	hook := s.onScan
	s.mu.Unlock()
	for i, o := range orgs {
		if i == len(orgs)/2 && hook != nil {
			hook()
		}
		if err := fn(o); err != nil {
			return err
		}
	}
	return nil
}

func (s *fakeSource) OrgsByID(ctx context.Context, ids []int64) ([]directory.Organization, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []directory.Organization
	for _, id := range ids {
		if o, ok := s.orgs[id]; ok {
			out = append(out, o)
		}
	}
	return out, nil
}

func (s *fakeSource) Changes(ctx context.Context, after int64, limit int) ([]directory.Change, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.changes++
	var out []directory.Change
	for _, c := range s.log {
		if c.Seq > after && len(out) < limit {
			out = append(out, c)
		}
	}
	return out, nil
}

func startEngine(t *testing.T, src Source) *Engine {
	t.Helper()
	e := NewEngine(src)
	e.PollInterval, e.FollowInterval, e.GapHold = time.Hour, time.Hour, time.Hour
	if _, err := e.Search(t.Context(), Query{}); !errors.Is(err, ErrNotReady) {
		t.Fatalf("before Start: %v", err)
	}
	if err := e.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	return e
}

func engineIDs(t *testing.T, e *Engine, text string) []int64 {
	t.Helper()
	res, err := e.Search(t.Context(), Query{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(res.IDs)
	return res.IDs
}

// TestEngineFollows checks the cold start, a local write seen at once after
// Notify, another instance's write seen after PollInterval, and a delete.
func TestEngineFollows(t *testing.T) {
	src := newFakeSource(org(1, "Alpha"), org(2, "Beta"))
	e := startEngine(t, src)
	wantIDs(t, "cold start", engineIDs(t, e, "alpha"), 1)

	src.write(org(3, "Alpha Two"))
	wantIDs(t, "not yet read", engineIDs(t, e, "alpha"), 1)
	e.Notify()
	wantIDs(t, "own write", engineIDs(t, e, "alpha"), 1, 3)

	e.PollInterval = time.Millisecond
	src.write(org(1, "Gamma"))
	src.write(directory.Organization{ID: 2})
	time.Sleep(5 * time.Millisecond)
	wantIDs(t, "other instance's write", engineIDs(t, e, "alpha"), 3)
	wantIDs(t, "renamed", engineIDs(t, e, "gamma"), 1)
	wantIDs(t, "deleted", engineIDs(t, e, "beta"), nil...)
	if e.Len() != 2 {
		t.Errorf("Len %d", e.Len())
	}
}

// TestEngineThrottles checks that searches read the change log at most once
// per PollInterval without local writes.
func TestEngineThrottles(t *testing.T) {
	src := newFakeSource(org(1, "Alpha"))
	e := startEngine(t, src)
	e.PollInterval = time.Hour
	before := src.changes
	for range 50 {
		engineIDs(t, e, "alpha")
	}
	if src.changes != before {
		t.Errorf("%d reads of the change log within PollInterval", src.changes-before)
	}
}

// TestEngineGap checks a change that becomes visible after a later one, as
// when a PostgreSQL transaction holding a lower number commits last.
func TestEngineGap(t *testing.T) {
	src := newFakeSource(org(1, "Alpha"))
	e := startEngine(t, src)
	slow := src.reserve()
	src.write(org(2, "Alpha Fast"))
	e.Notify()
	wantIDs(t, "fast write", engineIDs(t, e, "alpha"), 1, 2)
	if e.f.done != slow-1 {
		t.Errorf("position %d, want it held at %d", e.f.done, slow-1)
	}
	src.commit(slow, org(3, "Alpha Slow"))
	e.Notify()
	wantIDs(t, "late commit", engineIDs(t, e, "alpha"), 1, 2, 3)
	if e.f.done != slow+1 || len(e.f.seen) != 0 {
		t.Errorf("position %d (seen %v), want %d", e.f.done, e.f.seen, slow+1)
	}

	lost := src.reserve() // a transaction that rolls back: the number never shows
	src.write(org(4, "Alpha Four"))
	e.GapHold = time.Millisecond
	e.Notify()
	engineIDs(t, e, "alpha")
	time.Sleep(5 * time.Millisecond)
	e.Notify()
	wantIDs(t, "after the hold", engineIDs(t, e, "alpha"), 1, 2, 3, 4)
	if e.f.done != lost+1 {
		t.Errorf("position %d, want %d past the abandoned gap", e.f.done, lost+1)
	}
}

// TestEngineRebuild checks that a rebuild keeps writes made while it scans.
func TestEngineRebuild(t *testing.T) {
	src := newFakeSource(org(1, "Alpha"), org(2, "Alpha Beta"))
	e := startEngine(t, src)
	src.onScan = func() { src.write(org(3, "Alpha Gamma")); src.write(directory.Organization{ID: 1}) }
	old := e.ix.Load()
	if err := e.Rebuild(t.Context()); err != nil {
		t.Fatal(err)
	}
	if e.ix.Load() == old {
		t.Fatal("index not swapped")
	}
	wantIDs(t, "after rebuild", engineIDs(t, e, "alpha"), 2, 3)
}

// TestEngineBackground checks that the background loop follows the log.
func TestEngineBackground(t *testing.T) {
	src := newFakeSource(org(1, "Alpha"))
	e := NewEngine(src)
	e.FollowInterval, e.PollInterval = time.Millisecond, time.Millisecond
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	if err := e.Start(ctx); err != nil {
		t.Fatal(err)
	}
	src.write(org(2, "Alpha Two"))
	deadline := time.Now().Add(5 * time.Second)
	for e.Len() != 2 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if e.Len() != 2 {
		t.Error("the background loop did not catch up")
	}
}
