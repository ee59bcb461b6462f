package planner

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"coalition/internal/eu"
)

// synthetic returns the 27 member states with the thresholds for
// initiatives registered in 2025 (720 seats), projections between a tenth
// of the threshold and a tenth above it, and n candidates from a fixed seed:
// 90% local organizations in one state (10 signatures plus an exponential of
// mean 60), 9% national ones in one to three (100 plus a mean of 500 in each),
// 1% European ones in 5 to 27 (20 plus a mean of 150 in each). States are
// drawn in proportion to their seats.
func synthetic(tb testing.TB, n int) ([]State, []Candidate) {
	tb.Helper()
	p, err := eu.Period(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		tb.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(2025, 720))
	states, seats := make([]State, len(p.States)), make([]int, len(p.States))
	for i, st := range p.States {
		projected := int(float64(st.Threshold) * (0.1 + rng.Float64()))
		states[i] = State{Code: st.Code, Gap: st.Threshold - projected, Projected: projected}
		seats[i] = st.Seats
	}
	g := generator{rng: rng, states: states, cum: cumulative(seats)}
	cands := make([]Candidate, n)
	for i := range cands {
		cands[i] = g.candidate("org-" + strconv.Itoa(i))
	}
	return states, cands
}

type generator struct {
	rng    *rand.Rand
	states []State
	cum    []int // cumulative seats, for drawing a state by its size
}

func cumulative(seats []int) []int {
	out, sum := make([]int, len(seats)), 0
	for i, s := range seats {
		sum += s
		out[i] = sum
	}
	return out
}

// candidate draws a local, national or European organization.
func (g generator) candidate(id string) Candidate {
	switch r := g.rng.Float64(); {
	case r < 0.90:
		return g.spread(id, 1, 10, 60)
	case r < 0.99:
		return g.spread(id, 1+g.rng.IntN(3), 100, 500)
	default:
		return g.spread(id, 5+g.rng.IntN(23), 20, 150)
	}
}

// spread gives a candidate up to states member states (a state drawn twice
// counts once) with capacities of base plus an exponential of mean scale.
func (g generator) spread(id string, states, base int, scale float64) Candidate {
	c := Candidate{ID: id, Capacity: make(map[string]int, states)}
	for range states {
		s, _ := slices.BinarySearch(g.cum, 1+g.rng.IntN(g.cum[len(g.cum)-1]))
		c.Capacity[g.states[s].Code] = base + int(g.rng.ExpFloat64()*scale)
	}
	return c
}

// BenchmarkPlan100k plans shortlists of 50 and 200 from 100,000 synthetic
// candidates over the 27 member states, input checking included. Besides
// ns/op it reports the process's CPU time per plan (all threads, the
// garbage collector's included), which other processes on the machine do
// not inflate, and what the shortlist achieves.
func BenchmarkPlan100k(b *testing.B) {
	states, cands := synthetic(b, 100_000)
	for _, k := range []int{50, 200} {
		b.Run("k="+strconv.Itoa(k), func(b *testing.B) {
			b.ReportAllocs()
			var sl Shortlist
			var err error
			cpu := cpuTime()
			for b.Loop() {
				sl, err = Plan(states, cands, k)
			}
			if err != nil {
				b.Fatal(err)
			}
			if used := cpuTime() - cpu; used > 0 {
				b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
			}
			b.ReportMetric(float64(sl.Before.StatesOver), "states-before")
			b.ReportMetric(float64(sl.After.StatesOver), "states-after")
		})
	}
}

// TestPlanSyntheticMatchesNaive: on the benchmark's kind of input, lazy
// evaluation picks what evaluating every candidate in every round picks.
func TestPlanSyntheticMatchesNaive(t *testing.T) {
	states, cands := synthetic(t, 5000)
	for _, k := range []int{1, 50, 200} {
		sl := mustPlan(t, states, cands, k)
		if got, want := ids(sl.Picks), naive(states, cands, k); !slices.Equal(got, want) {
			t.Errorf("k=%d:\nlazy  %v\nnaive %v", k, got, want)
		}
	}
}
