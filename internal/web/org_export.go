package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"

	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/search"
)

// orgExportChunk is how many organizations an export of search results (a
// text query, or filters the directory's export filter cannot express) loads
// at a time.
const orgExportChunk = 1000

// orgExportTypes are the content types of the export formats.
var orgExportTypes = map[directory.ExportFormat]string{
	directory.ExportCSV:  "text/csv; charset=utf-8",
	directory.ExportXLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	directory.ExportJSON: "application/json; charset=utf-8",
}

// orgExport downloads the organizations of the list's query and filters as
// CSV, XLSX or JSON (format=). Without a text query, and with at most one
// value per facet and no region, the directory exports by its own filter,
// streaming every match; otherwise every match of the searcher is exported,
// best first, orgExportChunk organizations at a time. An unknown format, or
// a filter value no organization can have, gives 422 with a message naming
// the parameter.
func (s *Server) orgExport(w http.ResponseWriter, r *http.Request) error {
	f, err := orgExportFormat(r.URL.Query().Get("format"))
	if err != nil {
		return err
	}
	q := orgSearchQuery(r.URL.Query())
	if unknown := orgDropUnknown(&q); len(unknown) > 0 {
		return i18n.Invalid(unknown[0].Facet, "search.unknown_value", "name", unknown[0].Facet, "value", unknown[0].Value)
	}
	filter, ok := orgExportFilter(q)
	if !ok {
		return s.orgExportMatches(w, r, f, q)
	}
	out := &orgDownload{w: w, format: f}
	if _, err := s.dir.ExportOrgs(r.Context(), out, f, filter); err != nil {
		return out.failed(s, r, err)
	}
	out.start()
	return nil
}

// orgExportFormat reads the format parameter: one of orgExportFormats, or
// a validation error that names the parameter and the formats.
func orgExportFormat(name string) (directory.ExportFormat, error) {
	f, err := directory.ParseExportFormat(name)
	if _, ok := orgExportTypes[f]; err != nil || !ok {
		formats := strings.ToUpper(strings.Join(orgExportFormats, ", "))
		return "", i18n.Invalid("format", "export.format_unknown", "formats", formats)
	}
	return f, nil
}

// orgExportMatches exports what the searcher finds for q.
func (s *Server) orgExportMatches(w http.ResponseWriter, r *http.Request, f directory.ExportFormat, q search.Query) error {
	if s.search == nil {
		return fmt.Errorf("web: the organization export needs a searcher (Deps.Search)")
	}
	ids, err := allMatchIDs(r.Context(), s.search, q)
	if err != nil {
		return err
	}
	out := &orgDownload{w: w, format: f}
	if _, err := directory.WriteOrgStream(out, f, s.orgsInChunks(r.Context(), ids)); err != nil {
		return out.failed(s, r, err)
	}
	out.start()
	return nil
}

// orgsInChunks returns a scan of the organizations with the given ids, in
// that order, loading orgExportChunk of them at a time.
func (s *Server) orgsInChunks(ctx context.Context, ids []int64) directory.OrgScan {
	return func(fn func(*directory.Organization) error) error {
		for chunk := range slices.Chunk(ids, orgExportChunk) {
			orgs, err := s.dir.OrgsByID(ctx, chunk)
			if err != nil {
				return err
			}
			for i := range orgs {
				if err := fn(&orgs[i]); err != nil {
					return err
				}
			}
		}
		return nil
	}
}

// orgExportFilter turns a search without text into the directory's export
// filter, when it can: at most one value per facet, and no region (the
// searcher also matches the regions inside a region, the filter does not).
func orgExportFilter(q search.Query) (directory.OrgFilter, bool) {
	f := directory.OrgFilter{Archived: q.IncludeArchived}
	if q.Text != "" || len(q.Filters["region"]) > 0 {
		return f, false
	}
	fields := map[string]*string{
		"country": &f.Country, "level": &f.Level, "sector": &f.Sector, "kind": &f.Kind,
		"function": &f.Function, "topic": &f.Topic, "language": &f.Language,
	}
	for name, vs := range q.Filters {
		field, ok := fields[name]
		if !ok || len(vs) > 1 {
			return f, false
		}
		*field = vs[0]
	}
	return f, true
}

// matchLister is a Searcher that returns every match of a query at once,
// from one state of its index, as *search.Engine does.
type matchLister interface {
	MatchIDs(ctx context.Context, q search.Query) ([]int64, error)
}

var _ matchLister = (*search.Engine)(nil)

// allMatchIDs returns the ids of every match of q, best first: at once when
// the searcher can, else page by page (a write between two pages may then
// shift a match from one page to the next).
func allMatchIDs(ctx context.Context, sr Searcher, q search.Query) ([]int64, error) {
	if ml, ok := sr.(matchLister); ok {
		return ml.MatchIDs(ctx, q)
	}
	var ids []int64
	q.Offset, q.Limit = 0, search.MaxLimit
	for {
		res, err := sr.Search(ctx, q)
		if err != nil {
			return nil, err
		}
		ids = append(ids, res.IDs...)
		if len(res.IDs) < q.Limit || len(ids) >= res.Total {
			return ids, nil
		}
		q.Offset += len(res.IDs)
	}
}

// orgDownload writes an export as an attachment. It sets the headers before
// the first byte, so an export that fails before writing anything can still
// answer with an error page.
type orgDownload struct {
	w       http.ResponseWriter
	format  directory.ExportFormat
	started bool
}

// start sends the download's headers, once.
func (d *orgDownload) start() {
	if d.started {
		return
	}
	d.started = true
	name := fmt.Sprintf("organizations-%s.%s", time.Now().UTC().Format("2006-01-02"), d.format)
	h := d.w.Header()
	h.Set("Content-Type", orgExportTypes[d.format])
	h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	h.Set("Cache-Control", "no-store")
	d.w.WriteHeader(http.StatusOK)
}

// Write sends p, after the headers.
func (d *orgDownload) Write(p []byte) (int, error) {
	d.start()
	return d.w.Write(p)
}

// failed returns err for the error page when nothing was sent yet; once the
// download has begun, it can only be cut short, so err is logged.
func (d *orgDownload) failed(s *Server, r *http.Request, err error) error {
	if !d.started {
		return err
	}
	httpx.LogError(s.logger, r, err)
	return nil
}

var _ io.Writer = (*orgDownload)(nil)
