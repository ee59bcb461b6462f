package api

import (
	"net/http"
	"strconv"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// planJSON is the alliance planner's proposal.
type planJSON struct {
	K         int             `json:"k"`
	Pool      int             `json:"pool"`
	Model     modelJSON       `json:"model"`
	Picks     []planPickJSON  `json:"picks"`
	Before    planCovJSON     `json:"before"`
	After     planCovJSON     `json:"after"`
	TopScored planCovJSON     `json:"top_scored"`
	States    []planStateJSON `json:"states"`
	Surrogate float64         `json:"surrogate"`
}

// modelJSON is the capacity model the estimates come from.
type modelJSON struct {
	DeliveryRate float64         `json:"delivery_rate"`
	Levels       []levelRuleJSON `json:"levels"`
}

type levelRuleJSON struct {
	Level            string  `json:"level"`
	MemberPercent    float64 `json:"member_percent"`
	AudiencePermille float64 `json:"audience_permille"`
	Floor            int     `json:"floor"`
	Cap              int     `json:"cap"`
}

// planPickJSON is one partner of the plan and what it adds.
type planPickJSON struct {
	Organization orgJSON     `json:"organization"`
	Reasons      []string    `json:"reasons"`
	Country      string      `json:"country"`
	Capacity     int         `json:"capacity"`
	DeliveryRate float64     `json:"delivery_rate"`
	ToGap        int         `json:"to_gap"`
	Closes       bool        `json:"closes"`
	After        planCovJSON `json:"after"`
}

type planCovJSON struct {
	StatesOver int `json:"states_over"`
	Total      int `json:"total"`
}

// planStateJSON is a member state the plan changes.
type planStateJSON struct {
	Code       string `json:"code"`
	Gap        int    `json:"gap"`
	Before     int    `json:"before"`
	After      int    `json:"after"`
	OverBefore bool   `json:"over_before"`
	OverAfter  bool   `json:"over_after"`
}

// planAlliance proposes the partners that best close the gaps: ?k= how
// many (10, at most 200), q= words, topic= (repeatable) topics.
func (s *Server) planAlliance(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	k := 10
	if v := q.Get("k"); v != "" {
		if k, err = strconv.Atoi(v); err != nil {
			return i18n.Invalid("k", "validation.range", "min", 1, "max", initiative.MaxPlanSize)
		}
	}
	p, err := s.d.Initiatives.PlanAlliance(r.Context(), initiativeActor(r), id, initiative.MatchQuery{Text: q.Get("q"), Topics: q["topic"]}, k)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, s.newPlanJSON(p, i18n.Lang(r.Context())))
}

// newPlanJSON renders a plan, its reasons in lang.
func (s *Server) newPlanJSON(p initiative.Plan, lang string) planJSON {
	out := planJSON{K: p.K, Pool: p.Pool, Surrogate: p.Surrogate, Picks: []planPickJSON{}, States: []planStateJSON{},
		Before: planCovJSON(p.Before), After: planCovJSON(p.After), TopScored: planCovJSON(p.TopScored),
		Model: modelJSON{DeliveryRate: p.Model.DeliveryRate, Levels: []levelRuleJSON{}}}
	for _, r := range p.Model.Rules {
		out.Model.Levels = append(out.Model.Levels, levelRuleJSON(r))
	}
	for _, pk := range p.Picks {
		reasons := []string{}
		for _, why := range pk.Reasons {
			reasons = append(reasons, why.Text(s.d.I18n, lang))
		}
		out.Picks = append(out.Picks, planPickJSON{Organization: newOrgJSON(pk.Org), Reasons: reasons, Country: pk.Country,
			Capacity: pk.Capacity, DeliveryRate: pk.Rate, ToGap: pk.ToGap, Closes: pk.Closes, After: planCovJSON(pk.After)})
	}
	for _, st := range p.States {
		out.States = append(out.States, planStateJSON(st))
	}
	return out
}
