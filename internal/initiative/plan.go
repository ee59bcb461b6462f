package initiative

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strconv"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/search/planner"
)

// MaxPlanSize bounds the budget of PlanAlliance.
const MaxPlanSize = 200

// LevelRule is how many signatures a partner of one level is expected to
// collect in its member state before its delivery rate: MemberPercent of
// its members plus AudiencePermille of its audience, at least Floor and at
// most Cap.
type LevelRule struct {
	Level            string // vocab level; "" for partners without one
	MemberPercent    float64
	AudiencePermille float64
	Floor, Cap       int
}

// CapacityModel is the estimate the alliance planner works with. A partner
// collects in the member state it is based in, and only there; what it
// collects is its level's rule applied to its members and audience, times
// its delivery rate: the share of its pledges it delivered in ended
// engagements when it has such a record, DeliveryRate otherwise.
type CapacityModel struct {
	Rules        []LevelRule
	DeliveryRate float64
}

// DefaultCapacityModel is the planner's model. Local and regional partners
// reach their members in person (stalls, meetings, newsletters): 10% of
// members and 5‰ of the audience, capped at 2,000 and 5,000. National ones
// reach a smaller share, 5% and 2‰, capped at 20,000. European and
// international networks collect mostly through their national members:
// 1% and 1‰, capped at 3,000 in their own state. Every partner is assumed
// to manage 50 signatures, and each estimate is then discounted by the
// delivery rate (DefaultDeliveryRate without a record).
var DefaultCapacityModel = CapacityModel{
	Rules: []LevelRule{
		{Level: "local", MemberPercent: 10, AudiencePermille: 5, Floor: 50, Cap: 2000},
		{Level: "regional", MemberPercent: 10, AudiencePermille: 5, Floor: 50, Cap: 5000},
		{Level: "national", MemberPercent: 5, AudiencePermille: 2, Floor: 50, Cap: 20000},
		{Level: "european", MemberPercent: 1, AudiencePermille: 1, Floor: 50, Cap: 3000},
		{Level: "international", MemberPercent: 1, AudiencePermille: 1, Floor: 50, Cap: 3000},
		{Level: "", MemberPercent: 5, AudiencePermille: 2, Floor: 50, Cap: 5000},
	},
	DeliveryRate: DefaultDeliveryRate,
}

// rule returns the rule for a level, the level-less one when none matches.
func (m CapacityModel) rule(level string) LevelRule {
	for _, r := range m.Rules {
		if r.Level == level {
			return r
		}
	}
	return m.Rules[len(m.Rules)-1]
}

// Estimate is the signatures o is expected to collect, delivered at rate.
func (m CapacityModel) Estimate(o directory.Organization, rate float64) int {
	r := m.rule(o.Level)
	raw := float64(o.Members)*r.MemberPercent/100 + float64(o.Audience)*r.AudiencePermille/1000
	raw = min(float64(r.Cap), max(float64(r.Floor), raw))
	return int(math.Round(raw * rate))
}

// PlanCoverage is the number of member states whose projection reaches the
// threshold and the projected signatures in all of them.
type PlanCoverage struct {
	StatesOver int
	Total      int
}

// PlanPick is one partner of a plan: the suggestion, the member state and
// signatures expected of it, and what it adds given the picks before it.
type PlanPick struct {
	Suggestion
	Country  string  // EU code of the state it collects in
	Rate     float64 // the delivery rate its estimate is discounted by
	Capacity int     // expected signatures
	Helps    bool    // it narrows a gap still open
	Closes   bool    // it brings its state over threshold
	ToGap    int     // the part of Capacity within the gap still open
	After    PlanCoverage
}

// Plan is the alliance planner's proposal: the partners to approach, in
// the order picked, and the coverage before and after them. States lists
// the member states the picks change. TopScored is what the same number of
// the best-scored suggestions would achieve, for comparison; Pool is how
// many suggestions were considered.
type Plan struct {
	K         int
	Model     CapacityModel
	Picks     []PlanPick
	Before    PlanCoverage
	After     PlanCoverage
	TopScored PlanCoverage
	States    []planner.StateChange
	Surrogate float64
	Pool      int
}

// PlanAlliance proposes at most k partners (1 to MaxPlanSize) that together
// bring the most member states over threshold, then add the most
// signatures: the suggestions for q (up to 2,000, engaged ones left out),
// each with its capacity under DefaultCapacityModel, handed to the
// max-coverage planner with the gaps between each state's threshold and its
// realistic projection.
func (s *Service) PlanAlliance(ctx context.Context, actor Actor, id int64, q MatchQuery, k int) (Plan, error) {
	if k < 1 || k > MaxPlanSize {
		return Plan{}, i18n.Invalid("k", "validation.range", "min", 1, "max", MaxPlanSize)
	}
	c, pool, err := s.suggestAll(ctx, actor, id, q)
	if err != nil {
		return Plan{}, err
	}
	cands, err := s.planCandidates(ctx, pool)
	if err != nil {
		return Plan{}, err
	}
	states := plannerStates(c)
	sl, err := planner.Plan(states, cands.list, k)
	if err != nil {
		return Plan{}, err
	}
	p := newPlan(k, sl, cands)
	p.TopScored = topScored(states, cands, k)
	return p, nil
}

