package directory_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"coalition/internal/directory"
)

// benchNames are name words in several EU languages and scripts.
var benchNames = map[string][]string{
	"LV": {"biedrība", "Zaļā", "Brīvība", "Latvijas", "jauniešu", "vides", "kultūras", "centrs"},
	"BG": {"Сдружение", "Зелени", "Балкани", "българска", "младежка", "фондация", "култура", "среда"},
	"RO": {"Asociația", "Salvați", "Dunărea", "Delta", "tineret", "mediu", "Fundația", "culturală"},
	"SI": {"Društvo", "za", "varstvo", "okolja", "mladinski", "center", "zavod", "kulturno"},
	"DE": {"Verein", "für", "Umwelt", "Naturschutz", "Jugend", "Stiftung", "Bürger", "Initiative"},
	"EL": {"Ελληνική", "Εταιρεία", "Προστασίας", "Φύσης", "νεολαία", "πολιτισμός", "ένωση", "κέντρο"},
}

// benchCSV returns a CSV file of n organizations, as a spreadsheet exports it.
func benchCSV(n int) string {
	r := rand.New(rand.NewPCG(7, 9))
	countries := []string{"LV", "BG", "RO", "SI", "DE", "EL"}
	var b strings.Builder
	b.WriteString("name;country;city;kind;sector;topics;languages;members;website;email;pic;description\n")
	for i := range n {
		c := countries[r.IntN(len(countries))]
		w := benchNames[c]
		name := w[r.IntN(8)] + " " + w[r.IntN(8)] + " " + w[r.IntN(8)]
		pic := ""
		if i%3 == 0 {
			pic = fmt.Sprintf("9%08d", i)
		}
		fmt.Fprintf(&b, "%s %d;%s;%s;ngo;civil;environment_climate|energy;%s|en;%d;org%d.example.eu;info@org%d.example.eu;%s;\"%s %s, %s.\"\n",
			name, i, c, w[7], strings.ToLower(c), r.IntN(5000), i, i, pic, w[r.IntN(8)], w[r.IntN(8)], w[r.IntN(8)])
	}
	return b.String()
}

// BenchmarkImportCSV imports 100,000 organizations from CSV text into a fresh
// SQLite database per iteration — the whole pipeline: decoding, parsing,
// mapping, validation, matching and writing — and reports rows/s. Set
// COALITION_BENCH_ROWS to change the row count, or COALITION_BENCH_CSV to
// import a file of yours instead (a header line, then one row per line).
func BenchmarkImportCSV(b *testing.B) {
	n := 100_000
	if s := os.Getenv("COALITION_BENCH_ROWS"); s != "" {
		fmt.Sscan(s, &n)
	}
	var text string
	if f := os.Getenv("COALITION_BENCH_CSV"); f != "" {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text = string(data)
		n = strings.Count(text, "\n") - 1
	} else {
		text = benchCSV(n)
	}
	b.SetBytes(int64(len(text)))
	var total, cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		s, _ := importEnv(b)
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime()
		rep, err := s.ImportOrgs(context.Background(), directory.Actor{}, csvRows(b, text), directory.ImportOptions{BatchSize: benchBatch()})
		total, cpu = total+time.Since(start), cpu+cpuTime()-cpu0
		if err != nil || rep.Created != n {
			b.Fatalf("import: %v, %d created, problems %v", err, rep.Created, rep.Problems[:min(3, len(rep.Problems))])
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/total.Seconds(), "rows/s")
	b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "rows/cpu-s")
}

// benchBatch is COALITION_BENCH_BATCH, or 0 for the default batch size.
func benchBatch() int {
	n := 0
	fmt.Sscan(os.Getenv("COALITION_BENCH_BATCH"), &n)
	return n
}

// cpuTime returns the CPU time the process has used, user and system: on a
// shared machine rows per CPU-second is steadier than rows per second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkReimportCSV imports the same rows again into a database that holds
// them: every row is matched and found unchanged.
func BenchmarkReimportCSV(b *testing.B) {
	n := 20_000
	text := benchCSV(n)
	s, _ := importEnv(b)
	if _, err := s.ImportOrgs(context.Background(), directory.Actor{}, csvRows(b, text), directory.ImportOptions{}); err != nil {
		b.Fatal(err)
	}
	var total time.Duration
	for b.Loop() {
		start := time.Now()
		rep, err := s.ImportOrgs(context.Background(), directory.Actor{}, csvRows(b, text), directory.ImportOptions{})
		total += time.Since(start)
		if err != nil || rep.Unchanged != n {
			b.Fatalf("re-import: %v, %+v", err, rep.Problems[:min(3, len(rep.Problems))])
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/total.Seconds(), "rows/s")
}
