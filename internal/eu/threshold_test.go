package eu

import (
	"errors"
	"testing"
	"time"
)

// TestThreshold checks published Annex I figures, several states per
// period, on both sides of every boundary.
func TestThreshold(t *testing.T) {
	tests := []struct {
		code, registered string
		want             int
		err              error
	}{
		// Before the ECI.
		{"DE", "2012-03-31", 0, ErrBeforeECI},
		{"DE", "2011-01-01", 0, ErrBeforeECI},
		// 1 April 2012 – 30 June 2013: 268/2012, 754 seats × 750.
		{"DE", "2012-04-01", 74250, nil},
		{"MT", "2012-04-01", 4500, nil},
		{"UK", "2012-04-01", 54750, nil},
		{"LV", "2012-04-01", 6750, nil},
		{"ES", "2013-06-30", 40500, nil},
		{"DE", "2013-06-30", 74250, nil},
		{"HR", "2013-06-30", 0, ErrUnknownState},
		// 1 July 2013 – 30 June 2014: Croatia added, 12 × 750.
		{"HR", "2013-07-01", 9000, nil},
		{"DE", "2013-07-01", 74250, nil},
		{"MT", "2013-07-01", 4500, nil},
		{"GB", "2014-06-30", 54750, nil},
		{"AT", "2014-06-30", 14250, nil},
		// 1 July 2014 – 31 December 2019: 531/2014, 751 seats × 750.
		{"DE", "2014-07-01", 72000, nil},
		{"HR", "2014-07-01", 8250, nil},
		{"MT", "2014-07-01", 4500, nil},
		{"UK", "2019-12-31", 54750, nil},
		{"RO", "2019-12-31", 24000, nil},
		{"DE", "2019-12-31", 72000, nil},
		// January 2020: 2019/788, 751 × 751, UK included.
		{"DE", "2020-01-01", 72096, nil},
		{"UK", "2020-01-01", 54823, nil},
		{"MT", "2020-01-31", 4506, nil},
		{"HR", "2020-01-31", 8261, nil},
		{"DE", "2020-01-31", 72096, nil},
		{"GB", "2020-01-31", 54823, nil},
		// 1 February 2020 – 15 July 2024: 2019/1673, 705 × 705.
		{"DE", "2020-02-01", 67680, nil},
		{"UK", "2020-02-01", 0, ErrUnknownState},
		{"MT", "2020-02-01", 4230, nil},
		{"FR", "2024-07-15", 55695, nil},
		{"HR", "2024-07-15", 8460, nil},
		{"LV", "2024-07-15", 5640, nil},
		{"DE", "2024-07-15", 67680, nil},
		{"MT", "2024-07-15", 4230, nil},
		// From 16 July 2024: 2024/1082, 720 × 720.
		{"DE", "2024-07-16", 69120, nil},
		{"MT", "2024-07-16", 4320, nil},
		{"HR", "2024-07-16", 8640, nil},
		{"LV", "2030-01-01", 6480, nil},
		{"UK", "2030-01-01", 0, ErrUnknownState},
		{"XX", "2030-01-01", 0, ErrUnknownState},
	}
	for _, tt := range tests {
		t.Run(tt.code+"@"+tt.registered, func(t *testing.T) {
			got, err := Threshold(tt.code, date(t, tt.registered))
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Errorf("Threshold(%s, %s) = %d, %v; want %d, %v", tt.code, tt.registered, got, err, tt.want, tt.err)
			}
		})
	}
}

func TestThresholdGreekCodes(t *testing.T) {
	for _, p := range periods {
		on := p.from.Time()
		el, errEL := Threshold("EL", on)
		gr, errGR := Threshold("gr", on)
		if errEL != nil || errGR != nil || el != gr || el == 0 {
			t.Errorf("%s: EL %d (%v), GR %d (%v)", p.from, el, errEL, gr, errGR)
		}
	}
}

// TestThresholdUsesCalendarDate checks that the zone of the registration
// time does not move a boundary: late on 15 July 2024 in Brussels is still
// the 705 period.
func TestThresholdUsesCalendarDate(t *testing.T) {
	brussels := time.FixedZone("CEST", 2*60*60)
	got, err := Threshold("DE", time.Date(2024, 7, 15, 23, 30, 0, 0, brussels))
	if err != nil || got != 67680 {
		t.Errorf("Threshold = %d, %v; want 67680", got, err)
	}
}