// suggestAll returns the coverage and every suggestion of the match pool,
// best first.
func (s *Service) suggestAll(ctx context.Context, actor Actor, id int64, q MatchQuery) (Coverage, []Suggestion, error) {
	c, _, err := s.Coverage(ctx, actor, id)
	if err != nil || s.candidates == nil {
		return c, nil, err
	}
	engaged, err := s.engagements.Engagements(ctx, id, EngagementFilter{})
	if err != nil {
		return c, nil, err
	}
	orgs, err := s.matchPool(ctx, q, c)
	if err != nil {
		return c, nil, err
	}
	m := newMatcher(c, engaged, q)
	var out []Suggestion
	for rank, o := range orgs {
		if sg, ok := m.suggest(o, rank, len(orgs)); ok {
			out = append(out, sg)
		}
	}
	slices.SortStableFunc(out, func(a, b Suggestion) int { return cmp.Compare(b.Score, a.Score) })
	return c, out, nil
}

// candidateSet is the planner's candidates beside the picks they stand for.
type candidateSet struct {
	list  []planner.Candidate
	picks map[string]PlanPick // by candidate ID
}

// planCandidates estimates each suggestion's capacity in its member state;
// organizations outside the member states are left out.
func (s *Service) planCandidates(ctx context.Context, pool []Suggestion) (candidateSet, error) {
	ids := make([]int64, 0, len(pool))
	for _, sg := range pool {
		ids = append(ids, sg.Org.ID)
	}
	records, err := s.tallies.DeliveryRecords(ctx, ids)
	if err != nil {
		return candidateSet{}, err
	}
	set := candidateSet{picks: make(map[string]PlanPick, len(pool))}
	for _, sg := range pool {
		st, ok := eu.Lookup(sg.Org.Country)
		if !ok {
			continue
		}
		p := PlanPick{Suggestion: sg, Country: st.Code, Rate: DefaultCapacityModel.DeliveryRate}
		if r, ok := records[sg.Org.ID]; ok && r.Pledged > 0 {
			p.Rate = r.Rate()
		}
		p.Capacity = DefaultCapacityModel.Estimate(sg.Org, p.Rate)
		cid := candidateID(sg.Org.ID)
		set.list = append(set.list, planner.Candidate{ID: cid, Capacity: map[string]int{st.Code: p.Capacity}})
		set.picks[cid] = p
	}
	return set, nil
}

func candidateID(orgID int64) string { return "org-" + strconv.FormatInt(orgID, 10) }

// plannerStates turns the coverage into the planner's states: the gap is
// the threshold less the realistic projection, negative when over.
func plannerStates(c Coverage) []planner.State {
	out := make([]planner.State, len(c.States))
	for i, st := range c.States {
		out[i] = planner.State{Code: st.Code, Gap: st.Threshold - st.Projected, Projected: st.Projected}
	}
	return out
}

// newPlan reads the planner's shortlist back into partners.
func newPlan(k int, sl planner.Shortlist, cands candidateSet) Plan {
	p := Plan{K: k, Model: DefaultCapacityModel, Pool: len(cands.list), Surrogate: sl.Surrogate,
		Before: PlanCoverage(sl.Before), After: PlanCoverage(sl.After)}
	for _, pk := range sl.Picks {
		pick := cands.picks[pk.ID]
		pick.Helps, pick.Closes = len(pk.Helps) > 0, len(pk.Closes) > 0
		pick.ToGap, pick.After = pk.GapSignatures, PlanCoverage(pk.After)
		p.Picks = append(p.Picks, pick)
	}
	for _, st := range sl.States {
		if st.After != st.Before {
			p.States = append(p.States, st)
		}
	}
	return p
}

// topScored is the coverage the k best-scored candidates would bring.
func topScored(states []planner.State, cands candidateSet, k int) PlanCoverage {
	added := map[string]int{}
	for _, c := range cands.list[:min(k, len(cands.list))] {
		for code, n := range c.Capacity {
			added[code] += n
		}
	}
	var out PlanCoverage
	for _, st := range states {
		out.Total += st.Projected + added[st.Code]
		if st.Gap <= added[st.Code] {
			out.StatesOver++
		}
	}
	return out
}
