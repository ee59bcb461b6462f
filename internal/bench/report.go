package bench

import (
	"fmt"
	"io"
	"time"
)

// Print writes the report as a readable table.
func (r *Report) Print(w io.Writer) {
	fmt.Fprintf(w, "\nCoalition search benchmark: %d organizations, %d distinct queries\n\n", r.Orgs, r.Queries)
	fmt.Fprintf(w, "%-44s %12s\n", "generate and load (store bulk path)", fmt.Sprintf("%.0f rows/s", r.ImportRate))
	if r.CSVImportRate > 0 {
		fmt.Fprintf(w, "%-44s %12s\n", "CSV import, 12-column partner list", fmt.Sprintf("%.0f rows/s", r.CSVImportRate))
		fmt.Fprintf(w, "%-44s %12s\n", "CSV import, 47-column export file", fmt.Sprintf("%.0f rows/s", r.CSVExportImportRate))
	}
	fmt.Fprintf(w, "%-44s %12s\n", "index build", r.IndexBuild.Round(time.Millisecond))
	fmt.Fprintf(w, "%-44s %12s\n", "heap in use after build", mb(r.HeapAfterIndex))
	fmt.Fprintf(w, "%-44s %12s\n", "RSS while serving (after build and GC)", mb(r.RSSServing))
	fmt.Fprintf(w, "%-44s %12s\n", "duplicate scan", fmt.Sprintf("%s (%d pairs)", r.DuplicateScan.Round(time.Millisecond), r.DuplicatePairs))
	fmt.Fprintf(w, "%-44s %12s\n", "SQLite database size after the import", mb(uint64(r.DatabaseBytes)))
	fmt.Fprintf(w, "%-44s %12s\n\n", "peak RSS of the run", mb(r.PeakRSS))
	fmt.Fprintf(w, "%-30s %8s %10s %10s %10s %10s\n", "search with facet counts", "runs", "p50", "p95", "p99", "max")
	printLatency(w, "Coalition index", r.Ours)
	printLatency(w, "SQLite FTS5 bm25", r.FTS5)
	if r.Postgres != nil {
		printLatency(w, "PostgreSQL tsvector/GIN", *r.Postgres)
	}
	fmt.Fprintf(w, "\n%-30s %10s %10s %10s\n", "baseline ÷ Coalition", "p50", "p95", "p99")
	printRatio(w, "SQLite FTS5 bm25", r.FTS5, r.Ours)
	if r.Postgres != nil {
		printRatio(w, "PostgreSQL tsvector/GIN", *r.Postgres, r.Ours)
	}
	fmt.Fprintf(w, "\nbaseline builds: FTS5 %s", r.FTS5Build.Round(time.Millisecond))
	if r.Postgres != nil {
		fmt.Fprintf(w, ", PostgreSQL %s", r.PostgresBuild.Round(time.Millisecond))
	}
	fmt.Fprintln(w)
}

func printLatency(w io.Writer, name string, l Latency) {
	fmt.Fprintf(w, "%-30s %8d %10s %10s %10s %10s\n", name, l.N, ms(l.P50), ms(l.P95), ms(l.P99), ms(l.Max))
}

func printRatio(w io.Writer, name string, base, ours Latency) {
	ratio := func(a, b time.Duration) string {
		if b <= 0 {
			return "-"
		}
		return fmt.Sprintf("%.0f×", float64(a)/float64(b))
	}
	fmt.Fprintf(w, "%-30s %10s %10s %10s\n", name, ratio(base.P50, ours.P50), ratio(base.P95, ours.P95), ratio(base.P99, ours.P99))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }

func mb(b uint64) string { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }
