package directory

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
)

// Pair is two organizations that may be one, A < B, with a Score and Reasons as
// in Match.
type Pair struct {
	A, B    int64
	Score   float64
	Reasons []string
}

// DuplicateOrgs scans every organization that is not archived and returns the
// pairs that may be duplicates: the "possible duplicates" list. It reads only
// the fields that prepareOrg compares (Store.ScanOrgsForMatching).
func (s *Service) DuplicateOrgs(ctx context.Context) ([]Pair, error) {
	return ScanDuplicates(ctx, s.store.ScanOrgsForMatching, nil)
}

// ScanDuplicates finds the possible duplicates among the organizations that scan
// passes to its callback, leaving archived ones out. It never compares all
// pairs: records are compared only within blocks that share a registry id, a
// NameKey, a distinctive word, or a neighbourhood of their keys in sorted order
// (see buildBlocks). Whether names are similar depends on how many names of
// the directory use their words, which it counts first (see countWords). scan
// calls its callback from one goroutine at a time, as Store.ScanOrgs does.
// progress, when not nil, is called with the number of records read so far as
// they are read. Pairs come best first, then by A and B.
func ScanDuplicates(ctx context.Context, scan func(context.Context, func(Organization) error) error, progress func(done int)) ([]Pair, error) {
	x, err := ingest(ctx, scan, progress)
	if err != nil {
		return nil, fmt.Errorf("duplicate scan: %w", err)
	}
	x.countWords()
	found, err := x.compareBlocks(ctx, x.buildBlocks())
	if err != nil {
		return nil, fmt.Errorf("duplicate scan: %w", err)
	}
	return x.pairs(found), nil
}

// ingestBatchSize is how many records travel together from the scan to the
// workers that compute their keys.
const ingestBatchSize = 512

// ingestBatch is a batch of records on its way through ingest; out receives
// their profiles.
type ingestBatch struct {
	orgs []Organization
	out  chan []orgProfile
}

// ingest reads every live record into a new dupIndex. Name keys are computed by
// GOMAXPROCS workers; one goroutine adds the profiles to the index in scan
// order, so the index is the same on every run. Batches are reused, so the
// records read add little garbage.
func ingest(ctx context.Context, scan func(context.Context, func(Organization) error) error, progress func(int)) (*dupIndex, error) {
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan *ingestBatch)
	order := make(chan *ingestBatch, 2*workers)
	free := make(chan *ingestBatch, 3*workers+2)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for b := range jobs {
				b.out <- prepareOrgs(b.orgs)
			}
		})
	}
	x := newDupIndex()
	added := make(chan struct{})
	go func() {
		defer close(added)
		for b := range order {
			x.addAll(<-b.out)
			recycle(b, free)
		}
	}()
	err := feed(ctx, scan, progress, free, func(b *ingestBatch) { jobs <- b; order <- b })
	close(jobs)
	close(order)
	wg.Wait()
	<-added
	return x, err
}

// recycle empties b and offers it for reuse.
func recycle(b *ingestBatch, free chan *ingestBatch) {
	clear(b.orgs)
	b.orgs = b.orgs[:0]
	select {
	case free <- b:
	default:
	}
}

// newBatch returns a free batch, or a new one.
func newBatch(free chan *ingestBatch) *ingestBatch {
	select {
	case b := <-free:
		return b
	default:
		return &ingestBatch{orgs: make([]Organization, 0, ingestBatchSize), out: make(chan []orgProfile, 1)}
	}
}

// feed runs scan, passing live records on in batches to send and counting them
// for progress.
func feed(ctx context.Context, scan func(context.Context, func(Organization) error) error, progress func(int), free chan *ingestBatch, send func(*ingestBatch)) error {
	done := 0
	batch := newBatch(free)
	err := scan(ctx, func(o Organization) error {
		done++
		if !o.Archived {
			batch.orgs = append(batch.orgs, o)
		}
		if len(batch.orgs) < ingestBatchSize {
			return nil
		}
		send(batch)
		batch = newBatch(free)
		if progress != nil {
			progress(done)
		}
		return ctx.Err()
	})
	send(batch)
	if progress != nil && err == nil {
		progress(done)
	}
	return err
}

func prepareOrgs(orgs []Organization) []orgProfile {
	out := make([]orgProfile, len(orgs))
	for i, o := range orgs {
		out[i] = prepareOrg(o)
	}
	return out
}

// found is a pair of record indexes whose score reached ScorePossible.
type found struct {
	a, b  uint32
	score float64
	why   reasonSet
}

// pairs turns the found pairs, which may repeat (a pair can share several
// blocks), into Pairs by id, once each, best first.
func (x *dupIndex) pairs(fs []found) []Pair {
	out := make([]Pair, 0, len(fs))
	for _, f := range fs {
		a, b := x.recs[f.a].id, x.recs[f.b].id
		if a > b {
			a, b = b, a
		}
		out = append(out, Pair{A: a, B: b, Score: f.score, Reasons: f.why.keys()})
	}
	slices.SortFunc(out, func(p, q Pair) int {
		return cmp.Or(cmp.Compare(q.Score, p.Score), cmp.Compare(p.A, q.A), cmp.Compare(p.B, q.B))
	})
	return slices.CompactFunc(out, func(p, q Pair) bool { return p.A == q.A && p.B == q.B })
}
