package cli

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"coalition/internal/account"
	"coalition/internal/app"
)

func runUser(ctx context.Context, env Env, args []string) error {
	return dispatch(ctx, env, "user", args, map[string]func(context.Context, Env, []string) error{
		"add":          userAdd,
		"list":         userList,
		"set-password": userSetPassword,
		"disable":      func(c context.Context, e Env, a []string) error { return userSetDisabled(c, e, a, true) },
		"enable":       func(c context.Context, e Env, a []string) error { return userSetDisabled(c, e, a, false) },
	})
}

// dispatch runs the named action of a command that has actions (user add, token create…).
func dispatch(ctx context.Context, env Env, name string, args []string, actions map[string]func(context.Context, Env, []string) error) error {
	names := make([]string, 0, len(actions))
	for n := range actions {
		names = append(names, n)
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(env.Stdout, "Usage: coalition %s <%s> [flags]\n", name, strings.Join(sorted(names), "|"))
		if len(args) == 0 {
			return fmt.Errorf("%w: an action is required", errUsage)
		}
		return errHelp
	}
	act, ok := actions[args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown action %q (want one of %s)", errUsage, args[0], strings.Join(sorted(names), ", "))
	}
	return act(ctx, env, args[1:])
}

func userAdd(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "user add", "user add --email E [--name N] [--admin] [--password-stdin] [flags]")
	load := configFlags(fs, env)
	email := fs.String("email", "", "the user's e-mail `address` (required)")
	name := fs.String("name", "", "display `name`")
	admin := fs.Bool("admin", false, "make the user an administrator")
	stdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input; otherwise one is generated and printed")
	return withApp(ctx, env, fs, load, args, func(a *app.App) error {
		password, generated, err := passwordInput(env, *stdin)
		if err != nil {
			return err
		}
		u, err := a.Accounts.CreateUser(ctx, account.NewUser{Email: *email, Name: *name, Password: password, Admin: *admin})
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "created user %s (id %d, admin %t)\n", u.Email, u.ID, u.Admin)
		printGenerated(env, password, generated)
		return nil
	})
}

// printGenerated shows a password the command made up, once.
func printGenerated(env Env, password string, generated bool) {
	if generated {
		fmt.Fprintf(env.Stdout, "password: %s\n", password)
	}
}

// passwordInput reads a password from stdin's first line, or generates one.
func passwordInput(env Env, fromStdin bool) (password string, generated bool, err error) {
	if !fromStdin {
		b := make([]byte, 12)
		if _, err := rand.Read(b); err != nil {
			return "", false, err
		}
		return base64.RawURLEncoding.EncodeToString(b), true, nil
	}
	line, err := bufio.NewReader(env.Stdin).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", false, fmt.Errorf("read password from stdin: %w", err)
	}
	return strings.TrimRight(line, "\r\n"), false, nil
}

func userList(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "user list", "user list [flags]")
	load := configFlags(fs, env)
	return withApp(ctx, env, fs, load, args, func(a *app.App) error {
		users, err := a.Accounts.Users(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tE-MAIL\tNAME\tADMIN\tDISABLED\tCREATED")
		for _, u := range users {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%t\t%t\t%s\n", u.ID, u.Email, u.Name, u.Admin, u.Disabled, u.CreatedAt.Format("2006-01-02"))
		}
		return tw.Flush()
	})
}

func userSetPassword(ctx context.Context, env Env, args []string) error {
	fs := flagSet(env, "user set-password", "user set-password --email E [--password-stdin] [flags]")
	load := configFlags(fs, env)
	email := fs.String("email", "", "the user's e-mail `address` (required)")
	stdin := fs.Bool("password-stdin", false, "read the new password from standard input; otherwise one is generated and printed")
	return withApp(ctx, env, fs, load, args, func(a *app.App) error {
		password, generated, err := passwordInput(env, *stdin)
		if err != nil {
			return err
		}
		if err := a.Accounts.SetPassword(ctx, *email, password); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "password changed for %s; their sessions were ended\n", account.NormalizeEmail(*email))
		printGenerated(env, password, generated)
		return nil
	})
}

func userSetDisabled(ctx context.Context, env Env, args []string, disabled bool) error {
	verb := map[bool]string{true: "disable", false: "enable"}[disabled]
	fs := flagSet(env, "user "+verb, "user "+verb+" --email E [flags]")
	load := configFlags(fs, env)
	email := fs.String("email", "", "the user's e-mail `address` (required)")
	return withApp(ctx, env, fs, load, args, func(a *app.App) error {
		if err := a.Accounts.SetDisabled(ctx, *email, disabled); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "user %s %sd\n", account.NormalizeEmail(*email), verb)
		return nil
	})
}