// TestPeriodsAreContiguous checks that the periods cover every day from
// 1 April 2012 without gap or overlap, and that only the last is open.
func TestPeriodsAreContiguous(t *testing.T) {
	if periods[0].from != mustDay("2012-04-01") {
		t.Errorf("first period starts %s", periods[0].from)
	}
	for i, p := range periods[:len(periods)-1] {
		next := dayOf(p.to.Time().AddDate(0, 0, 1))
		if p.to == 0 || next != periods[i+1].from {
			t.Errorf("period %s ends %s, next starts %s", p.from, p.to, periods[i+1].from)
		}
	}
	if last := periods[len(periods)-1]; last.to != 0 {
		t.Errorf("last period closed on %s", last.to)
	}
}

// TestPeriodTotals checks every period: the seats add up to the stated
// total, every threshold is seats × multiplier, from 2020 the multiplier is
// the total, and the expected states are present.
func TestPeriodTotals(t *testing.T) {
	tests := []struct {
		from                      string
		multiplier, total, states int
		uk, hr                    bool
	}{
		{"2012-04-01", 750, 754, 27, true, false},
		{"2013-07-01", 750, 766, 28, true, true},
		{"2014-07-01", 750, 751, 28, true, true},
		{"2020-01-01", 751, 751, 28, true, true},
		{"2020-02-01", 705, 705, 27, false, true},
		{"2024-07-16", 720, 720, 27, false, true},
	}
	if len(tests) != len(periods) {
		t.Fatalf("%d periods tested, %d defined", len(tests), len(periods))
	}
	for _, tt := range tests {
		t.Run(tt.from, func(t *testing.T) {
			p, err := Period(date(t, tt.from))
			if err != nil {
				t.Fatal(err)
			}
			checkPeriod(t, p, tt.multiplier, tt.total, tt.states)
			if has(p, "UK") != tt.uk || has(p, "HR") != tt.hr {
				t.Errorf("UK present %v, HR present %v", has(p, "UK"), has(p, "HR"))
			}
		})
	}
}

func checkPeriod(t *testing.T, p ThresholdPeriod, multiplier, total, states int) {
	t.Helper()
	if p.Multiplier != multiplier || p.TotalSeats != total || len(p.States) != states || p.Legal == "" {
		t.Errorf("got multiplier %d, total %d, %d states, legal %q; want %d, %d, %d",
			p.Multiplier, p.TotalSeats, len(p.States), p.Legal, multiplier, total, states)
	}
	sum := 0
	for _, s := range p.States {
		sum += s.Seats
		if s.Threshold != s.Seats*p.Multiplier {
			t.Errorf("%s: threshold %d ≠ %d seats × %d", s.Code, s.Threshold, s.Seats, p.Multiplier)
		}
	}
	if sum != p.TotalSeats {
		t.Errorf("seats add up to %d, total %d", sum, p.TotalSeats)
	}
	if p.From.Year() >= 2020 && p.Multiplier != p.TotalSeats {
		t.Errorf("multiplier %d ≠ total seats %d (Regulation (EU) 2019/788)", p.Multiplier, p.TotalSeats)
	}
}

func has(p ThresholdPeriod, code string) bool {
	for _, s := range p.States {
		if s.Code == code {
			return true
		}
	}
	return false
}

func TestPeriodBoundaries(t *testing.T) {
	tests := []struct {
		on, from, to string
	}{
		{"2012-04-01", "2012-04-01", "2013-06-30"},
		{"2013-06-30", "2012-04-01", "2013-06-30"},
		{"2019-12-31", "2014-07-01", "2019-12-31"},
		{"2020-01-15", "2020-01-01", "2020-01-31"},
		{"2024-07-15", "2020-02-01", "2024-07-15"},
		{"2024-07-16", "2024-07-16", ""},
	}
	for _, tt := range tests {
		p, err := Period(date(t, tt.on))
		if err != nil {
			t.Fatal(err)
		}
		if got := dayOf(p.From).String(); got != tt.from {
			t.Errorf("Period(%s).From = %s, want %s", tt.on, got, tt.from)
		}
		if (tt.to == "") != p.To.IsZero() || (tt.to != "" && dayOf(p.To).String() != tt.to) {
			t.Errorf("Period(%s).To = %v, want %q", tt.on, p.To, tt.to)
		}
	}
	if _, err := Period(date(t, "2012-03-31")); !errors.Is(err, ErrBeforeECI) {
		t.Errorf("Period(2012-03-31) error = %v, want ErrBeforeECI", err)
	}
}

func TestPeriodStatesInProtocolOrder(t *testing.T) {
	p, err := Period(date(t, "2019-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	if first, last := p.States[0].Code, p.States[len(p.States)-1].Code; first != "BE" || last != "UK" {
		t.Errorf("states run from %s to %s, want BE … UK", first, last)
	}
	p.States[0].Threshold = 1
	if again, _ := Period(date(t, "2019-01-01")); again.States[0].Threshold == 1 {
		t.Error("Period exposes its internal slice")
	}
}
