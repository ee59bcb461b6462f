package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"coalition/internal/i18n"
	"coalition/internal/initiative/eci"
)

func runECI(ctx context.Context, env Env, args []string) error {
	return dispatch(ctx, env, "eci", args, map[string]func(context.Context, Env, []string) error{
		"assess": eciAssess,
	})
}

// eciAssess reads statements of support per member state and says whether
// they make an initiative valid.
func eciAssess(_ context.Context, env Env, args []string) error {
	fs := flagSet(env, "eci assess", "eci assess [--registered YYYY-MM-DD] [--json] FILE|-")
	registered := fs.String("registered", "", "the initiative's registration `date`, which selects the thresholds; default: today")
	asJSON := fs.Bool("json", false, "write the assessment as JSON")
	path, err := parseWithFile(fs, args)
	if err != nil {
		return err
	}
	day, err := eci.RegistrationDate(*registered, time.Now())
	if err != nil {
		return err
	}
	counts, err := readSupport(env, path)
	if err != nil {
		return err
	}
	a, err := eci.Assess(day, counts)
	if se := (*eci.StateError)(nil); errors.As(err, &se) {
		return i18n.Invalid("country", "eci.support.not_in_annex", "country", se.Code, "date", day.Format(time.DateOnly))
	} else if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(a.JSON(i18n.Fallback))
	}
	return writeAssessment(env.Stdout, a)
}

// readSupport reads the counts of path ("-": standard input); problems are
// written to standard error, one per line, and fail the command.
func readSupport(env Env, path string) (map[string]int, error) {
	var r io.Reader = env.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	counts, problems, err := eci.ReadSupportCSV(r)
	if err != nil {
		return nil, err
	}
	cat := i18n.MustLoad()
	for _, p := range problems {
		where := fmt.Sprintf("line %d", p.Line)
		if p.Field != "" {
			where += ", " + p.Field
		}
		if p.Line == 0 {
			where = path
		}
		fmt.Fprintf(env.Stderr, "%s: %s\n", where, cat.T(i18n.Fallback, p.Key, p.Args...))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%d problem(s) in %s; nothing assessed", len(problems), path)
	}
	return counts, nil
}

// writeAssessment prints a as a table with a verdict.
func writeAssessment(w io.Writer, a eci.Assessment) error {
	p := message.NewPrinter(language.English)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "Registered %s: %s\n\n", a.Registered.Format(time.DateOnly), a.Legal)
	states := a.JSON(i18n.Fallback).States
	width := len("Member state")
	for _, s := range states {
		width = max(width, utf8.RuneCountInString(s.Name))
	}
	left := func(s string) string { return s + strings.Repeat(" ", width-utf8.RuneCountInString(s)) }
	fmt.Fprintln(tw, left("Member state")+"\tThreshold\tSupport\tShort\t")
	for _, s := range states {
		short := "met"
		if !s.Met {
			short = p.Sprintf("%d", s.Short)
		}
		p.Fprintf(tw, "%s\t%d\t%d\t%s\t\n", left(s.Name), s.Threshold, s.Count, short)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	verdict := "not valid"
	if a.Valid {
		verdict = "valid"
	}
	_, err := p.Fprintf(w, "\n%d member states over threshold (%d needed); %d signatures (%d needed): %s\n",
		a.StatesMet, eci.MinStates, a.Total, eci.MinSignatories, verdict)
	return err
}
