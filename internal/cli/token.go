package cli

import (
	"context"
	"fmt"
	"sort"
	"text/tabwriter"

	"coalition/internal/account"
	"coalition/internal/app"
)

func runToken(ctx context.Context, env Env, args []string) error {
	return dispatch(ctx, env, "token", args, map[string]func(context.Context, Env, []string) error{
		"create": tokenCreate,
		"list":   tokenList,
		"revoke": tokenRevoke,
	})
}

// owner finds the user a token command is about.
func owner(ctx context.Context, a *app.App, email string) (account.User, error) {
	u, err := a.Accounts.UserByEmail(ctx, email)
	if err != nil {
		return account.User{}, fmt.Errorf("user %q: %w", email, err)
	}
	return u, nil
}

func tokenCreate(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "token create", "token create --email E [--name N] [flags]")
	load := configFlags(fs, env)
	email := fs.String("email", "", "the token owner's e-mail `address` (required)")
	name := fs.String("name", "", "a `label` for the token, such as the script that uses it")
	return withApp(ctx, env, fs, load, args, func(a *app.App) error {
		u, err := owner(ctx, a, *email)
		if err != nil {
			return err
		}
		secret, _, err := a.Accounts.CreateToken(ctx, u.ID, *name)
		if err == nil {
			fmt.Fprintln(env.Stdout, secret)
		}
		return err
	})
}

func tokenList(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "token list", "token list --email E [flags]")
	load := configFlags(fs, env)
	email := fs.String("email", "", "the token owner's e-mail `address` (required)")
	return withApp(ctx, env, fs, load, args, func(a *app.App) error {
		u, err := owner(ctx, a, *email)
		if err != nil {
			return err
		}
		tokens, err := a.Accounts.Tokens(ctx, u.ID)
		if err != nil {
			return err
		}
		return printTokens(env, tokens)
	})
}

func printTokens(env Env, tokens []account.Token) error {
	tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPREFIX\tNAME\tCREATED\tREVOKED")
	for _, t := range tokens {
		revoked := "-"
		if t.Revoked() {
			revoked = t.RevokedAt.Format("2006-01-02")
		}
		fmt.Fprintf(tw, "%d\t%s…\t%s\t%s\t%s\n", t.ID, t.Prefix, t.Name, t.CreatedAt.Format("2006-01-02"), revoked)
	}
	return tw.Flush()
}

func tokenRevoke(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "token revoke", "token revoke --email E --id N [flags]")
	load := configFlags(fs, env)
	email := fs.String("email", "", "the token owner's e-mail `address` (required)")
	id := fs.Int64("id", 0, "the token's `id`, as 'token list' shows it (required)")
	return withApp(ctx, env, fs, load, args, func(a *app.App) error {
		if *id <= 0 {
			return fmt.Errorf("%w: --id is required", errUsage)
		}
		u, err := owner(ctx, a, *email)
		if err != nil {
			return err
		}
		if err := a.Accounts.RevokeToken(ctx, u.ID, *id); err != nil {
			return fmt.Errorf("token %d: %w", *id, err)
		}
		fmt.Fprintf(env.Stdout, "token %d revoked\n", *id)
		return nil
	})
}

func sorted(s []string) []string {
	sort.Strings(s)
	return s
}
