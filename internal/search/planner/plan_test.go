package planner

import (
	"errors"
	"slices"
	"testing"

	"coalition/internal/errs"
)

func TestPlan(t *testing.T) {
	for _, tc := range []struct {
		name   string
		states []State
		cands  []Candidate
		k      int
		want   []string // picks in order
		over   int      // states over threshold after
	}{
		{"budget 0", gaps("LV", 100), []Candidate{cand("a", "LV", 100)}, 0, []string{}, 0},
		{"no candidates", gaps("LV", 100), nil, 3, []string{}, 0},
		{"budget larger than candidates", gaps("LV", 100, "EE", 100),
			[]Candidate{cand("b", "EE", 50), cand("c", "EE", 60), cand("a", "LV", 100)}, 10,
			[]string{"a", "c", "b"}, 2},
		{"zero capacity never picked", gaps("LV", 100),
			[]Candidate{cand("z", "LV", 0), cand("empty"), cand("a", "LV", 30)}, 5,
			[]string{"a"}, 0},
		{"states over threshold add signatures only", gaps("DE", -500, "LV", 100),
			[]Candidate{cand("big", "DE", 10_000), cand("small", "LV", 100)}, 2,
			[]string{"small", "big"}, 2},
		{"a gap of 0 is over threshold", gaps("DE", 0, "LV", 100),
			[]Candidate{cand("de", "DE", 5)}, 1, []string{"de"}, 1},
		{"meeting a gap exactly closes it", gaps("LV", 100, "EE", 300),
			[]Candidate{cand("ee", "EE", 200), cand("lv", "LV", 100)}, 1, []string{"lv"}, 1},
		{"equal gains: the one that closes a state", gaps("LV", 100, "EE", 100, "LT", 100),
			[]Candidate{cand("half", "LV", 50, "EE", 50), cand("lt", "LT", 100)}, 1, []string{"lt"}, 1},
		{"equal gains and closes: more signatures", gaps("LV", 100, "EE", 100),
			[]Candidate{cand("lv", "LV", 100), cand("ee", "EE", 400)}, 1, []string{"ee"}, 1},
		{"all equal: listed first", gaps("LV", 100, "EE", 100),
			[]Candidate{cand("ee", "EE", 100), cand("lv", "LV", 100)}, 1, []string{"ee"}, 1},
		{"no gap left: most signatures", gaps("LV", 100, "DE", -1),
			[]Candidate{cand("lv", "LV", 100), cand("x", "DE", 10), cand("y", "DE", 30), cand("z", "LV", 20)}, 3,
			[]string{"lv", "y", "z"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sl := mustPlan(t, tc.states, tc.cands, tc.k)
			if got := ids(sl.Picks); !slices.Equal(got, tc.want) || sl.After.StatesOver != tc.over {
				t.Errorf("picks %v with %d states over, want %v with %d", got, sl.After.StatesOver, tc.want, tc.over)
			}
		})
	}
}

// TestPlanContribution checks what one pick reports: the states it helps and
// closes, its signatures toward the total and toward the gaps, its gain in f,
// and every state before and after.
func TestPlanContribution(t *testing.T) {
	states := []State{{"LV", 100, 6380}, {"EE", 50, 5000}, {"DE", -10, 69_130}}
	sl := mustPlan(t, states, []Candidate{cand("m", "LV", 60, "EE", 80, "DE", 1000)}, 1)
	want := Pick{ID: "m", Helps: []string{"LV", "EE"}, Closes: []string{"EE"}, Signatures: 1140,
		GapSignatures: 110, Gain: 1.6, After: Coverage{StatesOver: 2, Total: 81_650}}
	if len(sl.Picks) != 1 || !samePick(sl.Picks[0], want) {
		t.Fatalf("picks = %+v, want %+v", sl.Picks, want)
	}
	if sl.Before != (Coverage{StatesOver: 1, Total: 80_510}) || sl.After != want.After || !near(sl.Surrogate, 1.6) {
		t.Errorf("before %+v, after %+v, f %v", sl.Before, sl.After, sl.Surrogate)
	}
	wantStates := []StateChange{
		{"LV", 100, 6380, 6440, false, false},
		{"EE", 50, 5000, 5080, false, true},
		{"DE", -10, 69_130, 70_130, true, true},
	}
	if !slices.Equal(sl.States, wantStates) {
		t.Errorf("states = %+v, want %+v", sl.States, wantStates)
	}
}

func samePick(a, b Pick) bool {
	return a.ID == b.ID && slices.Equal(a.Helps, b.Helps) && slices.Equal(a.Closes, b.Closes) &&
		a.Signatures == b.Signatures && a.GapSignatures == b.GapSignatures && near(a.Gain, b.Gain) && a.After == b.After
}

func TestPlanRejects(t *testing.T) {
	for _, tc := range []struct {
		name   string
		states []State
		cands  []Candidate
		k      int
		want   error
	}{
		{"duplicate candidate", gaps("LV", 100), []Candidate{cand("a", "LV", 1), cand("b"), cand("a", "LV", 2)}, 1, ErrDuplicateCandidate},
		{"negative capacity", gaps("LV", 100, "EE", 5), []Candidate{cand("a", "LV", 10, "EE", -1)}, 1, ErrNegative},
		{"negative projection", []State{{"LV", 100, -1}}, nil, 1, ErrNegative},
		{"negative budget", gaps("LV", 100), nil, -1, ErrNegative},
		{"duplicate state", gaps("LV", 100, "LV", 50), nil, 1, ErrDuplicateState},
		{"state not listed", gaps("LV", 100), []Candidate{cand("a", "LV", 10, "UK", 10)}, 1, ErrUnknownState},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sl, err := Plan(tc.states, tc.cands, tc.k)
			if !errors.Is(err, tc.want) || !errors.Is(err, errs.ErrInvalid) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
			if len(sl.Picks) != 0 || sl.States != nil {
				t.Errorf("shortlist %+v beside an error", sl)
			}
		})
	}
}
