package initiative

import (
	"math"
	"slices"
	"time"

	"coalition/internal/initiative/eci"
)

// DefaultDeliveryRate is the share of its pledge a partner without a record
// is expected to deliver. A partner's record counts only once it has ended
// an engagement with a pledge; until then, half of what a partner promises is
// the planning assumption (organizers of past initiatives report pledges
// delivered far from in full).
const DefaultDeliveryRate = 0.5

// StateCoverage is one member state of a Coverage.
type StateCoverage struct {
	Code      string
	Threshold int
	Collected int // the latest tally
	Pledged   int // what live engagements still pledge here
	Projected int // collected plus the pledges, each discounted by its partner's record
	Gap       int // threshold − projected, 0 when the projection reaches it
	Met       bool
	Reaches   bool // the projection reaches the threshold
}

// Coverage is where an ECI stands against the thresholds.
type Coverage struct {
	Registered      time.Time
	States          []StateCoverage // every state of the Annex in force, in protocol order
	StatesMet       int
	StatesProjected int
	Collected       int
	Projected       int
	DaysLeft        int // of the collection, today and the last day included; -1 without an end date
}

// pipelinePledge is what one engagement still pledges, and the rate it is discounted by.
type pipelinePledge struct {
	remaining map[string]int
	rate      float64
}

// ComputeCoverage works out an ECI's coverage from its tallies and its
// pipeline on the day today. Only engagements still in play count (not
// declined or ended), and of each only what it has not delivered yet.
func ComputeCoverage(in Initiative, tallies []Tally, engagements []Engagement, records map[int64]DeliveryRecord, today time.Time) (Coverage, error) {
	registered := in.RegisteredOn
	if registered.IsZero() {
		registered = today
	}
	collected := latestTallies(tallies)
	a, err := eci.Assess(registered, collected)
	if err != nil {
		return Coverage{}, err
	}
	pledges := livePledges(engagements, records)
	c := Coverage{Registered: registered, DaysLeft: daysLeft(in.CollectionEnd, today)}
	for _, st := range a.States {
		sc := stateCoverage(st, pledges)
		c.States = append(c.States, sc)
		c.Collected += sc.Collected
		c.Projected += sc.Projected
		if sc.Met {
			c.StatesMet++
		}
		if sc.Reaches {
			c.StatesProjected++
		}
	}
	return c, nil
}

// stateCoverage adds the discounted pledges to one state's assessment.
func stateCoverage(st eci.StateResult, pledges []pipelinePledge) StateCoverage {
	sc := StateCoverage{Code: st.Code, Threshold: st.Threshold, Collected: st.Count, Met: st.Met}
	expected := 0.0
	for _, p := range pledges {
		n := p.remaining[st.Code]
		sc.Pledged += n
		expected += float64(n) * p.rate
	}
	sc.Projected = sc.Collected + int(math.Round(expected))
	sc.Reaches = sc.Projected >= sc.Threshold
	sc.Gap = max(0, sc.Threshold-sc.Projected)
	return sc
}

// latestTallies returns each state's latest count.
func latestTallies(ts []Tally) map[string]int {
	sorted := slices.Clone(ts)
	slices.SortStableFunc(sorted, func(a, b Tally) int { return a.On.Compare(b.On) })
	out := map[string]int{}
	for _, t := range sorted {
		out[t.Country] = t.Count
	}
	return out
}

// livePledges returns what each engagement still in play pledges and has not
// delivered, with its partner's rate.
func livePledges(es []Engagement, records map[int64]DeliveryRecord) []pipelinePledge {
	var out []pipelinePledge
	for _, e := range es {
		if e.Stage == StageDeclined || e.Stage == StageEnded || len(e.Pledge.Signatures) == 0 {
			continue
		}
		p := pipelinePledge{remaining: map[string]int{}, rate: DefaultDeliveryRate}
		if r, ok := records[e.OrgID]; ok && e.OrgID != 0 && r.Pledged > 0 {
			p.rate = r.Rate()
		}
		for code, n := range e.Pledge.Signatures {
			if left := n - e.Delivered.Signatures[code]; left > 0 {
				p.remaining[code] = left
			}
		}
		out = append(out, p)
	}
	return out
}

// daysLeft counts the days of collection left from today to end, both
// included: 1 on the last day, 0 once it has passed, -1 without an end.
func daysLeft(end, today time.Time) int {
	if end.IsZero() {
		return -1
	}
	t := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	return max(0, int(end.Sub(t).Hours()/24)+1)
}
