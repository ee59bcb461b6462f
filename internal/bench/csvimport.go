package bench

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"coalition/internal/directory"
	"coalition/internal/gen"
	"coalition/internal/store"
	"coalition/internal/tabular"
)

// csvShape is a kind of CSV file the import is measured on.
type csvShape struct {
	name  string
	write func(path string, orgs []directory.Organization) error
	rate  *float64
}

// stepCSVImport writes o.CSVRows generated organizations (with a seed of their
// own, so they are new) to CSV files of two shapes, and imports each through
// the same path as `coalition import organizations FILE` into a fresh
// database, recording rows per second for the whole pipeline: a spreadsheet
// of twelve columns, as organizers keep their partner lists, and the full
// export of `coalition export` (47 columns, every field and language).
func stepCSVImport(ctx context.Context, _ *store.DB, o Options, r *Report, dir string) error {
	if o.CSVRows <= 0 {
		return nil
	}
	orgs := make([]directory.Organization, 0, o.CSVRows)
	if err := gen.Orgs(o.Seed+1, o.CSVRows, func(org directory.Organization) error {
		orgs = append(orgs, org)
		return nil
	}); err != nil {
		return err
	}
	for _, sh := range []csvShape{
		{"spreadsheet", writeSpreadsheet, &r.CSVImportRate},
		{"export", writeExport, &r.CSVExportImportRate},
	} {
		if err := importShape(ctx, o, dir, orgs, sh); err != nil {
			return err
		}
	}
	return nil
}

// importShape writes orgs in one shape and times their import.
func importShape(ctx context.Context, o Options, dir string, orgs []directory.Organization, sh csvShape) error {
	path := filepath.Join(dir, sh.name+".csv")
	if err := sh.write(path, orgs); err != nil {
		return err
	}
	db, err := openStore(ctx, "sqlite:"+filepath.Join(dir, sh.name+".db"))
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := tabular.OpenFile(path, tabular.Options{})
	if err != nil {
		return err
	}
	defer rows.Close()
	fmt.Fprintf(o.Log, "importing a CSV file (%s) of %d organizations…\n", sh.name, len(orgs))
	start := time.Now()
	rep, err := directory.NewService(db).ImportOrgs(ctx, directory.Actor{}, rows, directory.ImportOptions{Source: "coalition bench"})
	if err != nil {
		return err
	}
	if rep.Created+rep.Rejected != len(orgs) || !onlyRepeats(rep) {
		return fmt.Errorf("bench: CSV import (%s) created %d of %d rows (%d rejected: %v)", sh.name, rep.Created, len(orgs), rep.Rejected, rep.Problems[:min(3, len(rep.Problems))])
	}
	*sh.rate = float64(len(orgs)) / time.Since(start).Seconds()
	return nil
}

// onlyRepeats reports whether every row the import rejected repeats an
// earlier row: the generator, like a real directory, gives a few
// organizations the name of another of their country once names run short.
func onlyRepeats(rep directory.Report) bool {
	for _, p := range rep.Problems {
		if p.Key != "import.duplicate_row" {
			return false
		}
	}
	return !rep.Truncated
}

// writeExport writes orgs as `coalition export` does.
func writeExport(path string, orgs []directory.Organization) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := directory.WriteOrgs(f, directory.ExportCSV, orgs); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// spreadsheetHeader are the columns of a partner list kept in a spreadsheet.
var spreadsheetHeader = []string{"name", "country", "city", "kind", "sector", "topics", "languages", "members",
	"website", "email", "pic", "description"}

// writeSpreadsheet writes orgs as a semicolon-separated partner list.
func writeSpreadsheet(path string, orgs []directory.Organization) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.Comma = ';'
	err = w.Write(spreadsheetHeader)
	for i := 0; err == nil && i < len(orgs); i++ {
		err = w.Write(spreadsheetRow(&orgs[i]))
	}
	if w.Flush(); err == nil {
		err = w.Error()
	}
	return joinClose(err, f)
}

func spreadsheetRow(o *directory.Organization) []string {
	desc := ""
	if len(o.Descriptions) > 0 {
		desc = o.Descriptions[0].Value
	}
	return []string{o.Name, o.Country, o.City, o.Kind, o.Sector, strings.Join(o.Topics, "|"), strings.Join(o.Languages, "|"),
		strconv.FormatInt(o.Members, 10), o.Website, o.Email, o.Registry.PIC, desc}
}

// joinClose closes f and returns the first error.
func joinClose(err error, f *os.File) error {
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
