package web

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/tabular"
)

// coverageColumns are the columns of the coverage export, named as in the
// JSON API.
var coverageColumns = []string{"code", "name", "threshold", "collected", "pledged", "projected", "gap",
	"met", "reaches", "as_of", "source"}

// coverageExport downloads the coverage table as CSV, a line per member
// state and one of totals; every cell is defused against formula injection
// (a tally's source is a file name the user chose).
func (s *Server) coverageExport(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	ctx, actor := r.Context(), initiativeActor(r)
	in, _, err := s.inits.Get(ctx, actor, id)
	if err != nil {
		return err
	}
	if in.Kind != initiative.KindECI {
		return errs.ErrNotFound
	}
	c, ts, err := s.inits.Coverage(ctx, actor, id)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="coverage-%s.csv"`, in.Slug))
	h.Set("Cache-Control", "no-store")
	return writeCoverage(w, i18n.Lang(ctx), c, ts)
}

// writeCoverage writes the table of c, with each state's latest tally of ts.
func writeCoverage(w http.ResponseWriter, lang string, c initiative.Coverage, ts []initiative.Tally) error {
	tw, err := tabular.NewWriter(w, tabular.CSV)
	if err != nil {
		return err
	}
	latest := latestTally(ts)
	rows := [][]string{coverageColumns}
	for _, st := range c.States {
		t := latest[st.Code]
		rows = append(rows, []string{st.Code, countryName(lang, st.Code), csvInt(st.Threshold), csvInt(st.Collected),
			csvInt(st.Pledged), csvInt(st.Projected), csvInt(st.Gap), strconv.FormatBool(st.Met), strconv.FormatBool(st.Reaches),
			dayOrEmpty(t.On), t.Source})
	}
	rows = append(rows, []string{"", "total", "", csvInt(c.Collected), "", csvInt(c.Projected), "",
		csvInt(c.StatesMet), csvInt(c.StatesProjected), "", ""})
	for _, row := range rows {
		if err := tw.Write(row); err != nil {
			return err
		}
	}
	return tw.Close()
}

// latestTally returns each state's latest tally of ts (by day, then as stored).
func latestTally(ts []initiative.Tally) map[string]initiative.Tally {
	out := map[string]initiative.Tally{}
	for _, t := range ts {
		if cur, ok := out[t.Country]; !ok || !t.On.Before(cur.On) {
			out[t.Country] = t
		}
	}
	return out
}

// csvInt writes a whole number for the export.
func csvInt(n int) string { return strconv.Itoa(n) }

// dayOrEmpty writes a day, or "" for none.
func dayOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
