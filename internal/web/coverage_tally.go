package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/eu"
	"coalition/internal/i18n"
)

// errNotYourStates refuses tallies for a member state the user does not
// coordinate.
var errNotYourStates = i18n.NewError(errs.ErrForbidden, "", "coverage.tallies.not_your_states")

// tallyAdd records the counts typed into the tally form as of its day and
// goes back to the coverage page. Problems show beside their fields (422);
// a state the user may not record refuses the whole form (403).
func (s *Server) tallyAdd(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	f := readForm(r, "on")
	counts, err := tallyCounts(r, &f)
	var on time.Time
	if err == nil {
		on, err = tallyDay(f.Values["on"])
	}
	if err == nil {
		_, err = s.inits.AddTallies(r.Context(), initiativeActor(r), id, on, counts, "web")
	}
	if err == nil {
		s.redirectFlash(w, r, coveragePath(id), "coverage.tallies.saved")
		return nil
	}
	return s.tallyFailed(w, r, id, f, readForm(r), false, err)
}

// tallyCounts reads the counts of the form: a field "counts.XX" per member
// state, left empty for no new count. Values are kept on f for showing the
// form again.
func tallyCounts(r *http.Request, f *form) (map[string]int, error) {
	counts := map[string]int{}
	var ps directory.Problems
	for _, m := range eu.MemberStates() {
		field := tallyField(m.Code)
		v := strings.TrimSpace(r.PostFormValue(field))
		f.Values[field] = v
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(strings.NewReplacer(" ", "", "\u00a0", "", ",", "", ".", "").Replace(v))
		if err != nil || n < 0 {
			ps = append(ps, i18n.Invalid(field, "eci.support.bad_count", "value", v))
			continue
		}
		counts[m.Code] = n
	}
	if ps != nil {
		return nil, ps
	}
	return counts, nil
}

// tallyDay reads the day of a tally.
func tallyDay(v string) (time.Time, error) {
	on, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, i18n.Invalid("on", "validation.date")
	}
	return on, nil
}

// tallyFailed shows the coverage page again with the problems of err on
// the tally form (onUpload: on the upload form), or returns err when it is
// not the user's to fix. A refusal names the user's member states.
func (s *Server) tallyFailed(w http.ResponseWriter, r *http.Request, id int64, tally, upload form, onUpload bool, err error) error {
	if errors.Is(err, errs.ErrForbidden) && !errors.Is(err, errNotYourStates) {
		err = errNotYourStates
	}
	target := &tally
	if onUpload {
		target = &upload
	}
	code, ok := s.failAll(r, target, err)
	if !ok {
		return err
	}
	page, perr := s.coverageData(r, id, tally, upload)
	if perr != nil {
		return perr
	}
	return s.render(w, r, code, "coverage_show.html", page)
}

// failAll is fail for an error that may hold several problems: each goes
// beside its field, a problem of no field (or of a field the form does not
// show) into the form's message.
func (s *Server) failAll(r *http.Request, f *form, err error) (int, bool) {
	var ps directory.Problems
	if !errors.As(err, &ps) {
		return s.fail(r, f, err)
	}
	lang := i18n.Lang(r.Context())
	var other []string
	for _, p := range ps {
		_, msg, field := s.i18n.Describe(lang, p)
		if _, shown := f.Values[field]; shown && f.Errors[field] == "" {
			f.Errors[field] = msg
		} else {
			other = append(other, msg)
		}
	}
	f.Message = strings.Join(other, " ")
	return http.StatusUnprocessableEntity, true
}
