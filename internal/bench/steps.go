package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store"
)

func stepDuplicates(ctx context.Context, db *store.DB, o Options, r *Report, _ string) error {
	fmt.Fprintf(o.Log, "scanning for duplicates…\n")
	start := time.Now()
	pairs, err := directory.ScanDuplicates(ctx, db.ScanOrgsForMatching, nil)
	r.DuplicateScan, r.DuplicatePairs = time.Since(start), len(pairs)
	return err
}

// stepPostgres loads the same organizations into PostgreSQL and runs the query
// mix through its tsvector/GIN baseline, when a URL is given.
func stepPostgres(ctx context.Context, db *store.DB, o Options, r *Report, _ string) error {
	if o.PostgresURL == "" {
		return nil
	}
	mix, err := queryMix(ctx, db)
	if err != nil {
		return err
	}
	pg, err := openStore(ctx, o.PostgresURL)
	if err != nil {
		return err
	}
	defer pg.Close()
	fmt.Fprintf(o.Log, "loading the same organizations into PostgreSQL…\n")
	if _, err := load(ctx, pg, o, o.Log, "postgres"); err != nil {
		return err
	}
	fmt.Fprintf(o.Log, "building the PostgreSQL tsvector/GIN baseline and running the same queries…\n")
	build, lat, err := runBaseline(ctx, pg, mix)
	r.PostgresBuild, r.Postgres = build, &lat
	return err
}

// currentRSS and peakRSS read the resident set size and its high-water mark
// from /proc (Linux); they are 0 elsewhere.
func currentRSS() uint64 { return procStatus("VmRSS:") }
func peakRSS() uint64    { return procStatus("VmHWM:") }

func procStatus(field string) uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasPrefix(info.Name(), "bench.db") {
			n += info.Size()
		}
		return nil
	})
	return n
}
