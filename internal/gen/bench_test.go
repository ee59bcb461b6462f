package gen

import (
	"testing"

	"coalition/internal/directory"
)

// BenchmarkOrgs measures generation alone and reports organizations per
// second of wall time and, where the system says, per second of CPU time,
// which a busy machine does not distort; a million, as the search benchmarks
// need:
//
//	go test -run '^$' -bench Orgs -benchtime 1000000x ./internal/gen/
func BenchmarkOrgs(b *testing.B) {
	b.ReportAllocs()
	n, cpu := 0, processCPU()
	err := Orgs(1, b.N, func(directory.Organization) error { n++; return nil })
	if err != nil || n != b.N {
		b.Fatal(err, n)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "orgs/s")
	if used := processCPU() - cpu; used > 0 {
		b.ReportMetric(float64(b.N)/used.Seconds(), "orgs/cpu-s")
	}
}

// BenchmarkPeople measures the generation of people.
func BenchmarkPeople(b *testing.B) {
	b.ReportAllocs()
	if err := People(1, b.N, func(directory.Person) error { return nil }); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "people/s")
}
