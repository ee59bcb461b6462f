package web

import (
	"net/http"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"coalition/internal/directory"
	"coalition/internal/i18n"
)

// importProblemsPerPage is how many rejected rows the report shows a page.
const importProblemsPerPage = 100

// importStatusPage is the data of import_status.html.
type importStatusPage struct {
	ID, File    string
	People      bool // people were imported, not organizations
	DryRun      bool
	Running     bool
	Done, Total int64
	Percent     int // 0–100, meaningful when Total > 0
	Error       string
	Report      directory.Report
	Counts      importCounts       // the report's counts, formatted for the language
	Problems    []importProblemRow // this page of the rejected rows
	Warnings    []importProblemRow // the first importProblemsPerPage warnings
	MoreWarn    int                // warnings beyond those
	Page, Pages int
	Prev, Next  string
}

// importCounts are a report's counts as the page's language writes numbers.
type importCounts struct {
	Rows, Created, Updated, Unchanged, Rejected string
}

// newImportCounts formats the counts of rep for lang.
func newImportCounts(lang string, rep directory.Report) importCounts {
	num := message.NewPrinter(language.Make(lang))
	f := func(n int) string { return num.Sprintf("%d", n) }
	return importCounts{Rows: f(rep.Rows), Created: f(rep.Created), Updated: f(rep.Updated),
		Unchanged: f(rep.Unchanged), Rejected: f(rep.Rejected)}
}

// importProblemRow is one problem of the report, translated.
type importProblemRow struct {
	Row            int
	Column, Reason string
}

// importStatus shows a job's progress while it runs (the page polls itself
// every second with htmx, or offers a refresh link without JavaScript) and
// its report when it is done: the counts and the rejected rows with row
// number, column and reason, 100 a page. Any instance shows any job, from
// the database. Jobs of other users are not found.
func (s *Server) importStatus(w http.ResponseWriter, r *http.Request) error {
	job, err := s.jobs.ImportJob(r.Context(), directoryActor(r), r.PathValue("job"))
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "import_status.html", s.importStatusPage(r, job))
}

// importStatusPage lays out a job's state in the request's language.
func (s *Server) importStatusPage(r *http.Request, job directory.ImportJob) importStatusPage {
	lang := i18n.Lang(r.Context())
	page := importStatusPage{ID: job.ID, File: job.File, People: job.Entity == directory.EntityPerson,
		DryRun: job.DryRun, Running: job.State == directory.JobRunning, Done: job.Done, Total: job.Total,
		Report: job.Report, Counts: newImportCounts(lang, job.Report)}
	if job.Total > 0 {
		page.Percent = int(min(100, job.Done*100/job.Total))
	}
	if job.Error != nil {
		page.Error = s.i18n.T(lang, job.Error.Key, job.Error.Args...)
	}
	ps := job.Report.Problems
	page.Page, page.Pages = personPageNumber(r.URL.Query().Get("page"), len(ps), importProblemsPerPage)
	first := (page.Page - 1) * importProblemsPerPage
	page.Problems = s.importProblemRows(lang, ps[first:min(first+importProblemsPerPage, len(ps))])
	page.Prev, page.Next = personPageLinks(r.URL, page.Page, page.Pages)
	ws := job.Report.Warnings
	page.Warnings = s.importProblemRows(lang, ws[:min(importProblemsPerPage, len(ws))])
	page.MoreWarn = len(ws) - len(page.Warnings)
	return page
}

// importProblemRows translates report problems into lang.
func (s *Server) importProblemRows(lang string, ps []directory.RowProblem) []importProblemRow {
	out := make([]importProblemRow, len(ps))
	for i, p := range ps {
		out[i] = importProblemRow{Row: p.Row, Column: p.Column, Reason: p.Message(s.i18n, lang)}
	}
	return out
}
