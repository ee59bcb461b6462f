// Package bench measures Coalition's partner directory at scale: bulk import,
// the CSV import pipeline, building the search index, a fixed mix of searches
// with facet counts — and, in the same run, the same searches through the
// database engines' own full-text search (SQLite FTS5 with bm25, PostgreSQL
// tsvector with GIN) as baselines — the full duplicate scan, memory and
// database size. `coalition bench search` prints its report.
package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"coalition/internal/directory"
	"coalition/internal/gen"
	"coalition/internal/store"
)

// Options control a benchmark run.
type Options struct {
	Orgs        int    // organizations to generate and load
	Seed        int64  // generator seed
	Dir         string // folder for the SQLite database ("" for a temporary one)
	PostgresURL string // when set, the PostgreSQL baseline runs against this database
	Repeat      int    // runs of each query through Coalition's index
	CSVRows     int    // rows for the CSV import pipeline measurement
	Log         io.Writer
}

// Report holds every figure of a run.
type Report struct {
	Orgs          int
	ImportRate    float64 // organizations per second generated and loaded through the store's bulk path
	CSVImportRate float64 // rows per second through `coalition import` of a twelve-column partner list
	// CSVExportImportRate is the same for the full 47-column export file.
	CSVExportImportRate float64
	IndexBuild          time.Duration
	Ours                Latency
	FTS5                Latency
	FTS5Build           time.Duration
	Postgres            *Latency
	PostgresBuild       time.Duration
	DuplicateScan       time.Duration
	DuplicatePairs      int
	HeapAfterIndex      uint64 // bytes in use after building the index and a GC
	RSSServing          uint64 // resident set after building the index and a GC
	PeakRSS             uint64 // high-water mark of the whole run
	DatabaseBytes       int64
	Queries             int
}

// Run performs the benchmark and returns its report.
func Run(ctx context.Context, o Options) (*Report, error) {
	dir, cleanup, err := workDir(o.Dir)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	db, err := openStore(ctx, "sqlite:"+filepath.Join(dir, "bench.db"))
	if err != nil {
		return nil, err
	}
	defer db.Close()
	r := &Report{Orgs: o.Orgs}
	steps := []func(context.Context, *store.DB, Options, *Report, string) error{
		stepImport, stepCSVImport, stepSearch, stepDuplicates, stepPostgres,
	}
	for _, step := range steps {
		if err := step(ctx, db, o, r, dir); err != nil {
			return nil, err
		}
	}
	r.PeakRSS = peakRSS()
	return r, nil
}

func workDir(dir string) (string, func(), error) {
	if dir != "" {
		return dir, func() {}, os.MkdirAll(dir, 0o755)
	}
	tmp, err := os.MkdirTemp("", "coalition-bench-")
	return tmp, func() { os.RemoveAll(tmp) }, err
}

func openStore(ctx context.Context, url string) (*store.DB, error) {
	db, err := store.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	if _, err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// load generates o.Orgs organizations into db through the bulk import path and
// returns the rate in rows per second.
func load(ctx context.Context, db *store.DB, o Options, log io.Writer, label string) (float64, error) {
	start := time.Now()
	batch := make([]directory.Organization, 0, 10000)
	flush := func() error {
		err := db.ImportOrgs(ctx, batch, nil, time.Now(), 0, "coalition bench")
		batch = batch[:0]
		return err
	}
	done := 0
	err := gen.Orgs(o.Seed, o.Orgs, func(org directory.Organization) error {
		batch = append(batch, org)
		if done++; done%100000 == 0 {
			fmt.Fprintf(log, "  %s: %d organizations loaded\n", label, done)
		}
		if len(batch) == cap(batch) {
			return flush()
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = flush()
	}
	return float64(o.Orgs) / time.Since(start).Seconds(), err
}

func stepImport(ctx context.Context, db *store.DB, o Options, r *Report, dir string) error {
	fmt.Fprintf(o.Log, "loading %d generated organizations into SQLite…\n", o.Orgs)
	rate, err := load(ctx, db, o, o.Log, "sqlite")
	r.ImportRate = rate
	if err != nil {
		return err
	}
	if err := db.Checkpoint(ctx); err != nil {
		return err
	}
	r.DatabaseBytes = dirSize(dir)
	return nil
}
