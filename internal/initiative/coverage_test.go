package initiative

import (
	"testing"
	"time"
)

func TestComputeCoverage(t *testing.T) {
	in := Initiative{Kind: KindECI, RegisteredOn: day("2025-03-01"), CollectionEnd: day("2026-02-28")}
	tallies := []Tally{
		{Country: "LV", On: day("2025-06-01"), Count: 2000},
		{Country: "LV", On: day("2025-09-01"), Count: 5000}, // the latest LV count
		{Country: "MT", On: day("2025-08-01"), Count: 4320},
		{Country: "DE", On: day("2025-05-01"), Count: 70000},
	}
	engagements := []Engagement{
		{OrgID: 1, Stage: StageCommitted, Pledge: Pledge{Signatures: map[string]int{"LV": 2000}}},                                                                        // a partner with a record of 90%
		{OrgID: 2, Stage: StageActive, Pledge: Pledge{Signatures: map[string]int{"LV": 1000, "BG": 4000}}, Delivered: Delivered{Signatures: map[string]int{"BG": 1000}}}, // no record: half
		{OrgID: 3, Stage: StageDeclined, Pledge: Pledge{Signatures: map[string]int{"LV": 9000}}},                                                                         // out of play
	}
	records := map[int64]DeliveryRecord{1: {Pledged: 1000, Delivered: 900}}
	c, err := ComputeCoverage(in, tallies, engagements, records, day("2026-02-27"))
	if err != nil {
		t.Fatal(err)
	}
	lv, bg, mt := find(c, "LV"), find(c, "BG"), find(c, "MT")
	// LV: 5,000 collected + 2,000 × 0.9 + 1,000 × 0.5 = 7,300 ≥ 6,480.
	if lv.Collected != 5000 || lv.Pledged != 3000 || lv.Projected != 7300 || lv.Met || !lv.Reaches || lv.Gap != 0 {
		t.Errorf("LV = %+v", lv)
	}
	// BG: 3,000 still pledged × 0.5 = 1,500 of 12,240.
	if bg.Collected != 0 || bg.Pledged != 3000 || bg.Projected != 1500 || bg.Gap != 12240-1500 || bg.Reaches {
		t.Errorf("BG = %+v", bg)
	}
	if !mt.Met || c.StatesMet != 2 || c.StatesProjected != 3 || c.Collected != 79320 || c.DaysLeft != 2 || len(c.States) != 27 {
		t.Errorf("coverage: %d met, %d projected, %d collected, %d days left, %d states", c.StatesMet, c.StatesProjected, c.Collected, c.DaysLeft, len(c.States))
	}
}

func find(c Coverage, code string) StateCoverage {
	for _, s := range c.States {
		if s.Code == code {
			return s
		}
	}
	return StateCoverage{}
}

func TestDaysLeft(t *testing.T) {
	for _, tc := range []struct {
		end, today string
		want       int
	}{{"2026-02-28", "2026-02-28", 1}, {"2026-02-28", "2026-03-01", 0}, {"2026-02-28", "2026-02-01", 28}, {"", "2026-01-01", -1}} {
		var end time.Time
		if tc.end != "" {
			end = day(tc.end)
		}
		if got := daysLeft(end, day(tc.today)); got != tc.want {
			t.Errorf("daysLeft(%s, %s) = %d, want %d", tc.end, tc.today, got, tc.want)
		}
	}
}
