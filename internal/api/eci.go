package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative/eci"
)

// assessmentInput is the body of POST /eci/assessments.
type assessmentInput struct {
	Registered string          `json:"registered"`
	Support    json.RawMessage `json:"support"`
}

// assessECI says whether statements of support per member state make an
// initiative registered on a date valid. Every fault in the support (an
// unknown country, a count that is not a whole number, a state given twice)
// is reported in the error's problems, none ignored.
func (s *Server) assessECI(w http.ResponseWriter, r *http.Request) error {
	var in assessmentInput
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	if in.Registered == "" {
		return i18n.Invalid("registered", "validation.required")
	}
	day, err := eci.RegistrationDate(in.Registered, time.Now())
	if err != nil {
		return err
	}
	counts, problems := eci.ParseSupportJSON(in.Support)
	if len(problems) > 0 {
		return supportProblems(problems)
	}
	a, err := eci.Assess(day, counts)
	if se := (*eci.StateError)(nil); errors.As(err, &se) {
		return i18n.Invalid("support", "eci.support.not_in_annex", "country", se.Code, "date", in.Registered)
	} else if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, a.JSON(i18n.Lang(r.Context())))
}

// supportProblems turns the problems of a support object into one error
// that lists them all, each naming its field as support.KEY.
func supportProblems(ps []eci.Problem) error {
	out := make(problemList, len(ps))
	for i, p := range ps {
		field := "support"
		if p.Field != "" {
			field += "." + p.Field
		}
		out[i] = i18n.Invalid(field, p.Key, p.Args...)
	}
	return out
}

// problemList is several validation problems reported together; the API
// error names the first and lists them all.
type problemList []*i18n.LocalizedError

func (p problemList) Error() string { return "api: " + p[0].Error() }

// Unwrap returns the problems, for errors.As and the error's problem list.
func (p problemList) Unwrap() []error {
	out := make([]error, len(p))
	for i, e := range p {
		out[i] = e
	}
	return out
}
