package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"coalition/internal/app"
	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/tabular"
)

func runImport(ctx context.Context, env Env, args []string) error {
	return dispatch(ctx, env, "import", args, map[string]func(context.Context, Env, []string) error{
		"organizations": func(c context.Context, e Env, a []string) error {
			return importFile(c, e, a, directory.EntityOrganization)
		},
		"people": func(c context.Context, e Env, a []string) error { return importFile(c, e, a, directory.EntityPerson) },
	})
}

// importFlags are the flags of coalition import.
type importFlags struct {
	mapping   columnMap
	dryRun    bool
	encoding  string
	sheet     string
	delimiter string
	profile   string
	source    string
}

func (f *importFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.mapping, "map", "map a `column=field` (repeatable); an empty field ignores the column")
	fs.BoolVar(&f.dryRun, "dry-run", false, "check and match every row, write nothing")
	fs.StringVar(&f.encoding, "encoding", "", "CSV text `encoding` (utf-8, windows-1250, windows-1251, windows-1252, windows-1257, utf-16…); default: detected")
	fs.StringVar(&f.sheet, "sheet", "", "XLSX `sheet` to read; default: the first")
	fs.StringVar(&f.delimiter, "delimiter", "", "CSV `separator`: , ; tab or |; default: detected")
	fs.StringVar(&f.profile, "profile", "", "built-in `profile` ("+strings.Join(directory.ProfileNames(), ", ")+"); default: detected from the header")
	fs.StringVar(&f.source, "source", "", "the `source` recorded on new records; default: import FILE")
}

// columnMap collects --map column=field.
type columnMap map[string]string

func (m *columnMap) String() string { return fmt.Sprint(map[string]string(*m)) }

func (m *columnMap) Set(v string) error {
	i := strings.LastIndexByte(v, '=')
	if i <= 0 {
		return fmt.Errorf("want column=field, got %q", v)
	}
	if *m == nil {
		*m = columnMap{}
	}
	(*m)[v[:i]] = v[i+1:]
	return nil
}

func importFile(ctx context.Context, env Env, args []string, e directory.Entity) error {
	what := map[directory.Entity]string{directory.EntityOrganization: "organizations", directory.EntityPerson: "people"}[e]
	fs := flagSet(env, "import "+what, "import "+what+" FILE [--map column=field]… [--dry-run] [--encoding E] [--sheet S] [--delimiter D] [--profile P] [flags]")
	load := configFlags(fs, env)
	var f importFlags
	f.register(fs)
	path, err := parseWithFile(fs, args)
	if err != nil {
		return err
	}
	ropts, err := f.readerOptions()
	if err != nil {
		return err
	}
	r, err := tabular.OpenFile(path, ropts) // a bad file fails before the database is touched
	if err != nil {
		return err
	}
	defer r.Close()
	a, err := openApp(ctx, env, load)
	if err != nil {
		return err
	}
	defer a.Close()
	return runImportFile(ctx, env, a, e, path, r, f)
}

// parseWithFile parses flags before and after the one FILE argument.
func parseWithFile(fs *flag.FlagSet, args []string) (string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return "", errHelp
			}
			return "", fmt.Errorf("%w: %s", errUsage, err.Error())
		}
		if fs.NArg() == 0 {
			break
		}
		files, args = append(files, fs.Arg(0)), fs.Args()[1:]
	}
	if len(files) != 1 {
		return "", fmt.Errorf("%w: give one FILE", errUsage)
	}
	return files[0], nil
}

// readerOptions turns the CSV and XLSX flags into tabular options.
func (f *importFlags) readerOptions() (tabular.Options, error) {
	opts := tabular.Options{Encoding: f.encoding, Sheet: f.sheet}
	switch strings.ToLower(f.delimiter) {
	case "":
	case "tab", `\t`, "\t":
		opts.Delimiter = '\t'
	case ",", ";", "|":
		opts.Delimiter = f.delimiter[0]
	default:
		return opts, fmt.Errorf("%w: --delimiter must be , ; tab or |", errUsage)
	}
	return opts, nil
}

