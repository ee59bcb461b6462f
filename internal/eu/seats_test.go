package eu

import (
	"errors"
	"testing"
)

func TestSeats(t *testing.T) {
	tests := []struct {
		code, on string
		want     int
		err      error
	}{
		{"DE", "2009-07-14", 99, nil},
		{"MT", "2011-11-30", 5, nil},
		{"MT", "2011-12-01", 6, nil},
		{"ES", "2011-12-01", 54, nil},
		{"UK", "2012-04-01", 73, nil},
		{"HR", "2013-06-30", 0, ErrUnknownState},
		{"HR", "2013-07-01", 12, nil},
		{"HR", "2014-06-30", 12, nil},
		{"HR", "2014-07-01", 11, nil},
		{"DE", "2014-06-30", 99, nil},
		{"DE", "2014-07-01", 96, nil},
		{"GB", "2020-01-31", 73, nil},
		{"UK", "2020-02-01", 0, ErrUnknownState},
		{"IE", "2020-01-31", 11, nil},
		{"IE", "2020-02-01", 13, nil},
		{"NL", "2024-07-15", 29, nil},
		{"NL", "2024-07-16", 31, nil},
		{"GR", "2024-07-16", 21, nil},
		{"EL", "2030-01-01", 21, nil},
		{"LV", "2025-06-01", 9, nil},
		{"DE", "2009-07-13", 0, ErrNoData},
		{"XX", "2020-01-01", 0, ErrUnknownState},
	}
	for _, tt := range tests {
		t.Run(tt.code+"@"+tt.on, func(t *testing.T) {
			got, err := Seats(tt.code, date(t, tt.on))
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Errorf("Seats(%s, %s) = %d, %v; want %d, %v", tt.code, tt.on, got, err, tt.want, tt.err)
			}
		})
	}
}

// TestCompositionTotals checks each column of ep_seats.csv against the
// total its legal source states.
func TestCompositionTotals(t *testing.T) {
	for _, c := range compositions {
		sum := 0
		for _, n := range seatTable()[c.from] {
			sum += n
		}
		if sum != c.total {
			t.Errorf("composition %s: seats add up to %d, source states %d", c.from, sum, c.total)
		}
	}
}

func TestCompositionStates(t *testing.T) {
	for _, c := range compositions {
		col := seatTable()[c.from]
		for code := range col {
			if _, ok := LookupAny(code); !ok {
				t.Errorf("composition %s: unknown state %s", c.from, code)
			}
		}
		want := 27 // 2009–2013: 26 + UK; 2013–2020: 27 + UK; from 2020: 27
		if c.from >= mustDay("2013-07-01") && c.from < mustDay("2020-02-01") {
			want = 28
		}
		if len(col) != want {
			t.Errorf("composition %s has %d states, want %d", c.from, len(col), want)
		}
	}
}
