package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"coalition/internal/app"
	"coalition/internal/directory"
)

func runExport(ctx context.Context, env Env, args []string) error {
	return dispatch(ctx, env, "export", args, map[string]func(context.Context, Env, []string) error{
		"organizations": exportOrgs,
		"people":        exportPeople,
	})
}

// exportTarget holds the --format and --out flags.
type exportTarget struct {
	format, out string
}

func (t *exportTarget) register(fs *flag.FlagSet, formats string) {
	fs.StringVar(&t.format, "format", "", "file `format`: "+formats+"; default: from --out's extension, else csv")
	fs.StringVar(&t.out, "out", "", "write to `FILE` (replaced only when the export succeeds); default: standard output")
}

// resolve picks the format.
func (t *exportTarget) resolve(people bool) (directory.ExportFormat, error) {
	name := t.format
	if name == "" {
		name = strings.TrimPrefix(strings.ToLower(filepath.Ext(t.out)), ".")
	}
	if name == "" {
		name = "csv"
	}
	f, err := directory.ParseExportFormat(name)
	if err != nil || (f == directory.ExportVCard && !people) {
		return "", fmt.Errorf("%w: unknown --format %q", errUsage, name)
	}
	return f, nil
}

func exportOrgs(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "export organizations", "export organizations [--format csv|xlsx|json] [--out FILE] [--country C] [--kind K]… [flags]")
	load := configFlags(fs, env)
	var t exportTarget
	t.register(fs, "csv, xlsx or json")
	var f directory.OrgFilter
	fs.StringVar(&f.Country, "country", "", "only organizations in `country` (ISO or EU code)")
	fs.StringVar(&f.Region, "region", "", "only organizations in NUTS `region`")
	fs.StringVar(&f.Kind, "kind", "", "only organizations of `kind` (ngo, trade_union…)")
	fs.StringVar(&f.Sector, "sector", "", "only organizations of `sector` (public, private, civil)")
	fs.StringVar(&f.Level, "level", "", "only organizations working at `level` (local … international)")
	fs.StringVar(&f.Topic, "topic", "", "only organizations with `topic`")
	fs.StringVar(&f.Function, "function", "", "only organizations with `function`")
	fs.StringVar(&f.Language, "language", "", "only organizations working in `language` (ISO 639-1)")
	fs.BoolVar(&f.Archived, "archived", false, "include archived organizations")
	return withApp(ctx, env, fs, load, args, func(a *app.App) error {
		format, err := t.resolve(false)
		if err != nil {
			return err
		}
		return writeExport(env, t.out, "organizations", func(w io.Writer) (int, error) {
			return a.Directory.ExportOrgs(ctx, w, format, f)
		})
	})
}

func exportPeople(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "export people", "export people [--format csv|xlsx|json|vcard] [--out FILE] [--country C] [--kind K] [--group G] [flags]")
	load := configFlags(fs, env)
	var t exportTarget
	t.register(fs, "csv, xlsx, json or vcard")
	var f directory.PersonFilter
	fs.StringVar(&f.Country, "country", "", "only people from `country`")
	fs.StringVar(&f.Kind, "kind", "", "only people of `kind` (mep, journalist…)")
	fs.StringVar(&f.PoliticalGroup, "group", "", "only people in political `group`")
	fs.BoolVar(&f.Archived, "archived", false, "include archived people")
	return withApp(ctx, env, fs, load, args, func(a *app.App) error {
		format, err := t.resolve(true)
		if err != nil {
			return err
		}
		return writeExport(env, t.out, "people", func(w io.Writer) (int, error) {
			return a.Directory.ExportPeople(ctx, w, format, f)
		})
	})
}

// writeExport runs write to standard output, or to a temporary file renamed
// to out once complete, and reports the count on stderr.
func writeExport(env Env, out, what string, write func(io.Writer) (int, error)) error {
	if out == "" {
		n, err := write(env.Stdout)
		if err == nil {
			fmt.Fprintf(env.Stderr, "exported %d %s\n", n, what)
		}
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	n, err := write(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), out)
	}
	if err == nil {
		fmt.Fprintf(env.Stderr, "exported %d %s to %s\n", n, what, out)
	}
	return err
}
