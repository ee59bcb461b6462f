package web

import (
	"net/http"
	"strconv"
	"time"

	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/web/eumap"
)

// coverageShow shows where an ECI stands against the thresholds: the map,
// the table of member states with the totals, the forms that record
// tallies and the latest tallies. For team members only: anyone else gets
// the 404 page, and so does an initiative that is not an ECI.
func (s *Server) coverageShow(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	page, err := s.coverageData(r, id, readForm(r), readForm(r))
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "coverage_show.html", page)
}

// coverageData gathers the coverage page of initiative id, with tally and
// upload as the state of its two forms (whose day is today unless given).
func (s *Server) coverageData(r *http.Request, id int64, tally, upload form) (coveragePage, error) {
	ctx, lang, actor := r.Context(), i18n.Lang(r.Context()), initiativeActor(r)
	in, a, err := s.inits.Get(ctx, actor, id)
	if err != nil {
		return coveragePage{}, err
	}
	if in.Kind != initiative.KindECI {
		return coveragePage{}, errs.ErrNotFound
	}
	c, ts, err := s.inits.Coverage(ctx, actor, id)
	if err != nil {
		return coveragePage{}, err
	}
	now := time.Now().UTC()
	for _, f := range []form{tally, upload} {
		if f.Values["on"] == "" {
			f.Values["on"] = now.Format(time.DateOnly) // today, unless the user chose a day
		}
	}
	page := coveragePage{In: s.newInitiativeView(lang, in, now), Rows: newCoverageRows(lang, c),
		Totals: newCoverageTotals(lang, c), Tally: tally, Inputs: newTallyInputs(lang, c, a, tally),
		Upload: upload, History: newTallyRows(lang, ts), Today: now.Format(time.DateOnly),
		Manage: a.CanManage(), Default: initiative.DefaultDeliveryRate * 100}
	opts := eumap.Options{ID: "coverage-map", Title: s.i18n.T(lang, "coverage.map.title")}
	page.Map, err = s.coverageMap(lang, c, opts, func(code string) string { return "#state-" + code })
	return page, err
}

// coveragePath is the address of an initiative's coverage page.
func coveragePath(id int64) string { return "/initiatives/" + strconv.FormatInt(id, 10) + "/coverage" }
