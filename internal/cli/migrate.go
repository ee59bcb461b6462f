package cli

import (
	"context"
	"fmt"

	"coalition/internal/app"
)

func runMigrate(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "migrate", "migrate [flags]")
	load := configFlags(fs, env)
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(load)
	if err != nil {
		return err
	}
	db, err := app.OpenStore(ctx, cfg, cfg.Logger(env.Stderr))
	if err != nil {
		return err
	}
	defer db.Close()
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "database schema is at version %d (%s)\n", v, db.Engine())
	return nil
}
