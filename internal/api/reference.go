package api

import (
	"net/http"
	"time"

	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/initiative/eci"
)

// memberStateJSON is one member state in the request language.
type memberStateJSON struct {
	Code         string `json:"code"`
	ISO          string `json:"iso"`
	Name         string `json:"name"`
	EPSeats      int    `json:"ep_seats"`
	SigningAge   int    `json:"signing_age"`
	OrganizerAge int    `json:"organizer_age"`
}

// memberStates lists the 27 member states with their seats in the European
// Parliament today and the minimum ages to sign an ECI and to organize one.
func (s *Server) memberStates(w http.ResponseWriter, r *http.Request) error {
	lang, now := i18n.Lang(r.Context()), time.Now().UTC()
	items := []memberStateJSON{}
	for _, m := range eu.MemberStates() {
		seats, err := eu.Seats(m.Code, now)
		if err != nil {
			return err
		}
		items = append(items, memberStateJSON{Code: m.Code, ISO: m.ISO, Name: m.Name(lang), EPSeats: seats,
			SigningAge: eu.SigningAge(m.Code), OrganizerAge: eu.OrganizerAge(m.Code)})
	}
	return writeJSON(w, http.StatusOK, map[string]any{"items": items})
}

// thresholdsJSON is the table of ECI minimum signatories in force for a registration date.
type thresholdsJSON struct {
	Registered string          `json:"registered"`
	From       string          `json:"period_from"`
	To         string          `json:"period_to,omitempty"`
	Multiplier int             `json:"multiplier"`
	Source     string          `json:"source"`
	Items      []thresholdJSON `json:"items"`
}

type thresholdJSON struct {
	Code      string `json:"code"`
	Name      string `json:"name"`
	Seats     int    `json:"ep_seats"`
	Threshold int    `json:"threshold"`
}

// eciThresholds answers the minimum number of signatories per member state for an
// initiative registered on ?registered=YYYY-MM-DD (today when absent).
func (s *Server) eciThresholds(w http.ResponseWriter, r *http.Request) error {
	day, err := eci.RegistrationDate(r.URL.Query().Get("registered"), time.Now())
	if err != nil {
		return err
	}
	p, err := eu.Period(day)
	if err != nil {
		return err
	}
	lang := i18n.Lang(r.Context())
	out := thresholdsJSON{Registered: day.Format(time.DateOnly), From: p.From.Format(time.DateOnly),
		Multiplier: p.Multiplier, Source: p.Legal, Items: []thresholdJSON{}}
	if !p.To.IsZero() {
		out.To = p.To.Format(time.DateOnly)
	}
	for _, st := range p.States {
		m, _ := eu.LookupAny(st.Code)
		out.Items = append(out.Items, thresholdJSON{Code: st.Code, Name: m.Name(lang), Seats: st.Seats, Threshold: st.Threshold})
	}
	return writeJSON(w, http.StatusOK, out)
}
