package web

import (
	"net/http"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/initiative/eci"
	"coalition/internal/vocab"
)

// thresholdsAPI is the JSON twin of the thresholds table.
const thresholdsAPI = "/api/v1/reference/eci-thresholds"

// referencePage is the data of reference.html. Numbers are formatted for the
// page's language in the handler, so the template only places them.
type referencePage struct {
	Form         form
	Date         string // the registration date the table is for, YYYY-MM-DD
	Today        string // the input's upper bound
	Start        string // the input's lower bound, eci.Start
	Legal        string // the legal act of the period (in English)
	From, To     string // the period's dates; To is empty while it is open
	Multiplier   string
	States       []stateRow
	Seats        string // sum of the states' seats
	StateCount   int
	Needed       int // states in which the minimum must be reached
	Signatures   string
	API          string
	Vocabularies []vocabBlock
}

// stateRow is one line of the thresholds table.
type stateRow struct {
	Name, Code, Seats, Threshold string
	SigningAge, OrganizerAge     int
	Former                       bool // no longer a member state (the United Kingdom)
}

// vocabBlock is one controlled vocabulary in the page's language.
type vocabBlock struct {
	Name, Label string
	Terms       []vocabTerm
}

// vocabTerm is one term of a vocabulary block.
type vocabTerm struct{ Code, Label string }

// reference shows the ECI thresholds for the registration date asked for
// (?registered=YYYY-MM-DD, today when absent), the member states' ages and
// the controlled vocabularies. It is public. A date it cannot use gets the
// translated error beside the field, status 422 and today's table.
func (s *Server) reference(w http.ResponseWriter, r *http.Request) error {
	today := time.Now().UTC()
	f := form{Values: map[string]string{"registered": strings.TrimSpace(r.URL.Query().Get("registered"))}, Errors: map[string]string{}}
	status := http.StatusOK
	day, err := eci.RegistrationDate(f.Values["registered"], today)
	if err != nil {
		code, ok := s.fail(r, &f, err)
		if !ok {
			return err
		}
		status, day = code, today
	}
	p, err := eu.Period(day)
	if err != nil {
		return err
	}
	if f.Values["registered"] == "" {
		f.Values["registered"] = day.Format(time.DateOnly)
	}
	page := newReferencePage(i18n.Lang(r.Context()), f, day, today, p)
	return s.render(w, r, status, "reference.html", page)
}

// newReferencePage lays out period p for the language lang.
func newReferencePage(lang string, f form, day, today time.Time, p eu.ThresholdPeriod) referencePage {
	num := message.NewPrinter(language.Make(lang))
	page := referencePage{
		Form: f, Date: day.Format(time.DateOnly), Today: today.Format(time.DateOnly), Start: eci.Start,
		Legal: p.Legal, From: p.From.Format(time.DateOnly), Multiplier: num.Sprintf("%d", p.Multiplier),
		StateCount: len(p.States), Needed: (len(p.States) + 3) / 4, // at least a quarter of the states
		Signatures:   num.Sprintf("%d", eci.MinSignatories),
		API:          thresholdsAPI + "?registered=" + day.Format(time.DateOnly),
		Vocabularies: vocabularies(lang),
	}
	if !p.To.IsZero() {
		page.To = p.To.Format(time.DateOnly)
	}
	seats := 0
	for _, st := range p.States {
		m, _ := eu.LookupAny(st.Code)
		page.States = append(page.States, stateRow{Name: m.Name(lang), Code: st.Code,
			Seats: num.Sprintf("%d", st.Seats), Threshold: num.Sprintf("%d", st.Threshold),
			SigningAge: eu.SigningAge(st.Code), OrganizerAge: eu.OrganizerAge(st.Code), Former: !m.Current()})
		seats += st.Seats
	}
	page.Seats = num.Sprintf("%d", seats)
	return page
}

// vocabularies labels every controlled vocabulary and its terms in lang.
func vocabularies(lang string) []vocabBlock {
	var out []vocabBlock
	for _, v := range vocab.All() {
		b := vocabBlock{Name: v.Name, Label: v.Label(lang)}
		for _, t := range v.Terms {
			b.Terms = append(b.Terms, vocabTerm{Code: t.Code, Label: t.Label(lang)})
		}
		out = append(out, b)
	}
	return out
}
