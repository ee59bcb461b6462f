package cli

import (
	"context"
	"fmt"
	"net"

	"coalition/internal/app"
	"coalition/internal/demo"
)

func runServe(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "serve", "serve [flags]")
	load := configFlags(fs, env)
	withDemo := fs.Bool("demo", false, "load the demo data set first and print its sign-in")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(load)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", cfg.Listen, err)
	}
	defer ln.Close()
	a, err := app.Open(ctx, cfg, cfg.Logger(env.Stderr))
	if err != nil {
		return err
	}
	defer a.Close()
	if *withDemo {
		login, err := demo.Load(ctx, a.Accounts, a.DB, demo.Initiatives{Service: a.Initiatives})
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "Demo sign-in: %s / %s\n", login.Email, login.Password)
	}
	fmt.Fprintf(env.Stdout, "Coalition is running at %s (database: %s). Press Ctrl+C to stop.\n", a.Config.BaseURL, a.DB.Engine())
	return a.Serve(ctx, ln)
}
