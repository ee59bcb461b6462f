package web

import (
	"context"
	"net/http"
	"time"

	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// duplicatesPerPage is how many pairs the list shows a page.
const duplicatesPerPage = 50

// duplicateListPage is the data of duplicate_list.html.
type duplicateListPage struct {
	Running     bool
	Started     time.Time
	Finished    time.Time // zero before the first scan
	Error       string
	Pairs       []duplicatePairRow
	Total       int
	Page, Pages int
	Prev, Next  string
}

// duplicatePairRow is one possible duplicate pair, both records named.
type duplicatePairRow struct {
	A, B    duplicateOrg
	Score   int  // percent
	Strong  bool // a likely duplicate (directory.ScoreStrong and up)
	Reasons []string
}

// duplicateOrg is one side of a pair.
type duplicateOrg struct {
	ID          int64
	Name, Place string
	Gone        bool // archived, merged or missing since the scan
}

// duplicateList shows the pairs of organizations the last scan found, best
// first, 50 a page, with the button that starts a new scan. While a scan
// runs (on any instance) the page polls itself (htmx) or offers a refresh
// link.
func (s *Server) duplicateList(w http.ResponseWriter, r *http.Request) error {
	scan, err := s.jobs.DuplicateScan(r.Context())
	if err != nil {
		return err
	}
	lang := i18n.Lang(r.Context())
	page := duplicateListPage{Running: scan.State == directory.JobRunning, Started: scan.Started,
		Finished: scan.Finished, Total: scan.Pairs}
	if scan.Error != nil {
		page.Error = s.i18n.T(lang, scan.Error.Key, scan.Error.Args...)
	}
	page.Page, page.Pages = personPageNumber(r.URL.Query().Get("page"), scan.Pairs, duplicatesPerPage)
	pairs, err := s.jobs.DuplicatePairs(r.Context(), (page.Page-1)*duplicatesPerPage, duplicatesPerPage)
	if err == nil {
		page.Pairs, err = s.duplicateRows(r.Context(), lang, pairs)
	}
	if err != nil {
		return err
	}
	page.Prev, page.Next = personPageLinks(r.URL, page.Page, page.Pages)
	return s.render(w, r, http.StatusOK, "duplicate_list.html", page)
}

// duplicateScan starts a full scan, unless one runs on any instance, and
// returns to the list.
func (s *Server) duplicateScan(w http.ResponseWriter, r *http.Request) error {
	started, err := s.jobs.StartDuplicateScan(r.Context())
	if err != nil {
		return err
	}
	key := "duplicates.scan_started"
	if !started {
		key = "duplicates.scan_running"
	}
	s.redirectFlash(w, r, "/duplicates", key)
	return nil
}

// duplicateRows names both organizations of each pair in lang.
func (s *Server) duplicateRows(ctx context.Context, lang string, pairs []directory.Pair) ([]duplicatePairRow, error) {
	names := map[int64]duplicateOrg{}
	side := func(id int64) (duplicateOrg, error) {
		if o, ok := names[id]; ok {
			return o, nil
		}
		o, err := s.dir.Org(ctx, id)
		if err != nil && httpx.Status(err) != http.StatusNotFound {
			return duplicateOrg{}, err
		}
		d := duplicateOrg{ID: id, Name: o.Name, Place: mergePlace(lang, o.Country, o.City),
			Gone: err != nil || o.Archived || o.MergedInto != 0}
		names[id] = d
		return d, nil
	}
	rows := make([]duplicatePairRow, 0, len(pairs))
	for _, p := range pairs {
		a, err := side(p.A)
		if err != nil {
			return nil, err
		}
		b, err := side(p.B)
		if err != nil {
			return nil, err
		}
		rows = append(rows, duplicatePairRow{A: a, B: b, Score: scorePercent(p.Score),
			Strong: p.Score >= directory.ScoreStrong, Reasons: s.translateKeys(lang, p.Reasons)})
	}
	return rows, nil
}
