package planner

import (
	"cmp"
	"slices"
	"strconv"
	"testing"
)

// topK is what the planner replaces: rank candidates by a score of their
// own, without regard to one another, and take the first k.
func topK(cands []Candidate, k int, score func(Candidate) float64) []Candidate {
	sorted := slices.Clone(cands)
	slices.SortStableFunc(sorted, func(a, b Candidate) int { return cmp.Compare(score(b), score(a)) })
	return sorted[:min(k, len(sorted))]
}

// signatures scores a candidate by all the signatures it can collect.
func signatures(c Candidate) float64 {
	n := 0
	for _, v := range c.Capacity {
		n += v
	}
	return float64(n)
}

// TestPlanBeatsTopK is the case a shortlist by score gets wrong: the
// biggest candidates all work in one state. Top 7 by signatures brings only
// Germany over. Top 7 by each candidate's own share of the gaps brings only
// Latvia over: ten Latvian candidates can each close its gap alone, and
// they are listed first. The planner spreads the picks over seven states.
func TestPlanBeatsTopK(t *testing.T) {
	states := gaps("DE", 60_000, "LV", 5000, "EE", 3500, "LT", 4500, "SI", 5000, "CY", 3000, "LU", 3000, "MT", 3000)
	var cands []Candidate
	for i := range 10 {
		cands = append(cands, cand("de"+strconv.Itoa(i), "DE", 30_000))
		cands = append(cands, cand("lv"+strconv.Itoa(i), "LV", 5000))
	}
	for _, code := range []string{"EE", "LT", "SI", "CY", "LU", "MT"} {
		cands = append(cands, cand("local-"+code, code, 5000))
	}
	own := func(c Candidate) float64 { return evaluate(states, []Candidate{c}).f }
	sl := mustPlan(t, states, cands, 7)
	for name, picks := range map[string][]Candidate{
		"signatures": topK(cands, 7, signatures),
		"own share":  topK(cands, 7, own),
	} {
		if top := evaluate(states, picks); top.over != 1 || sl.After.StatesOver != 7 {
			t.Errorf("top 7 by %s: %d states over; planner %v: %d", name, top.over, ids(sl.Picks), sl.After.StatesOver)
		}
	}
}
