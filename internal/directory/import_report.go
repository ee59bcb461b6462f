package directory

import (
	"fmt"

	"coalition/internal/i18n"
)

// RowProblem is one reason a row was rejected, or a warning about the file.
// Row counts the header as row 1, as spreadsheet programs do; Column is the
// header of the column at fault as written in the file ("" when the problem
// is not about one column). Key and Args make the message, translated when it
// is shown.
type RowProblem struct {
	Row    int    `json:"row"`
	Column string `json:"column,omitempty"`
	Key    string `json:"key"`
	Args   []any  `json:"args,omitempty"`
}

// Message returns the problem's text in lang.
func (p RowProblem) Message(b *i18n.Bundle, lang string) string { return b.T(lang, p.Key, p.Args...) }

// String renders the problem in English catalog terms for logs and tests.
func (p RowProblem) String() string {
	return fmt.Sprintf("row %d, column %q: %s %v", p.Row, p.Column, p.Key, p.Args)
}

// MaxProblems is how many problems a Report keeps; Rejected still counts every
// rejected row beyond it.
const MaxProblems = 100_000

// Report is what an import did, or in a dry run would do.
type Report struct {
	Rows      int // data rows read (blank rows are not counted)
	Created   int
	Updated   int
	Unchanged int
	Rejected  int
	DryRun    bool
	Problems  []RowProblem // why rows were rejected, several per row when need be
	Warnings  []RowProblem // about the file (unknown columns) or rows kept despite them
	Truncated bool         // more than MaxProblems problems: the first ones are kept
}

// reject records the problems of a row that is not imported.
func (r *Report) reject(ps ...RowProblem) {
	r.Rejected++
	for _, p := range ps {
		if len(r.Problems) >= MaxProblems {
			r.Truncated = true
			return
		}
		r.Problems = append(r.Problems, p)
	}
}

// warn records a warning about a row that is imported all the same.
func (r *Report) warn(p RowProblem) {
	if len(r.Warnings) >= MaxProblems {
		r.Truncated = true
		return
	}
	r.Warnings = append(r.Warnings, p)
}
