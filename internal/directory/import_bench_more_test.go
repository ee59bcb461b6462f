package directory_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"coalition/internal/directory"
)

// BenchmarkImportCSVIntoDirectory imports 20,000 new organizations into a
// directory that holds 100,000: every row is looked up before it is created.
func BenchmarkImportCSVIntoDirectory(b *testing.B) {
	lines := strings.SplitAfter(benchCSV(120_000), "\n")
	stored := lines[0] + strings.Join(lines[1:100_001], "")
	text := lines[0] + strings.Join(lines[100_001:120_001], "")
	var total time.Duration
	for b.Loop() {
		b.StopTimer()
		s, _ := importEnv(b)
		importOrgs(b, s, stored, directory.ImportOptions{})
		b.StartTimer()
		start := time.Now()
		rep := importOrgs(b, s, text, directory.ImportOptions{})
		total += time.Since(start)
		if rep.Created != 20_000 {
			b.Fatalf("created %d: %v", rep.Created, rep.Problems[:min(3, len(rep.Problems))])
		}
	}
	b.ReportMetric(20_000*float64(b.N)/total.Seconds(), "rows/s")
}

// peopleCSV returns n people with consent on record, each working for one of
// orgs organizations named "Org number K" (none when orgs is 0).
func peopleCSV(n, orgs int) string {
	var b strings.Builder
	b.WriteString("given_name;family_name;country;email;kind;consent_basis;consent_date;consent_source;organization;role\n")
	for i := range n {
		org := ""
		if orgs > 0 {
			org = fmt.Sprintf("Org number %d", (i*7)%orgs)
		}
		fmt.Fprintf(&b, "Given%d;Family%d;LV;p%d@example.eu;staff;consent;2026-01-02;web form;%s;coordinator\n", i, i, i, org)
	}
	return b.String()
}

// BenchmarkImportPeopleCSV imports 20,000 people, each linked to one of 2,000
// stored organizations by its name, and reports rows/s.
func BenchmarkImportPeopleCSV(b *testing.B) {
	var orgs strings.Builder
	orgs.WriteString("name;country\n")
	for i := range 2000 {
		fmt.Fprintf(&orgs, "Org number %d;LV\n", i)
	}
	text := peopleCSV(20_000, 2000)
	var total time.Duration
	for b.Loop() {
		b.StopTimer()
		s, _ := importEnv(b)
		importOrgs(b, s, orgs.String(), directory.ImportOptions{})
		b.StartTimer()
		start := time.Now()
		rep, err := s.ImportPeople(context.Background(), directory.Actor{}, csvRows(b, text), directory.ImportOptions{})
		total += time.Since(start)
		if err != nil || rep.Created != 20_000 || len(rep.Warnings) != 0 {
			b.Fatalf("%v: %s %v", err, counts(rep), rep.Warnings[:min(3, len(rep.Warnings))])
		}
	}
	b.ReportMetric(20_000*float64(b.N)/total.Seconds(), "rows/s")
}
