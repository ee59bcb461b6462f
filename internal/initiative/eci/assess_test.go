package eci

import (
	"errors"
	"testing"
	"time"

	"coalition/internal/eu"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestAssessThresholdPeriods checks Latvia's minimum, and whether Croatia and
// the United Kingdom are in the Annex, on both sides of every boundary:
// seats × 750 until 2019 (9 seats until June 2014, then 8), × 751 in January
// 2020, 8 × 705 from February 2020, 9 × 720 from 16 July 2024.
func TestAssessThresholdPeriods(t *testing.T) {
	for _, tc := range []struct {
		registered string
		lv         int
		hr, uk     bool
	}{
		{"2012-04-01", 6750, false, true},
		{"2013-06-30", 6750, false, true},
		{"2013-07-01", 6750, true, true},
		{"2014-06-30", 6750, true, true},
		{"2014-07-01", 6000, true, true},
		{"2019-12-31", 6000, true, true},
		{"2020-01-01", 6008, true, true},
		{"2020-01-31", 6008, true, true},
		{"2020-02-01", 5640, true, false},
		{"2024-07-15", 5640, true, false},
		{"2024-07-16", 6480, true, false},
		{"2026-11-01", 6480, true, false},
	} {
		a, err := Assess(day(tc.registered), map[string]int{"LV": 6000})
		if err != nil {
			t.Fatalf("%s: %v", tc.registered, err)
		}
		lv, hr, uk := find(a, "LV"), find(a, "HR"), find(a, "UK")
		if lv == nil || lv.Threshold != tc.lv || lv.Met != (6000 >= tc.lv) || lv.Short != max(0, tc.lv-6000) {
			t.Errorf("%s: LV = %+v, want threshold %d", tc.registered, lv, tc.lv)
		}
		if (hr != nil) != tc.hr || (uk != nil) != tc.uk {
			t.Errorf("%s: Croatia listed %v, United Kingdom listed %v", tc.registered, hr != nil, uk != nil)
		}
	}
}

func find(a Assessment, code string) *StateResult {
	for i := range a.States {
		if a.States[i].Code == code {
			return &a.States[i]
		}
	}
	return nil
}

// TestAssessValidity: seven states at their minimum and a million in all is
// valid; one signature less anywhere that matters is not.
func TestAssessValidity(t *testing.T) {
	registered := day("2025-03-01")
	atMinimum := map[string]int{"DE": 69120, "FR": 58320, "IT": 54720, "ES": 43920, "PL": 38160, "RO": 23760, "MT": 4320}
	base := 0
	for _, n := range atMinimum {
		base += n
	}
	valid := clone(atMinimum)
	valid["DE"] += MinSignatories - base
	for _, tc := range []struct {
		name      string
		support   map[string]int
		statesMet int
		total     int
		valid     bool
	}{
		{"seven states and a million", valid, 7, MinSignatories, true},
		{"Malta one short", with(valid, "MT", 4319), 6, MinSignatories - 1, false},
		{"Malta short, Latvia over instead", with(with(valid, "MT", 4319), "LV", 6480), 7, MinSignatories - 1 + 6480, true},
		{"seven states, one signature short of a million", with(valid, "DE", valid["DE"]-1), 7, MinSignatories - 1, false},
		{"a million in one state", map[string]int{"DE": MinSignatories}, 1, MinSignatories, false},
		{"nothing", map[string]int{}, 0, 0, false},
	} {
		a, err := Assess(registered, tc.support)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if a.StatesMet != tc.statesMet || a.Total != tc.total || a.Valid != tc.valid || len(a.States) != 27 {
			t.Errorf("%s: %d states met, total %d, valid %v, %d states listed; want %d, %d, %v, 27",
				tc.name, a.StatesMet, a.Total, a.Valid, len(a.States), tc.statesMet, tc.total, tc.valid)
		}
	}
}

func clone(m map[string]int) map[string]int {
	out := map[string]int{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

func with(m map[string]int, code string, n int) map[string]int {
	out := clone(m)
	out[code] = n
	return out
}

func TestAssessRefuses(t *testing.T) {
	if _, err := Assess(day("2012-03-31"), map[string]int{"DE": 1}); !errors.Is(err, eu.ErrBeforeECI) {
		t.Errorf("before April 2012: %v", err)
	}
	_, err := Assess(day("2021-01-01"), map[string]int{"UK": 100})
	var se *StateError
	if !errors.As(err, &se) || se.Code != "UK" || !errors.Is(err, eu.ErrUnknownState) {
		t.Errorf("the United Kingdom after it left: %v", err)
	}
}
