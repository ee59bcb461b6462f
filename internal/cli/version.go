package cli

import (
	"context"
	"fmt"
	"runtime"

	"coalition/internal/app"
	"coalition/internal/store"
)

func runVersion(_ context.Context, env Env, args []string) error {
	fs := flagSet(env, "version", "version")
	if err := parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "coalition %s (schema %d, %s)\n", app.Version, store.LatestVersion(), runtime.Version())
	return nil
}
