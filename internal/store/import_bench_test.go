package store_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store"
	"coalition/internal/store/storetest"
)

// benchWords are name and description words in several EU languages and
// scripts, for realistic rows.
var benchWords = map[string][]string{
	"LV": {"biedrība", "Zaļā", "Brīvība", "Latvijas", "jauniešu", "vides", "aizsardzības", "kultūras", "centrs", "Rīgas"},
	"BG": {"Сдружение", "Зелени", "Балкани", "българска", "младежка", "фондация", "култура", "околна", "среда", "София"},
	"RO": {"Asociația", "Salvați", "Dunărea", "și", "Delta", "tineret", "mediu", "Fundația", "culturală", "București"},
	"SI": {"Društvo", "za", "varstvo", "okolja", "mladinski", "center", "Ljubljana", "zavod", "kulturno", "Maribor"},
	"DE": {"Verein", "für", "Umwelt", "und", "Naturschutz", "Jugend", "Stiftung", "Bürger", "Initiative", "Berlin"},
	"EL": {"Ελληνική", "Εταιρεία", "Προστασίας", "της", "Φύσης", "νεολαία", "πολιτισμός", "Αθήνα", "ένωση", "κέντρο"},
	"FR": {"Association", "pour", "la", "protection", "de", "l'environnement", "jeunesse", "culture", "Lyon", "solidarité"},
	"PL": {"Stowarzyszenie", "Fundacja", "Nasza", "Ziemia", "ochrony", "środowiska", "młodzieży", "kultury", "Kraków", "Łódź"},
}

var benchCountries = []string{"LV", "BG", "RO", "SI", "DE", "EL", "FR", "PL"}

// benchOrgs returns n organizations like an import file gives them.
func benchOrgs(n int) []directory.Organization {
	r := rand.New(rand.NewPCG(1, 2))
	orgs := make([]directory.Organization, n)
	for i := range orgs {
		c := benchCountries[r.IntN(len(benchCountries))]
		words := benchWords[c]
		pick := func(k int) string {
			parts := make([]string, k)
			for j := range parts {
				parts[j] = words[r.IntN(len(words))]
			}
			return strings.Join(parts, " ")
		}
		o := directory.Organization{
			Name: fmt.Sprintf("%s %d", pick(2+r.IntN(3)), i), NameLang: strings.ToLower(c),
			Descriptions: []directory.Text{{Lang: strings.ToLower(c), Value: pick(20 + r.IntN(20))}},
			Country:      strings.Replace(c, "EL", "GR", 1), City: words[9], Level: "local", Sector: "civil", Kind: "ngo",
			Functions: []string{"advocacy"}, Topics: []string{"environment_climate", "education_youth_sport"}[:1+r.IntN(2)],
			Languages: []string{strings.ToLower(c), "en"}, Members: int64(r.IntN(5000)), Audience: int64(r.IntN(100000)),
			Website: fmt.Sprintf("https://org%d.example.eu", i), Email: fmt.Sprintf("info@org%d.example.eu", i),
			Source: "bench.csv",
		}
		if i%3 == 0 {
			o.Registry.PIC = fmt.Sprintf("9%08d", i)
		}
		if i%5 == 0 {
			o.Registry.Transparency = fmt.Sprintf("%012d-%02d", i, i%100)
		}
		orgs[i] = o
	}
	return orgs
}

// BenchmarkImportOrgs imports 100,000 organizations (COALITION_BENCH_ROWS
// changes the count) into a fresh SQLite database per iteration, in one
// ImportOrgs call ("one_call") and in calls of 10,000 rows, as an importer
// that shows progress makes them ("chunks_of_10000"). It reports rows/s of
// wall time, and rows per CPU-second of the calling thread, which runs SQLite:
// on a machine other processes keep busy, that figure still shows what the
// import costs.
func BenchmarkImportOrgs(b *testing.B) {
	n := 100_000
	if s := os.Getenv("COALITION_BENCH_ROWS"); s != "" {
		if _, err := fmt.Sscan(s, &n); err != nil {
			b.Fatal(err)
		}
	}
	src := benchOrgs(n)
	for _, chunk := range []int{n, 10_000} {
		name := "one_call"
		if chunk < n {
			name = fmt.Sprintf("chunks_of_%d", chunk)
		}
		b.Run(name, func(b *testing.B) { benchImport(b, src, chunk) })
	}
}

func benchImport(b *testing.B, src []directory.Organization, chunk int) {
	runtime.LockOSThread() // the thread's CPU time is then the import's
	defer runtime.UnlockOSThread()
	var wall, cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		db := storetest.OpenSQLite(b)
		orgs := append([]directory.Organization(nil), src...)
		b.StartTimer()
		start, startCPU := time.Now(), threadCPU()
		for part := range slices.Chunk(orgs, chunk) {
			if err := db.ImportOrgs(b.Context(), part, nil, time.Now(), 0, "bench.csv"); err != nil {
				b.Fatal(err)
			}
		}
		wall += time.Since(start)
		cpu += threadCPU() - startCPU
		b.StopTimer()
		checkCount(b, db, len(src))
		b.StartTimer()
	}
	b.ReportMetric(float64(len(src)*b.N)/wall.Seconds(), "rows/s")
	b.ReportMetric(float64(len(src)*b.N)/cpu.Seconds(), "rows/cpu-s")
}

// threadCPU returns the CPU time the calling OS thread has used.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(1, &ru) // RUSAGE_THREAD
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// checkCount checks that the import left one change per row.
func checkCount(b *testing.B, db *store.DB, want int) {
	b.Helper()
	cs, err := db.Changes(b.Context(), int64(want-1), 10)
	if err != nil || len(cs) != 1 {
		b.Fatalf("after import: %d changes past %d, %v", len(cs), want-1, err)
	}
}
