package bench

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"

	"coalition/internal/search"
	"coalition/internal/store"
)

// stepSearch builds Coalition's index, runs the query mix through it, then
// builds the SQLite FTS5 baseline and runs the same mix through that.
func stepSearch(ctx context.Context, db *store.DB, o Options, r *Report, _ string) error {
	mix, err := queryMix(ctx, db)
	if err != nil {
		return err
	}
	r.Queries = len(mix)
	fmt.Fprintf(o.Log, "building the search index…\n")
	start := time.Now()
	ix, err := search.Build(ctx, db.ScanOrgsForSearch)
	if err != nil {
		return err
	}
	r.IndexBuild = time.Since(start)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	r.HeapAfterIndex, r.RSSServing = ms.HeapInuse, currentRSS()
	fmt.Fprintf(o.Log, "running %d queries × %d through the index…\n", len(mix), o.Repeat)
	if r.Ours, err = runOurs(ix, mix, o.Repeat); err != nil {
		return err
	}
	runtime.KeepAlive(ix)
	ix = nil
	runtime.GC()
	fmt.Fprintf(o.Log, "building the SQLite FTS5 baseline and running the same queries…\n")
	r.FTS5Build, r.FTS5, err = runBaseline(ctx, db, mix)
	return err
}

func runOurs(ix *search.Index, mix []benchQuery, repeat int) (Latency, error) {
	times := make([]time.Duration, 0, len(mix)*repeat)
	for rep := 0; rep < repeat; rep++ {
		for _, q := range mix {
			start := time.Now()
			if _, err := ix.Search(ourQuery(q)); err != nil {
				return Latency{}, fmt.Errorf("bench: query %q: %w", q.Words, err)
			}
			times = append(times, time.Since(start))
		}
	}
	return summarize(times), nil
}

func ourQuery(q benchQuery) search.Query {
	sq := search.Query{Text: strings.Join(q.Words, " "), Filters: map[string][]string{}, Limit: 20}
	if q.Country != "" {
		sq.Filters["country"] = []string{q.Country}
	}
	if q.Kind != "" {
		sq.Filters["kind"] = []string{q.Kind}
	}
	return sq
}

// runBaseline builds the engine's own full-text table and runs every query of
// the mix once through it (they are slow enough that one run each is plenty).
func runBaseline(ctx context.Context, db *store.DB, mix []benchQuery) (time.Duration, Latency, error) {
	start := time.Now()
	if err := db.BuildSearchBaseline(ctx); err != nil {
		return 0, Latency{}, err
	}
	build := time.Since(start)
	defer db.DropSearchBaseline(ctx)
	times := make([]time.Duration, 0, len(mix))
	for _, q := range mix {
		start := time.Now()
		if _, err := db.SearchBaseline(ctx, store.BaselineQuery{Words: q.Words, Country: q.Country, Kind: q.Kind}, 20); err != nil {
			return 0, Latency{}, fmt.Errorf("bench: baseline query %q: %w", q.Words, err)
		}
		times = append(times, time.Since(start))
	}
	return build, summarize(times), nil
}
