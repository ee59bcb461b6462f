// Package cli implements the coalition command: one file per subcommand. Every
// failure ends in a one-line message on stderr and a non-zero exit code, never a
// stack trace.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"coalition/internal/app"
	"coalition/internal/config"
	"coalition/internal/i18n"
)

// Env is the outside world a command sees: standard streams and the environment.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, env Env, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"serve":   {"run the web application", runServe},
		"migrate": {"apply database migrations and exit", runMigrate},
		"version": {"print the version", runVersion},
		"user":    {"manage user accounts (add, list, set-password, disable, enable)", runUser},
		"token":   {"manage API tokens (create, list, revoke)", runToken},
		"demo":    {"load the demo data set", runDemo},
		"bench":   {"measure search, import and duplicate scan at scale (bench search)", runBench},
		"import":  {"import organizations or people from CSV, XLSX or JSON (import organizations|people FILE)", runImport},
		"export":  {"export organizations or people as CSV, XLSX, JSON or vCard", runExport},
		"gen":     {"generate a synthetic directory (--orgs N, --people M) for demos and benchmarks", runGen},
		"eci":     {"check statements of support against the ECI thresholds (eci assess FILE)", runECI},
	}
}

// errUsage marks a mistake in the command line; its exit code is 2.
var errUsage = errors.New("usage")

// errHelp means --help was asked for and printed; the exit code is 0.
var errHelp = flag.ErrHelp

// Run runs the command line args (without the program name) and returns the exit code.
func Run(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "coalition: unknown command %q; run 'coalition help' for the list\n", args[0])
		return 2
	}
	return exitCode(env, args[0], cmd.run(ctx, env, args[1:]))
}

func exitCode(env Env, name string, err error) int {
	switch {
	case err == nil, errors.Is(err, errHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(env.Stderr, "coalition %s: %s; run 'coalition %s --help'\n", name, strings.TrimPrefix(err.Error(), "usage: "), name)
		return 2
	default:
		fmt.Fprintf(env.Stderr, "coalition %s: %s\n", name, oneLine(explain(err)))
		return 1
	}
}

// explain renders an error for the terminal in English; a LocalizedError gets its
// catalog message and the field it is about.
func explain(err error) string {
	var le *i18n.LocalizedError
	if !errors.As(err, &le) {
		return err.Error()
	}
	msg := i18n.MustLoad().T(i18n.Fallback, le.Key, le.Args...)
	if le.Field != "" {
		msg = le.Field + ": " + msg
	}
	return msg
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func usage(w io.Writer) {
	fmt.Fprintln(w, "Coalition helps civic organizers find partners, build alliances and keep partnerships working.")
	fmt.Fprintln(w, "\nUsage: coalition <command> [flags]\n\nCommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'coalition <command> --help' for a command's flags.")
}

// flagSet returns a FlagSet that prints its help to stdout and keeps parse errors
// for the caller to report on one line.
func flagSet(env Env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fs.SetOutput(env.Stdout)
		fmt.Fprintf(env.Stdout, "Usage: coalition %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parse parses args, turning flag errors into usage errors and refusing stray arguments.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return fmt.Errorf("%w: %s", errUsage, err.Error())
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	return nil
}

// configFlags declares the shared configuration flags and returns the loader.
func configFlags(fs *flag.FlagSet, env Env) func() (config.Config, error) {
	return config.Register(fs, env.Getenv)
}

// loader finishes the configuration once its flags are parsed.
type loader = func() (config.Config, error)

// withApp parses args, opens the application, runs fn with it and closes it.
func withApp(ctx context.Context, env Env, fs *flag.FlagSet, load loader, args []string, fn func(*app.App) error) error {
	if err := parse(fs, args); err != nil {
		return err
	}
	a, err := openApp(ctx, env, load)
	if err != nil {
		return err
	}
	defer a.Close()
	return fn(a)
}

// loadConfig finishes the configuration; a bad setting is a usage error.
func loadConfig(load func() (config.Config, error)) (config.Config, error) {
	cfg, err := load()
	if err != nil {
		return config.Config{}, fmt.Errorf("%w: %s", errUsage, err.Error())
	}
	return cfg, nil
}

// openApp loads the configuration and opens the application (store, services, routes).
func openApp(ctx context.Context, env Env, load func() (config.Config, error)) (*app.App, error) {
	cfg, err := loadConfig(load)
	if err != nil {
		return nil, err
	}
	return app.Open(ctx, cfg, cfg.Logger(env.Stderr))
}
