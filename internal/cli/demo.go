package cli

import (
	"context"
	"fmt"

	"coalition/internal/demo"
)

func runDemo(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "demo", "demo [flags]")
	load := configFlags(fs, env)
	if err := parse(fs, args); err != nil {
		return err
	}
	a, err := openApp(ctx, env, load)
	if err != nil {
		return err
	}
	defer a.Close()
	login, err := demo.Load(ctx, a.Accounts)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Demo data loaded. Sign in as %s with password %s\n", login.Email, login.Password)
	return nil
}
