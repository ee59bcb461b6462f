package eci

import (
	"time"

	"coalition/internal/eu"
)

// MinSignatories is the number of statements of support an initiative needs
// in total (Regulation (EU) 2019/788, Article 3(1)(a)).
const MinSignatories = 1_000_000

// MinStates is the number of member states in which an initiative must reach
// the Annex I minimum: one quarter of the member states, which is 7 both with
// 28 states and with 27 (Article 3(1)(b)).
const MinStates = 7

// StateResult is the assessment of one member state.
type StateResult struct {
	Code      string // EU code ("EL")
	Threshold int    // the Annex I minimum for the registration date
	Count     int    // statements of support from nationals of the state
	Met       bool   // Count reaches Threshold
	Short     int    // signatures still missing, 0 once met
}

// Assessment says whether statements of support make an initiative valid.
type Assessment struct {
	Registered time.Time
	Legal      string        // the Annex I in force on the registration date
	States     []StateResult // every state of that Annex, in EU protocol order
	StatesMet  int
	Total      int
	Valid      bool // StatesMet ≥ MinStates and Total ≥ MinSignatories
}

// Assess checks support (counts by EU code, as ReadSupportCSV and
// ParseSupportJSON return them) against the thresholds of an initiative
// registered on registered. Every state of the Annex in force is listed,
// those without support with a count of 0. A registration date before the
// ECI began gives eu.ErrBeforeECI; a state outside that Annex (the United
// Kingdom after January 2020) gives eu.ErrUnknownState.
func Assess(registered time.Time, support map[string]int) (Assessment, error) {
	p, err := eu.Period(registered)
	if err != nil {
		return Assessment{}, err
	}
	a := Assessment{Registered: registered, Legal: p.Legal}
	inAnnex := map[string]bool{}
	for _, st := range p.States {
		inAnnex[st.Code] = true
		r := StateResult{Code: st.Code, Threshold: st.Threshold, Count: support[st.Code]}
		r.Met = r.Count >= r.Threshold
		if !r.Met {
			r.Short = r.Threshold - r.Count
		} else {
			a.StatesMet++
		}
		a.Total += r.Count
		a.States = append(a.States, r)
	}
	for code := range support {
		if !inAnnex[code] {
			return Assessment{}, &StateError{Code: code, Legal: p.Legal}
		}
	}
	a.Valid = a.StatesMet >= MinStates && a.Total >= MinSignatories
	return a, nil
}

// StateError reports support from a state that is not in the Annex in force.
type StateError struct {
	Code, Legal string
}

func (e *StateError) Error() string {
	return "eci: " + e.Code + " is not a member state in " + e.Legal
}

// Unwrap makes a StateError an eu.ErrUnknownState.
func (e *StateError) Unwrap() error { return eu.ErrUnknownState }
