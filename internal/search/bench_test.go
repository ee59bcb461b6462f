package search

import (
	"context"
	"flag"
	"maps"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"coalition/internal/directory"
)

// The benchmarks index a synthetic corpus of 100,000 organizations, or as
// many as -n (go test -bench . -args -n=1000000) or COALITION_BENCH_N say.
var benchN = flag.Int("n", 0, "organizations in the benchmark corpus (default 100000 or $COALITION_BENCH_N)")

func benchSize() int {
	if *benchN > 0 {
		return *benchN
	}
	if n, err := strconv.Atoi(os.Getenv("COALITION_BENCH_N")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// benchState is the corpus and index shared by the benchmarks.
var benchState = sync.OnceValue(func() *benchData {
	d := &benchData{n: benchSize(), c: newCorpus(42)}
	start := time.Now()
	_ = d.c.scan(d.n)(context.Background(), func(directory.Organization) error { return nil })
	d.gen = time.Since(start)
	start = time.Now()
	ix, err := Build(context.Background(), d.c.scan(d.n))
	d.build = time.Since(start)
	d.ix, d.err = ix, err
	d.heap, d.rss = memory()
	return d
})

type benchData struct {
	n         int
	c         *corpus
	ix        *Index
	err       error
	gen       time.Duration // generating the organizations alone, on one core
	build     time.Duration // Build, generating them in its scan meanwhile
	heap, rss float64       // MB after the build, with the index alive
}

// memory returns the heap in use and the resident set, in MB, after a GC.
func memory() (heap, rss float64) {
	runtime.GC()
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapInuse) / 1e6, procStatus("VmRSS")
}

// procStatus reads a memory figure of this process from /proc, in MB.
func procStatus(field string) float64 {
	data, _ := os.ReadFile("/proc/self/status")
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1e3
		}
	}
	return 0
}

// BenchmarkBuild reports the cold start: Build of the whole corpus.
func BenchmarkBuild(b *testing.B) {
	d := benchState()
	if d.err != nil {
		b.Fatal(d.err)
	}
	for b.Loop() {
		// The figures come from the one build shared with BenchmarkSearch.
	}
	b.ReportMetric(float64(d.n), "orgs")
	b.ReportMetric(d.build.Seconds(), "build-s")
	b.ReportMetric(d.gen.Seconds(), "generate-s")
	b.ReportMetric(d.heap, "heap-MB")
	b.ReportMetric(d.rss, "rss-MB")
	b.ReportMetric(procStatus("VmHWM"), "peak-rss-MB")
}

// BenchmarkSearch runs the fixed query mix and reports latency percentiles,
// facet counts included.
func BenchmarkSearch(b *testing.B) {
	d := benchState()
	if d.err != nil {
		b.Fatal(d.err)
	}
	qs := benchQueries(d.c)
	var lat []time.Duration
	byClass := map[string][]time.Duration{}
	totals := map[string][]time.Duration{}
	for b.Loop() {
		for _, q := range qs {
			start := time.Now()
			res, err := d.ix.Search(q.Query)
			if err != nil {
				b.Fatalf("%q: %v", q.Text, err)
			}
			t := time.Since(start)
			totals[q.class] = append(totals[q.class], time.Duration(res.Total))
			lat = append(lat, t)
			byClass[q.class] = append(byClass[q.class], t)
		}
	}
	b.ReportMetric(float64(d.n), "orgs")
	for _, p := range []float64{50, 95, 99} {
		b.ReportMetric(ms(percentile(lat, p)), "p"+strconv.Itoa(int(p))+"-ms")
	}
	b.ReportMetric(ms(percentile(lat, 100)), "max-ms")
	for _, class := range slices.Sorted(maps.Keys(byClass)) {
		l := byClass[class]
		b.Logf("%-8s n=%5d p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  median matches %7d", class, len(l),
			ms(percentile(l, 50)), ms(percentile(l, 99)), ms(percentile(l, 100)), percentile(totals[class], 50))
	}
}

