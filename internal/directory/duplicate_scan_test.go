package directory

import (
	"context"
	"errors"
	"os"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"testing"
	"time"
)

// TestScanDuplicatesFindsPlanted runs the full scan over a synthetic directory
// of 20,000 organizations with about 1.5% planted duplicates and checks recall
// and precision.
func TestScanDuplicatesFindsPlanted(t *testing.T) {
	g := newSynth(7, 0.015)
	pairs, err := ScanDuplicates(t.Context(), g.scan(20_000), nil)
	if err != nil {
		t.Fatal(err)
	}
	recall, precision, wrong := judge(g.planted, pairs)
	t.Logf("%d planted, %d found: recall %.3f, precision %.3f", len(g.planted), len(pairs), recall, precision)
	for _, p := range wrong[:min(len(wrong), 5)] {
		t.Logf("not planted: %d–%d %.2f %v", p.A, p.B, p.Score, p.Reasons)
	}
	if recall < 0.95 || precision < 0.90 {
		t.Errorf("recall %.3f (want ≥ 0.95), precision %.3f (want ≥ 0.90)", recall, precision)
	}
	if !slices.IsSortedFunc(pairs, func(p, q Pair) int { return cmpPairs(p, q) }) {
		t.Error("pairs are not best first, then by ids")
	}
}

func cmpPairs(p, q Pair) int {
	switch {
	case p.Score != q.Score:
		if p.Score > q.Score {
			return -1
		}
		return 1
	case p.A != q.A:
		return int(p.A - q.A)
	}
	return int(p.B - q.B)
}

// judge returns the share of planted pairs found, the share of found pairs
// that were planted, and the found pairs that were not.
func judge(planted [][2]int64, pairs []Pair) (recall, precision float64, wrong []Pair) {
	want := map[[2]int64]bool{}
	for _, p := range planted {
		want[p] = true
	}
	for _, p := range pairs {
		if !want[[2]int64{p.A, p.B}] {
			wrong = append(wrong, p)
		}
	}
	hits := len(pairs) - len(wrong)
	return float64(hits) / float64(max(len(planted), 1)), float64(hits) / float64(max(len(pairs), 1)), wrong
}

func TestScanDuplicatesDeterministic(t *testing.T) {
	first, err := ScanDuplicates(t.Context(), newSynth(3, 0.02).scan(3000), nil)
	if err != nil {
		t.Fatal(err)
	}
	second, err := ScanDuplicates(t.Context(), newSynth(3, 0.02).scan(3000), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(first, second, func(p, q Pair) bool {
		return p.A == q.A && p.B == q.B && p.Score == q.Score && slices.Equal(p.Reasons, q.Reasons)
	}) {
		t.Error("two scans of the same records differ")
	}
}

func TestScanDuplicatesSkipsArchivedAndReportsProgress(t *testing.T) {
	orgs := []Organization{
		{ID: 1, Name: "Greenpeace e.V.", Country: "DE"},
		{ID: 2, Name: "Greenpeace", Country: "DE"},
		{ID: 3, Name: "GREENPEACE", Country: "DE", Archived: true},
	}
	scan := func(_ context.Context, fn func(Organization) error) error {
		for _, o := range orgs {
			if err := fn(o); err != nil {
				return err
			}
		}
		return nil
	}
	var done int
	pairs, err := ScanDuplicates(t.Context(), scan, func(n int) { done = n })
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 1 || pairs[0].A != 1 || pairs[0].B != 2 || pairs[0].Score < ScoreStrong {
		t.Errorf("pairs %+v", pairs)
	}
	if done != 3 {
		t.Errorf("progress ended at %d, want 3", done)
	}
}

func TestScanDuplicatesStopsOnError(t *testing.T) {
	boom := errors.New("boom")
	scan := func(context.Context, func(Organization) error) error { return boom }
	if _, err := ScanDuplicates(t.Context(), scan, nil); !errors.Is(err, boom) {
		t.Errorf("err = %v", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := ScanDuplicates(ctx, newSynth(1, 0.01).scan(5000), nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled scan: err = %v", err)
	}
}

// BenchmarkScanDuplicates scans a synthetic directory of 100,000 organizations
// (COALITION_BENCH_N=1000000 for the target size) with 1.5% planted duplicates
// and reports the seconds per scan, the processor seconds it used (user and
// system, all threads: on a busy machine the wall time grows, this does not),
// the peak heap, the pairs found, and the recall and precision of the planted
// ones. Records are generated while they are scanned, as a store streams them;
// gen-s is the time the generator alone takes.
func BenchmarkScanDuplicates(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("COALITION_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	genStart := time.Now()
	_ = newSynth(11, 0.015).scan(n)(b.Context(), func(Organization) error { return nil })
	genTime := time.Since(genStart)
	for b.Loop() {
		g := newSynth(11, 0.015)
		runtime.GC()
		stop := watchHeap()
		start, cpu := time.Now(), processCPU()
		pairs, err := ScanDuplicates(b.Context(), g.scan(n), nil)
		elapsed, cpu := time.Since(start), processCPU()-cpu
		peak := stop()
		if err != nil {
			b.Fatal(err)
		}
		recall, precision, _ := judge(g.planted, pairs)
		b.ReportMetric(elapsed.Seconds(), "s/scan")
		b.ReportMetric(cpu.Seconds(), "cpu-s")
		b.ReportMetric(genTime.Seconds(), "gen-s")
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
		b.ReportMetric(float64(len(pairs)), "pairs")
		b.ReportMetric(recall, "recall")
		b.ReportMetric(precision, "precision")
	}
}

// watchHeap samples the live heap every few milliseconds until the returned
// function is called, which returns the highest value seen.
func watchHeap() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	done, result := make(chan struct{}), make(chan uint64)
	go func() {
		var peak uint64
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				result <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 { close(done); return <-result }
}
