package cli

import (
	"context"
	"fmt"

	"coalition/internal/bench"
)

func runBench(ctx context.Context, env Env, args []string) error {
	return dispatch(ctx, env, "bench", args, map[string]func(context.Context, Env, []string) error{
		"search": benchSearch,
	})
}

func benchSearch(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "bench search", "bench search [--orgs N] [--postgres URL] [flags]")
	o := bench.Options{Log: env.Stderr}
	fs.IntVar(&o.Orgs, "orgs", 1000000, "`number` of generated organizations to load")
	fs.Int64Var(&o.Seed, "seed", 1, "generator `seed`")
	fs.StringVar(&o.Dir, "dir", "", "`folder` for the benchmark's SQLite database (default: a temporary folder, removed afterwards)")
	fs.StringVar(&o.PostgresURL, "postgres", env.Getenv("COALITION_BENCH_POSTGRES"), "PostgreSQL `URL` for the tsvector/GIN baseline; its database should be empty (COALITION_BENCH_POSTGRES)")
	fs.IntVar(&o.Repeat, "repeat", 5, "`runs` of each query through Coalition's index")
	fs.IntVar(&o.CSVRows, "csv-rows", 200000, "`rows` of the CSV file imported to measure `coalition import`; 0 skips it")
	if err := parse(fs, args); err != nil {
		return err
	}
	if o.Orgs < 1000 || o.Repeat < 1 {
		return fmt.Errorf("%w: --orgs must be at least 1000 and --repeat at least 1", errUsage)
	}
	r, err := bench.Run(ctx, o)
	if err != nil {
		return err
	}
	r.Print(env.Stdout)
	return nil
}
