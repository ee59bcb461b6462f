package eci

import (
	"time"

	"coalition/internal/eu"
)

// AssessmentJSON is an Assessment as the API and `coalition eci assess
// --json` write it, with country names in one language.
type AssessmentJSON struct {
	Registered   string      `json:"registered"`
	Legal        string      `json:"legal"`
	States       []StateJSON `json:"states"`
	StatesMet    int         `json:"states_met"`
	StatesNeeded int         `json:"states_needed"`
	Total        int         `json:"total"`
	TotalNeeded  int         `json:"total_needed"`
	Valid        bool        `json:"valid"`
}

// StateJSON is one member state of an AssessmentJSON.
type StateJSON struct {
	Code      string `json:"code"`
	Name      string `json:"name"`
	Threshold int    `json:"threshold"`
	Count     int    `json:"count"`
	Met       bool   `json:"met"`
	Short     int    `json:"short"`
}

// JSON returns a with country names in lang.
func (a Assessment) JSON(lang string) AssessmentJSON {
	out := AssessmentJSON{Registered: a.Registered.Format(time.DateOnly), Legal: a.Legal, States: []StateJSON{},
		StatesMet: a.StatesMet, StatesNeeded: MinStates, Total: a.Total, TotalNeeded: MinSignatories, Valid: a.Valid}
	for _, s := range a.States {
		m, _ := eu.LookupAny(s.Code)
		out.States = append(out.States, StateJSON{Code: s.Code, Name: m.Name(lang), Threshold: s.Threshold,
			Count: s.Count, Met: s.Met, Short: s.Short})
	}
	return out
}
