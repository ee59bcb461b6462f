package api

import (
	"net/http"
	"time"

	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
)

// coverageJSON is an ECI's coverage against the thresholds.
type coverageJSON struct {
	Registered      string              `json:"registered"`
	States          []stateCoverageJSON `json:"states"`
	StatesMet       int                 `json:"states_met"`
	StatesProjected int                 `json:"states_projected"`
	StatesNeeded    int                 `json:"states_needed"`
	Collected       int                 `json:"collected"`
	Projected       int                 `json:"projected"`
	TotalNeeded     int                 `json:"total_needed"`
	DaysLeft        *int                `json:"days_left"`
	DefaultRate     float64             `json:"default_delivery_rate"`
	Tallies         []tallyJSON         `json:"tallies"`
}

type stateCoverageJSON struct {
	Code      string `json:"code"`
	Name      string `json:"name"`
	Threshold int    `json:"threshold"`
	Collected int    `json:"collected"`
	Pledged   int    `json:"pledged"`
	Projected int    `json:"projected"`
	Gap       int    `json:"gap"`
	Met       bool   `json:"met"`
	Reaches   bool   `json:"reaches"`
}

type tallyJSON struct {
	Country string `json:"country"`
	On      string `json:"on"`
	Count   int    `json:"count"`
	Source  string `json:"source"`
}

// talliesInput records counts per member state as of a day.
type talliesInput struct {
	On     string         `json:"on"`
	Counts map[string]int `json:"counts"`
}

func newCoverageJSON(lang string, c initiative.Coverage, ts []initiative.Tally) coverageJSON {
	out := coverageJSON{Registered: dateJSON(c.Registered), StatesMet: c.StatesMet, StatesProjected: c.StatesProjected,
		StatesNeeded: eci.MinStates, Collected: c.Collected, Projected: c.Projected, TotalNeeded: eci.MinSignatories,
		DefaultRate: initiative.DefaultDeliveryRate, States: []stateCoverageJSON{}, Tallies: []tallyJSON{}}
	if c.DaysLeft >= 0 {
		out.DaysLeft = &c.DaysLeft
	}
	for _, s := range c.States {
		m, _ := eu.LookupAny(s.Code)
		out.States = append(out.States, stateCoverageJSON{Code: s.Code, Name: m.Name(lang), Threshold: s.Threshold,
			Collected: s.Collected, Pledged: s.Pledged, Projected: s.Projected, Gap: s.Gap, Met: s.Met, Reaches: s.Reaches})
	}
	for _, t := range ts {
		out.Tallies = append(out.Tallies, tallyJSON{Country: t.Country, On: dateJSON(t.On), Count: t.Count, Source: t.Source})
	}
	return out
}

func (s *Server) getCoverage(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	c, ts, err := s.d.Initiatives.Coverage(r.Context(), initiativeActor(r), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newCoverageJSON(i18n.Lang(r.Context()), c, ts))
}

// addTallies records counts and answers with the coverage after them.
func (s *Server) addTallies(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var body talliesInput
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	on, err := time.Parse(time.DateOnly, body.On)
	if err != nil {
		return i18n.Invalid("on", "validation.date")
	}
	if _, err := s.d.Initiatives.AddTallies(r.Context(), initiativeActor(r), id, on, body.Counts, "api"); err != nil {
		return err
	}
	return s.getCoverage(w, r)
}
