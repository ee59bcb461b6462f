package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"coalition/internal/directory"
	"coalition/internal/gen"
	"coalition/internal/store"
	"coalition/internal/tabular"
)

// stepCSVImport writes o.CSVRows generated organizations (with a seed of their
// own, so they are new) to a CSV file as `coalition export` would, then imports
// it through the same path as `coalition import organizations FILE` into a fresh
// database, and records rows per second for the whole pipeline.
func stepCSVImport(ctx context.Context, _ *store.DB, o Options, r *Report, dir string) error {
	if o.CSVRows <= 0 {
		return nil
	}
	path := filepath.Join(dir, "import.csv")
	if err := writeCSV(path, o.Seed+1, o.CSVRows); err != nil {
		return err
	}
	db, err := openStore(ctx, "sqlite:"+filepath.Join(dir, "import.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := tabular.OpenFile(path, tabular.Options{})
	if err != nil {
		return err
	}
	defer rows.Close()
	fmt.Fprintf(o.Log, "importing a CSV file of %d organizations…\n", o.CSVRows)
	start := time.Now()
	rep, err := directory.NewService(db).ImportOrgs(ctx, directory.Actor{}, rows, directory.ImportOptions{Source: "coalition bench"})
	if err != nil {
		return err
	}
	if rep.Created != o.CSVRows {
		return fmt.Errorf("bench: CSV import created %d of %d rows (%d rejected)", rep.Created, o.CSVRows, rep.Rejected)
	}
	r.CSVImportRate = float64(o.CSVRows) / time.Since(start).Seconds()
	return nil
}

func writeCSV(path string, seed int64, n int) error {
	orgs := make([]directory.Organization, 0, n)
	if err := gen.Orgs(seed, n, func(org directory.Organization) error {
		orgs = append(orgs, org)
		return nil
	}); err != nil {
		return err
	}
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
