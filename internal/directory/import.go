package directory

import (
	"context"
	"errors"
	"strings"

	"coalition/internal/i18n"
)

// Rows is a table being imported: a header, then rows numbered as a
// spreadsheet numbers them (the header is row 1). *tabular.Reader is one.
type Rows interface {
	Header() []string
	Next() bool
	Row() []string
	RowErr() error // why the current row could not be read, or nil
	Line() int
	Err() error
}

// progressReporter is a Rows that knows how much of its file it has read.
type progressReporter interface {
	Progress() (done, total int64)
}

// ImportOptions say how to import a file.
type ImportOptions struct {
	Map     map[string]string // column → field overrides (--map), "" or "-" ignores a column
	Profile string            // a built-in profile ("meps"); "" picks one when the header matches it
	DryRun  bool              // validate and match, but write nothing
	Source  string            // the Source of created records without a source cell, and of history entries
	// Progress, when set, is called now and then with the bytes read and the
	// file size (or rows read and -1 when the size is unknown).
	Progress  func(done, total int64)
	BatchSize int // rows per store transaction; 0 means DefaultImportBatch
}

// DefaultImportBatch is how many rows the importer writes per transaction.
const DefaultImportBatch = 20000

// progressEvery is how many rows pass between calls to Progress.
const progressEvery = 1000

// importRun is the state shared by the organization and person importers.
type importRun struct {
	ctx      context.Context
	s        *Service
	actor    Actor
	opts     ImportOptions
	m        *Mapping
	report   Report
	empty    bool                 // the store held no record of the kind when the run began
	seen     map[exactKey]int     // exact keys of earlier rows → row
	seenName map[nameKey]nameSeen // the first earlier row with each name key
	seenMore map[nameKey][]nameSeen
	seenID   map[int64]int // stored records already matched → row
	short    map[string]string
}

func newImportRun(ctx context.Context, s *Service, actor Actor, opts ImportOptions, m *Mapping) importRun {
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultImportBatch
	}
	if opts.Source == "" {
		opts.Source = "import"
	}
	run := importRun{ctx: ctx, s: s, actor: actor, opts: opts, m: m, seen: map[exactKey]int{},
		seenName: map[nameKey]nameSeen{}, seenMore: map[nameKey][]nameSeen{}, seenID: map[int64]int{}, short: map[string]string{}}
	run.report.DryRun = opts.DryRun
	run.report.Warnings = append(run.report.Warnings, m.Warnings...)
	return run
}

// loop reads every row and hands the readable ones to handle; rows that cannot
// be read, or have more cells than the header, are rejected here.
func (run *importRun) loop(rows Rows, handle func(line int, row []string) error) error {
	width := len(rows.Header())
	for rows.Next() {
		run.report.Rows++
		line := rows.Line()
		if err := rows.RowErr(); err != nil {
			key, args := problemOf(err)
			run.reject(line, -1, key, args...)
			continue
		}
		row := rows.Row()
		if n := usedWidth(row); n > width {
			run.reject(line, -1, "import.ragged_row", "want", width, "got", n)
		} else if err := handle(line, row); err != nil {
			return err
		}
		if run.report.Rows%progressEvery == 0 {
			if err := run.progress(rows); err != nil {
				return err
			}
		}
	}
	if rows.Err() != nil {
		return rows.Err()
	}
	if run.report.Rows == 0 {
		run.report.warn(RowProblem{Row: 1, Key: "import.no_rows"})
	}
	return run.progress(rows)
}

// usedWidth returns the number of cells up to the last non-empty one.
func usedWidth(row []string) int {
	n := len(row)
	for n > 0 && strings.TrimSpace(row[n-1]) == "" {
		n--
	}
	return n
}

// progress reports how far the run is, and stops it when ctx is done.
func (run *importRun) progress(rows Rows) error {
	if run.opts.Progress != nil {
		if p, ok := rows.(progressReporter); ok {
			run.opts.Progress(p.Progress())
		} else {
			run.opts.Progress(int64(run.report.Rows), -1)
		}
	}
	return run.ctx.Err()
}

// problemOf returns the catalog key of a row error and its arguments.
func problemOf(err error) (string, []any) {
	var le *i18n.LocalizedError
	if errors.As(err, &le) {
		return le.Key, le.Args
	}
	return "error.invalid", nil
}

// reject records a rejected row with one problem in column col (-1: none).
func (run *importRun) reject(line, col int, key string, args ...any) {
	run.report.reject(RowProblem{Row: line, Column: run.column(col), Key: key, Args: args})
}

// column returns the header of column i, or "" for -1.
func (run *importRun) column(i int) string {
	if i < 0 || i >= len(run.m.Columns) {
		return ""
	}
	return run.m.label(i)
}