// BenchmarkSearchDuringRebuild runs the query mix while a second index is
// built beside the first as Engine.Rebuild does it (one worker, under
// Engine.BuildMemoryLimit), and reports the latency and the peak resident
// memory of the two together.
func BenchmarkSearchDuringRebuild(b *testing.B) {
	d := benchState()
	if d.err != nil {
		b.Fatal(d.err)
	}
	qs := benchQueries(d.c)
	var lat []time.Duration
	memory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // reset the peak to the current resident set
	for b.Loop() {
		done := make(chan *Index)
		go func() {
			var ix *Index
			_ = withMemoryLimit(NewEngine(nil).BuildMemoryLimit, func() (err error) {
				ix, err = build(context.Background(), d.c.scan(d.n), max(1, runtime.GOMAXPROCS(0)-1))
				return err
			})
			done <- ix
		}()
		for building := true; building; {
			for _, q := range qs {
				start := time.Now()
				if _, err := d.ix.Search(q.Query); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			select {
			case <-done:
				building = false
			default:
			}
		}
	}
	b.ReportMetric(float64(len(lat)), "queries")
	for _, p := range []float64{50, 95, 99} {
		b.ReportMetric(ms(percentile(lat, p)), "p"+strconv.Itoa(int(p))+"-ms")
	}
	b.ReportMetric(procStatus("VmHWM"), "peak-rss-MB")
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func percentile(l []time.Duration, p float64) time.Duration {
	s := slices.Clone(l)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[min(len(s)-1, int(float64(len(s))*p/100))]
}

// benchQuery is a query of the mix and its class.
type benchQuery struct {
	Query
	class string
}

// benchQueries returns the fixed mix: single very common words, middling
// and rare words, prefixes being typed, two and three words, whole names,
// each with and without facet filters.
func benchQueries(c *corpus) []benchQuery {
	rng := rand.New(rand.NewPCG(7, 7))
	big := []string{"de", "fr", "it", "es", "pl", "en", "nl", "bg", "el", "ro"}
	word := func(lo, hi int) string {
		v := c.vocab[big[rng.IntN(len(big))]]
		return v[lo+rng.IntN(hi-lo)]
	}
	classes := []struct {
		name string
		make func() string
	}{
		{"common", func() string { return word(0, 3) + " " }},
		{"mid", func() string { return word(20, 400) + " " }},
		{"rare", func() string { return word(3000, 30000) + " " }},
		{"prefix", func() string { w := []rune(word(0, 2000)); return string(w[:min(len(w), 3+rng.IntN(2))]) }},
		{"two", func() string { return word(0, 5) + " " + word(20, 2000) }},
		{"three", func() string { return word(0, 50) + " " + word(10, 500) + " " + word(10, 3000) + " " }},
		{"name", func() string { return c.org(rng.IntN(1000)).Name }},
	}
	var qs []benchQuery
	for i := range 350 {
		cl := classes[i%len(classes)]
		q := benchQuery{Query: Query{Text: cl.make()}, class: cl.name}
		if rng.IntN(10) < 4 {
			q.Filters = benchFilters(rng, c)
			q.class += "+f"
		}
		qs = append(qs, q)
	}
	return qs
}

func benchFilters(rng *rand.Rand, c *corpus) map[string][]string {
	country := stateLangs[c.state(rng.Float64()*c.states[len(c.states)-1])].iso
	switch rng.IntN(4) {
	case 0:
		return map[string][]string{"country": {country}}
	case 1:
		return map[string][]string{"topic": {c.topics[rng.IntN(5)]}}
	case 2:
		return map[string][]string{"kind": {"ngo", "foundation"}, "level": {"national"}}
	}
	return map[string][]string{"country": {country}, "topic": {c.topics[rng.IntN(len(c.topics))]}}
}