func runImportFile(ctx context.Context, env Env, a *app.App, e directory.Entity, path string, r *tabular.Reader, f importFlags) error {
	opts := directory.ImportOptions{Map: f.mapping, DryRun: f.dryRun, Profile: f.profile, Source: f.source}
	if opts.Source == "" {
		opts.Source = "import " + filepath.Base(path)
	}
	bar := newImportBar(env)
	if bar != nil {
		opts.Progress = func(done, total int64) { bar.update(done, total) }
	}
	defer tuneImportGC(env)()
	svc := a.Directory
	var rep directory.Report
	var err error
	if e == directory.EntityPerson {
		rep, err = svc.ImportPeople(ctx, directory.Actor{}, r, opts)
	} else {
		rep, err = svc.ImportOrgs(ctx, directory.Actor{}, r, opts)
	}
	bar.finish()
	printReport(env.Stdout, e, path, r, rep)
	return err
}

// importMemoryLimit is the Go heap an import aims to stay under unless
// GOMEMLIMIT says otherwise: a million-row file then peaks near 700 MB of
// resident memory instead of 1.3 GB, in the same time.
const importMemoryLimit = 512 << 20

// tuneImportGC trades memory for CPU in an import, a batch job: the collector
// runs less often (GOGC 400) but keeps the heap under importMemoryLimit.
// GOGC and GOMEMLIMIT, when set, win. It returns the function that puts the
// settings back.
func tuneImportGC(env Env) (restore func()) {
	ownPercent := env.Getenv("GOGC") == ""
	percent, limit := 100, int64(-1) // a negative limit changes nothing
	if ownPercent {
		percent = debug.SetGCPercent(400)
	}
	if env.Getenv("GOMEMLIMIT") == "" {
		limit = debug.SetMemoryLimit(importMemoryLimit)
	}
	return func() {
		if ownPercent {
			debug.SetGCPercent(percent)
		}
		debug.SetMemoryLimit(limit)
	}
}

// printReport prints the summary, then every warning and rejected row in English.
func printReport(w io.Writer, e directory.Entity, path string, r *tabular.Reader, rep directory.Report) {
	what := map[directory.Entity]string{directory.EntityOrganization: "organizations", directory.EntityPerson: "people"}[e]
	fmt.Fprintf(w, "%s: %d rows read (%s)\n", path, rep.Rows, describeReader(r))
	verb := ""
	if rep.DryRun {
		verb = " (dry run: nothing was written)"
	}
	fmt.Fprintf(w, "%s: %d created, %d updated, %d unchanged, %d rejected%s\n", what, rep.Created, rep.Updated, rep.Unchanged, rep.Rejected, verb)
	b := i18n.MustLoad()
	for _, p := range rep.Warnings {
		fmt.Fprintf(w, "warning: %s\n", describeProblem(b, p))
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(w, "rejected: %s\n", describeProblem(b, p))
	}
	if rep.Truncated {
		fmt.Fprintf(w, "(only the first %d problems are listed)\n", directory.MaxProblems)
	}
}

func describeReader(r *tabular.Reader) string {
	if r.Format() != tabular.CSV {
		return string(r.Format())
	}
	d := string(r.Delimiter())
	if d == "\t" {
		d = "tab"
	}
	return fmt.Sprintf("CSV, %s, separator %q", r.Encoding(), d)
}

func describeProblem(b *i18n.Bundle, p directory.RowProblem) string {
	where := fmt.Sprintf("row %d", p.Row)
	if p.Column != "" {
		where += fmt.Sprintf(", column %q", p.Column)
	}
	return where + ": " + oneLine(p.Message(b, i18n.Fallback))
}

// importBar is a progress bar on a terminal's stderr.
type importBar struct {
	bar   *progressbar.ProgressBar
	total int64
}

// newImportBar returns a bar when stderr is a terminal, else nil.
func newImportBar(env Env) *importBar {
	f, ok := env.Stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &importBar{total: -2, bar: progressbar.NewOptions64(-1, progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription("importing"), progressbar.OptionShowBytes(true),
		progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())}
}

func (b *importBar) update(done, total int64) {
	if total != b.total {
		b.total = total
		b.bar.ChangeMax64(total)
	}
	_ = b.bar.Set64(done)
}

func (b *importBar) finish() {
	if b != nil {
		_ = b.bar.Finish()
	}
}
