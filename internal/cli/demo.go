package cli

import (
	"context"
	"fmt"

	"coalition/internal/app"
	"coalition/internal/demo"
)

func runDemo(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "demo", "demo [flags]")
	load := configFlags(fs, env)
	return withApp(ctx, env, fs, load, args, func(a *app.App) error {
		login, err := demo.Load(ctx, a.Accounts, a.DB, demo.Initiatives{Service: a.Initiatives})
		if err == nil {
			fmt.Fprintf(env.Stdout, "Demo data loaded. Sign in as %s with password %s\n", login.Email, login.Password)
		}
		return err
	})
}
