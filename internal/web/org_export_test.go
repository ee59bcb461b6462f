package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/search"
	"coalition/internal/store/storetest"
)

// pagingSearcher answers searches from an index, one page at a time.
type pagingSearcher struct{ ix *search.Index }

func (p pagingSearcher) Search(_ context.Context, q search.Query) (search.Result, error) {
	return p.ix.Search(q)
}

// listingSearcher also returns every match at once, as search.Engine does.
type listingSearcher struct{ pagingSearcher }

func (l listingSearcher) MatchIDs(_ context.Context, q search.Query) ([]int64, error) {
	return l.ix.MatchIDs(q)
}

// exportFixture is a directory on SQLite with n organizations that match
// "park" (every third by its name, the others by a description only) among
// others that do not, and its search index.
type exportFixture struct {
	dir   *directory.Service
	ix    *search.Index
	parks []string // the names of the matches
}

func newExportFixture(t *testing.T, n int, extra ...directory.Organization) exportFixture {
	t.Helper()
	db := storetest.OpenSQLite(t)
	f := exportFixture{dir: directory.NewService(db)}
	for i := range n {
		o := directory.Organization{Name: fmt.Sprintf("Park Friends %d", i), Country: "LV", Members: int64(i % 97)}
		if i%3 != 0 {
			o.Name = fmt.Sprintf("Green Club %d", i)
			o.Descriptions = []directory.Text{{Lang: "en", Value: "We look after a park."}}
		}
		f.create(t, o)
		f.parks = append(f.parks, o.Name)
		if i%7 == 0 {
			f.create(t, directory.Organization{Name: fmt.Sprintf("Tenants %d", i), Country: "LV"})
		}
	}
	for _, o := range extra {
		f.create(t, o)
	}
	var err error
	if f.ix, err = search.Build(t.Context(), db.ScanOrgs); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f exportFixture) create(t *testing.T, o directory.Organization) {
	t.Helper()
	if _, err := f.dir.CreateOrg(t.Context(), directory.Actor{}, o); err != nil {
		t.Fatalf("create %q: %v", o.Name, err)
	}
}

// export runs the export handler on a server with only the directory and sr.
func (f exportFixture) export(t *testing.T, sr Searcher, query string) *httptest.ResponseRecorder {
	t.Helper()
	s := &Server{dir: f.dir, search: sr, logger: slog.New(slog.DiscardHandler)}
	w := httptest.NewRecorder()
	if err := s.orgExport(w, httptest.NewRequest(http.MethodGet, "/organizations/export?"+query, nil)); err != nil {
		t.Fatalf("export %s: %v", query, err)
	}
	if w.Code != http.StatusOK {
		t.Fatalf("export %s: status %d", query, w.Code)
	}
	return w
}

// ranked returns the matches of text in the order the list pages show them.
func (f exportFixture) ranked(t *testing.T, text string) []directory.Organization {
	t.Helper()
	var ids []int64
	q := search.Query{Text: text, Limit: search.MaxLimit}
	for {
		res, err := f.ix.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		if ids = append(ids, res.IDs...); len(res.IDs) < q.Limit {
			break
		}
		q.Offset += q.Limit
	}
	orgs, err := f.dir.OrgsByID(t.Context(), ids)
	if err != nil {
		t.Fatal(err)
	}
	return orgs
}

// TestOrgExportAllMatches exports the matches of a text query, more than
// one chunk of them, through a searcher that lists them all at once and one
// that pages: every match once, in rank order, and in every format the file
// directory.WriteOrgs makes of the same records, even when the only texts in
// some language (which make columns) come after the first chunk.
func TestOrgExportAllMatches(t *testing.T) {
	f := newExportFixture(t, orgExportChunk+100, directory.Organization{Name: "Kopienas centrs", Country: "LV",
		Names:        []directory.Text{{Lang: "lt", Value: "Bendruomenės centras"}},
		Descriptions: []directory.Text{{Lang: "lv", Value: "Mēs rūpējamies par parku."}, {Lang: "en", Value: "We look after a park."}}})
	orgs := f.ranked(t, "park")
	want := orgNames(orgs)
	if !slices.Equal(slices.Sorted(slices.Values(want)), slices.Sorted(slices.Values(append(f.parks, "Kopienas centrs")))) {
		t.Fatalf("the list pages show %d matches, not the %d seeded", len(want), len(f.parks)+1)
	}
	if i := slices.Index(want, "Kopienas centrs"); i < orgExportChunk {
		t.Fatalf("the organization with more languages is match %d of %d", i, len(want))
	}
	listing := listingSearcher{pagingSearcher{f.ix}}
	for name, sr := range map[string]Searcher{"all at once": listing, "page by page": pagingSearcher{f.ix}} {
		t.Run(name, func(t *testing.T) {
			got := csvNames(t, f.export(t, sr, "format=csv&q=park").Body.String())
			if !slices.Equal(got, want) {
				t.Fatalf("exported %d names, want %d in rank order; first %q", len(got), len(want), got[:min(3, len(got))])
			}
			if first, last := got[0], got[len(got)-1]; !strings.HasPrefix(first, "Park") || strings.HasPrefix(last, "Park") {
				t.Errorf("name matches do not come first: %q … %q", first, last)
			}
		})
	}
	for _, format := range []directory.ExportFormat{directory.ExportCSV, directory.ExportXLSX, directory.ExportJSON} {
		t.Run(string(format), func(t *testing.T) {
			w := f.export(t, listing, "q=park&format="+string(format))
			var file bytes.Buffer
			if err := directory.WriteOrgs(&file, format, orgs); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(w.Body.Bytes(), file.Bytes()) {
				t.Errorf("%d bytes, want the %d of WriteOrgs", w.Body.Len(), file.Len())
			}
			if ct := w.Header().Get("Content-Type"); ct != orgExportTypes[format] {
				t.Errorf("Content-Type %q", ct)
			}
		})
	}
}

// csvNames returns the name column of a CSV export.
func csvNames(t *testing.T, body string) []string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\uFEFF"))).ReadAll()
	if err != nil || len(rows) == 0 || rows[0][0] != "name" {
		t.Fatalf("CSV export: %d rows, %v", len(rows), err)
	}
	var names []string
	for _, r := range rows[1:] {
		names = append(names, r[0])
	}
	return names
}

func orgNames(orgs []directory.Organization) []string {
	names := make([]string, len(orgs))
	for i, o := range orgs {
		names[i] = o.Name
	}
	return names
}
