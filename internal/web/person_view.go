package web

import (
	"net/http"
	"strings"
	"time"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// personChoice is one option of a select or datalist on the people pages.
type personChoice struct {
	Value, Label string
}

// basisKeys name the legal bases of a consent record in the catalog.
var basisKeys = map[string]string{
	directory.BasisConsent:            "person.basis.consent",
	directory.BasisLegitimateInterest: "person.basis.legitimate_interest",
	directory.BasisContract:           "person.basis.contract",
	directory.BasisPublicTask:         "person.basis.public_task",
}

// basisChoices lists the legal bases in lang, in the service's order.
func (s *Server) basisChoices(lang string) []personChoice {
	var out []personChoice
	for _, b := range directory.ConsentBases() {
		out = append(out, personChoice{Value: b, Label: s.basisLabel(lang, b)})
	}
	return out
}

// basisLabel names a legal basis in lang; an unknown one shows as its code.
func (s *Server) basisLabel(lang, basis string) string {
	if key, ok := basisKeys[basis]; ok {
		return s.i18n.T(lang, key)
	}
	return basis
}

// personVocabChoices lists the terms of a controlled vocabulary in lang.
func personVocabChoices(name, lang string) []personChoice {
	v, _ := vocab.Get(name)
	var out []personChoice
	for _, t := range v.Terms {
		out = append(out, personChoice{Value: t.Code, Label: t.Label(lang)})
	}
	return out
}

// personCountryChoices lists the EU member states by their name in lang, for the
// country field's suggestions (any ISO code may be typed).
func personCountryChoices(lang string) []personChoice {
	var out []personChoice
	for _, m := range eu.MemberStates() {
		out = append(out, personChoice{Value: m.Code, Label: m.Name(lang)})
	}
	return out
}

// personDay reads an optional YYYY-MM-DD date of field; empty is the zero time.
func personDay(field, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	d, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, i18n.Invalid(field, "validation.date")
	}
	return d, nil
}

// personDayText writes a date as YYYY-MM-DD, or "" for the zero time.
func personDayText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

// failProblems puts every validation problem of err beside its field (a service
// field "consent.date" is the input consent_date) and returns the status. It
// reports false for errors that are not the user's to fix, as fail does.
func (s *Server) failProblems(r *http.Request, f *form, err error) (int, bool) {
	ps := directory.AsProblems(err)
	code := httpx.Status(err)
	if len(ps) == 0 || code >= 500 {
		return s.fail(r, f, err)
	}
	lang := i18n.Lang(r.Context())
	for _, p := range ps {
		msg := s.i18n.T(lang, p.Key, p.Args...)
		field := strings.ReplaceAll(p.Field, ".", "_")
		switch {
		case field == "":
			f.Message = msg
		case f.Errors[field] == "":
			f.Errors[field] = msg
		}
	}
	return code, true
}
