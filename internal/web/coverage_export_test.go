package web_test

import (
	"encoding/csv"
	"net/http"
	"strings"
	"testing"
)

// TestCoverageExportEscapes: the CSV has a line per member state and the
// totals, and a cell that would start a formula is defused.
func TestCoverageExportEscapes(t *testing.T) {
	e := newCampaignEnv(t)
	ana := e.user("ana@example.org", "Ana")
	in := e.createECI(ana, "clean-baltic", false)
	e.tally(ana, in, "2026-09-01", "=HYPERLINK(\"http://evil.example\")", map[string]int{"LV": 2380})
	p := e.signInAs(ana).get(initiativeURL(in.ID) + "/coverage.csv")
	expectStatus(t, p, http.StatusOK)
	if ct := p.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("Content-Type %q", ct)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(p.body, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+27+1 || rows[0][0] != "code" {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	for _, r := range rows {
		if r[0] != "LV" {
			continue
		}
		if r[2] != "6480" || r[3] != "2380" || r[9] != "2026-09-01" || !strings.HasPrefix(r[10], "'=") {
			t.Errorf("LV line %q", r)
		}
	}
	if last := rows[len(rows)-1]; last[1] != "total" || last[3] != "2380" {
		t.Errorf("totals %q", last)
	}
}
