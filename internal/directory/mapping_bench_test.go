package directory

import (
	"fmt"
	"strings"
	"testing"

	"coalition/internal/tabular"
)

// BenchmarkReadAndMapCSV measures the importer's own share of the per-row
// work: reading CSV and mapping cells to an Organization, without
// validation, name keys or the store.
func BenchmarkReadAndMapCSV(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("name;country;city;kind;sector;topics;languages;members;website;email;pic;description\n")
	for i := range 100_000 {
		fmt.Fprintf(&sb, "Društvo za varstvo okolja %d;SI;Ljubljana;ngo;civil;environment_climate|energy;sl|en;%d;org%d.example.eu;info@org%d.example.eu;9%08d;\"Opis, z vejico.\"\n", i, i%5000, i, i, i)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r, err := tabular.Open(strings.NewReader(text), "", -1, tabular.Options{})
		if err != nil {
			b.Fatal(err)
		}
		m, _ := MapHeader(EntityOrganization, r.Header(), nil)
		n := 0
		for r.Next() {
			var o Organization
			m.applyOrg(r.Row(), &o, nil)
			n++
		}
		if n != 100_000 {
			b.Fatalf("%d rows", n)
		}
	}
	b.ReportMetric(float64(b.N)*100_000/b.Elapsed().Seconds(), "rows/s")
}
