package planner

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// naive is greedy without lazy evaluation, written from the public input:
// each round it evaluates every candidate not yet picked and takes the
// largest gain, then the most states closed, the most signatures, the first
// listed. Gains are summed in the order the states are given, as Plan does.
func naive(states []State, cands []Candidate, k int) []string {
	rem, capacity := make([]int, len(states)), dense(states, cands)
	for s, st := range states {
		rem[s] = max(0, st.Gap)
	}
	picked := make([]bool, len(cands))
	out := []string{}
	for len(out) < k {
		best := bestNaive(states, capacity, rem, picked)
		if best < 0 {
			break
		}
		picked[best] = true
		out = append(out, cands[best].ID)
		for s := range states {
			rem[s] = max(0, rem[s]-capacity[best][s])
		}
	}
	return out
}

// dense returns each candidate's capacities in the order of the states.
func dense(states []State, cands []Candidate) [][]int {
	out := make([][]int, len(cands))
	for i, c := range cands {
		out[i] = make([]int, len(states))
		for s, st := range states {
			out[i][s] = c.Capacity[st.Code]
		}
	}
	return out
}

type naiveRank struct {
	gain  int64
	close int
	sigs  int
}

func bestNaive(states []State, capacity [][]int, rem []int, picked []bool) int {
	best, bestRank := -1, naiveRank{}
	for i, c := range capacity {
		if picked[i] {
			continue
		}
		r := rankNaive(states, c, rem)
		if r.sigs > 0 && (best < 0 || r.gain > bestRank.gain ||
			r.gain == bestRank.gain && (r.close > bestRank.close || r.close == bestRank.close && r.sigs > bestRank.sigs)) {
			best, bestRank = i, r
		}
	}
	return best
}

func rankNaive(states []State, capacity []int, rem []int) naiveRank {
	var r naiveRank
	g := 0.0
	for s, a := range capacity {
		r.sigs += a
		if a > 0 && rem[s] > 0 {
			g += float64(min(a, rem[s])) * (1 / float64(states[s].Gap))
			if a >= rem[s] {
				r.close++
			}
		}
	}
	r.gain = key(g)
	return r
}

// TestPlanLazyMatchesNaive: lazy evaluation picks exactly what evaluating
// every candidate in every round picks, ties included, on random instances
// built so that gains tie often.
func TestPlanLazyMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for i := range 200 {
		states, cands := randomInstance(rng, 3+rng.IntN(8), 20+rng.IntN(200), 10+rng.IntN(2)*7)
		k := rng.IntN(len(cands) + 5)
		sl := mustPlan(t, states, cands, k)
		if got, want := ids(sl.Picks), naive(states, cands, k); !slices.Equal(got, want) {
			t.Fatalf("instance %d, k=%d:\nlazy  %v\nnaive %v", i, k, got, want)
		}
	}
}