// rejectAll records a rejected row with the cells that could not be read and
// the validation problems of the other columns.
func (run *importRun) rejectAll(line int, cells []cellProblem, errs []*i18n.LocalizedError) {
	ps := make([]RowProblem, 0, len(cells)+len(errs))
	unread := map[int]bool{}
	for _, c := range cells {
		ps = append(ps, RowProblem{Row: line, Column: run.column(c.col), Key: c.key})
		unread[c.col] = true
	}
	for _, e := range errs {
		col := run.m.columnOf(e.Field)
		if col >= 0 && unread[col] {
			continue // "required" after the cell could not be read says nothing new
		}
		ps = append(ps, RowProblem{Row: line, Column: run.column(col), Key: e.Key, Args: e.Args})
	}
	run.report.reject(ps...)
}

// identity is what tells two records with the same name apart: registry ids
// for organizations; external id and e-mail for people. Two identities are
// compatible unless some id is set in both and differs.
type identity [3]string

// own returns the identity in strings of its own (see importRun.own).
func (a identity) own(run *importRun) identity {
	for i := range a {
		a[i] = run.own(a[i])
	}
	return a
}

func (a identity) compatible(b identity) bool {
	for i := range a {
		if a[i] != "" && b[i] != "" && a[i] != b[i] {
			return false
		}
	}
	return true
}

// exactKey is an id that names one record: a registry id, an external id.
// kind says which; scope is the country of a national number or the kind of
// person of an external id.
type exactKey struct {
	kind      byte
	scope, id string
}

// nameKey is a record's name key within its country.
type nameKey struct{ country, key string }

// nameSeen is an earlier row with some name key.
type nameSeen struct {
	line int
	id   identity
}

// duplicate checks a row against earlier ones: it repeats one when it shares
// an exact key, or a name key (unless name.key is "") with a compatible
// identity. Otherwise the row's keys are remembered. It returns the earlier
// row, or 0.
func (run *importRun) duplicate(line int, exact []exactKey, name nameKey, id identity) int {
	for _, k := range exact {
		if first := run.seen[k]; first != 0 {
			return first
		}
	}
	if name.key != "" {
		if first, ok := run.seenName[name]; ok && first.id.compatible(id) {
			return first.line
		}
		for _, n := range run.seenMore[name] {
			if n.id.compatible(id) {
				return n.line
			}
		}
	}
	for _, k := range exact {
		run.seen[exactKey{k.kind, run.own(k.scope), run.own(k.id)}] = line
	}
	run.rememberName(line, nameKey{run.own(name.country), run.own(name.key)}, id.own(run))
	return 0
}

// own returns a copy of s that shares no memory with the row it came from: a
// cell is a slice of its whole row, which a remembered key would keep alive
// (a million-row import kept 270 MB of rows for their country codes). Short
// strings, codes mostly, are shared between rows.
func (run *importRun) own(s string) string {
	if len(s) > 3 {
		return strings.Clone(s)
	}
	if o, ok := run.short[s]; ok {
		return o
	}
	o := strings.Clone(s)
	run.short[o] = o
	return o
}

// rememberName records a row's name key; rows that share one with another
// identity are kept in seenMore, which is rarely used.
func (run *importRun) rememberName(line int, name nameKey, id identity) {
	if name.key == "" {
		return
	}
	if _, taken := run.seenName[name]; !taken {
		run.seenName[name] = nameSeen{line, id}
		return
	}
	run.seenMore[name] = append(run.seenMore[name], nameSeen{line, id})
}

// claim remembers that line matched the stored record id; a second row
// matching it is a duplicate of the first, whose row it returns.
func (run *importRun) claim(line int, id int64) int {
	if first := run.seenID[id]; first != 0 {
		return first
	}
	run.seenID[id] = line
	return 0
}

// errStop ends a scan early.
var errStop = errors.New("stop")

// errWriterFailed stops reading once the writer has failed; the writer's own
// error is the one returned.
var errWriterFailed = errors.New("directory: import writer failed")

// finish writes what is queued when reading ended well, waits for the writer
// and merges its report. The write error wins over a read error, which wins
// over errWriterFailed.
func finish[T any](run *importRun, w *asyncWriter[T], flush func() error, readErr error) (Report, error) {
	if readErr == nil && run.ctx.Err() == nil {
		readErr = flush()
	}
	if w != nil {
		rep, err := w.close()
		run.report.merge(rep)
		if err != nil {
			return run.report, err
		}
	}
	if errors.Is(readErr, errWriterFailed) {
		readErr = nil
	}
	return run.report, readErr
}
