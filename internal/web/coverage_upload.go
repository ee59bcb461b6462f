package web

import (
	"fmt"
	"net/http"
	"os"
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative/eci"
)

// tallyUpload records the counts of an uploaded CSV file of lines
// "country,count" as of the form's day. A file with any problem records
// nothing: the page shows again with each problem and its line, translated.
func (s *Server) tallyUpload(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	f := readForm(r, "on", "file")
	on, err := tallyDay(f.Values["on"])
	var problems []eci.Problem
	if err == nil {
		problems, err = s.importTallies(r, id, on)
	}
	switch {
	case err == nil && len(problems) == 0:
		s.redirectFlash(w, r, coveragePath(id), "coverage.tallies.saved")
		return nil
	case err == nil:
		return s.uploadFailed(w, r, id, f, problems)
	}
	tally := readForm(r)
	tally.Values["on"] = f.Values["on"]
	return s.tallyFailed(w, r, id, tally, f, true, err)
}

// importTallies reads the uploaded file (field "file") into tallies of
// initiative id on the day on.
func (s *Server) importTallies(r *http.Request, id int64, on time.Time) ([]eci.Problem, error) {
	up := uploadFrom(r.Context(), "file")
	switch {
	case up == nil || (up.Path == "" && !up.TooBig):
		return nil, i18n.Invalid("file", "import.form.no_file")
	case up.TooBig:
		return nil, i18n.Invalid("file", "error.too_large", "max", max(1, maxTallyFile>>20))
	}
	file, err := os.Open(up.Path)
	if err != nil {
		return nil, fmt.Errorf("web: open tallies: %w", err)
	}
	defer file.Close()
	_, problems, err := s.inits.ImportTallies(r.Context(), initiativeActor(r), id, on, file, "import "+up.Name)
	return problems, err
}

// uploadFailed shows the coverage page again with the problems of the
// uploaded file, one line each (422).
func (s *Server) uploadFailed(w http.ResponseWriter, r *http.Request, id int64, upload form, problems []eci.Problem) error {
	tally := readForm(r)
	tally.Values["on"] = upload.Values["on"]
	page, err := s.coverageData(r, id, tally, upload)
	if err != nil {
		return err
	}
	lang := i18n.Lang(r.Context())
	for _, p := range problems {
		msg := s.i18n.T(lang, p.Key, p.Args...)
		if p.Line > 0 {
			msg = s.i18n.T(lang, "coverage.upload.line", "line", p.Line, "problem", msg)
		}
		page.Lines = append(page.Lines, msg)
	}
	return s.render(w, r, http.StatusUnprocessableEntity, "coverage_show.html", page)
}
