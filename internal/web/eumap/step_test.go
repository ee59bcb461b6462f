package eumap

import (
	"math"
	"testing"
)

func TestStep(t *testing.T) {
	tests := []struct {
		share float64
		want  int
	}{
		{0, 0}, {math.NaN(), 0}, {-1, 0},
		{0.0001, 1}, {0.2499, 1},
		{0.25, 2}, {0.29, 2}, {0.4999, 2},
		{0.5, 3}, {0.7499, 3},
		{0.75, 4}, {0.99, 4}, {0.9999, 4},
		{1, 5}, {1.12, 5}, {math.Inf(1), 5},
	}
	for _, tt := range tests {
		if got := Step(tt.share); got != tt.want {
			t.Errorf("Step(%v) = %d, want %d", tt.share, got, tt.want)
		}
	}
}

func TestPercent(t *testing.T) {
	tests := []struct {
		share float64
		want  string
	}{
		{0, "0%"}, {0.004, "<1%"}, {0.01, "1%"}, {0.29, "29%"},
		{0.37, "37%"}, {0.999, "99%"}, {1, "100%"}, {1.126, "112%"},
	}
	for _, tt := range tests {
		if got := percent(tt.share); got != tt.want {
			t.Errorf("percent(%v) = %q, want %q", tt.share, got, tt.want)
		}
	}
}

// TestPercentMatchesStep checks that a state's default label always lies
// in the range its colour step names in the legend.
func TestPercentMatchesStep(t *testing.T) {
	for i := 0; i <= 20000; i++ {
		share := float64(i) / 10000
		p := floorPercent(share)
		step := Step(share)
		lo, hi := (step-1)*25, step*25-1
		switch {
		case step == 0 && share != 0,
			step == Steps-1 && p < 100,
			step > 0 && step < Steps-1 && (p < lo || p > hi):
			t.Fatalf("share %v: %d%% in step %d (%s)", share, p, step, stepRanges[step])
		}
	}
}
