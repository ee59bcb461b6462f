package planner

import (
	"slices"
	"testing"
)

// cand builds a candidate from id and pairs of state code and capacity.
func cand(id string, pairs ...any) Candidate {
	c := Candidate{ID: id, Capacity: map[string]int{}}
	for i := 0; i < len(pairs); i += 2 {
		c.Capacity[pairs[i].(string)] = pairs[i+1].(int)
	}
	return c
}

// gaps builds states from pairs of code and gap, each projected at 1,000.
func gaps(pairs ...any) []State {
	var out []State
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, State{Code: pairs[i].(string), Gap: pairs[i+1].(int), Projected: 1000})
	}
	return out
}

func ids(picks []Pick) []string {
	out := []string{}
	for _, p := range picks {
		out = append(out, p.ID)
	}
	return out
}

func mustPlan(t *testing.T, states []State, cands []Candidate, k int) Shortlist {
	t.Helper()
	sl, err := Plan(states, cands, k)
	if err != nil {
		t.Fatal(err)
	}
	checkConsistent(t, states, cands, sl)
	return sl
}

// outcome is what a set of candidates achieves, computed from the public
// input alone: states over threshold, the surrogate f, and total signatures.
type outcome struct {
	over  int
	f     float64
	total int
}

func evaluate(states []State, picked []Candidate) outcome {
	var o outcome
	for _, s := range states {
		added := 0
		for _, c := range picked {
			added += c.Capacity[s.Code]
		}
		o.total += s.Projected + added
		if added >= s.Gap {
			o.over++
		}
		if s.Gap > 0 {
			o.f += min(1, float64(added)/float64(s.Gap))
		}
	}
	return o
}

func byID(cands []Candidate, want []string) []Candidate {
	var out []Candidate
	for _, c := range cands {
		if slices.Contains(want, c.ID) {
			out = append(out, c)
		}
	}
	return out
}

// checkConsistent checks a shortlist against an evaluation of its picks from
// the input: coverage after each pick and at the end, the states, and f.
func checkConsistent(t *testing.T, states []State, cands []Candidate, sl Shortlist) {
	t.Helper()
	if got, want := sl.Before, evaluate(states, nil); got.StatesOver != want.over || got.Total != want.total {
		t.Errorf("before = %+v, want %+v", got, want)
	}
	for i, p := range sl.Picks {
		want := evaluate(states, byID(cands, ids(sl.Picks[:i+1])))
		if p.After.StatesOver != want.over || p.After.Total != want.total {
			t.Errorf("after pick %d (%s) = %+v, want %+v", i, p.ID, p.After, want)
		}
	}
	want := evaluate(states, byID(cands, ids(sl.Picks)))
	if sl.After.StatesOver != want.over || sl.After.Total != want.total || !near(sl.Surrogate, want.f) {
		t.Errorf("after = %+v, f %v; want %+v", sl.After, sl.Surrogate, want)
	}
	checkStates(t, states, sl)
}

func checkStates(t *testing.T, states []State, sl Shortlist) {
	t.Helper()
	if len(sl.States) != len(states) {
		t.Fatalf("%d states reported, want %d", len(sl.States), len(states))
	}
	over := 0
	for i, c := range sl.States {
		s := states[i]
		if c.Code != s.Code || c.Gap != s.Gap || c.Before != s.Projected || c.OverBefore != (s.Gap <= 0) ||
			c.OverAfter != (c.After-c.Before >= s.Gap) {
			t.Errorf("state %d = %+v for %+v", i, c, s)
		}
		if c.OverAfter {
			over++
		}
	}
	if over != sl.After.StatesOver {
		t.Errorf("%d states over after, coverage says %d", over, sl.After.StatesOver)
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
