package eu

import (
	"embed"
	"encoding/csv"
	"fmt"
	"slices"
)

// dataFS holds the package's reference tables; data/README.md names the
// source and licence of each file.
//
//go:embed data/*.csv
var dataFS embed.FS

// table is a parsed CSV data file: its header and its records.
type table struct {
	header  []string
	records [][]string
}

// readTable parses an embedded CSV file. Lines starting with '#' are
// comments (they carry the source of the data); the first other line is the
// header, which must start with the columns in want.
func readTable(name string, want ...string) (table, error) {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return table{}, fmt.Errorf("eu: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	rows, err := r.ReadAll()
	if err != nil {
		return table{}, fmt.Errorf("eu: %s: %w", name, err)
	}
	if len(rows) == 0 || len(rows[0]) < len(want) || !slices.Equal(rows[0][:len(want)], want) {
		return table{}, fmt.Errorf("eu: %s: header does not start with %v", name, want)
	}
	return table{header: rows[0], records: rows[1:]}, nil
}

// mustLoad returns v or panics with err. The embedded tables are part of the
// binary and checked by the package tests, so a failure here is a build
// defect, not a run-time condition.
func mustLoad[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
