package cli

import (
	"bytes"
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"coalition/internal/account"
	"coalition/internal/store"
)

// run runs the command line against a data folder and returns the exit code and output.
func run(t *testing.T, data, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string {
		if k == "COALITION_DATA" {
			return data
		}
		return ""
	}}
	code = Run(context.Background(), args, env)
	return code, out.String(), errOut.String()
}

func TestUserAndTokenCommands(t *testing.T) {
	data := t.TempDir()
	code, out, errOut := run(t, data, "correct horse battery\n", "user", "add", "--email", "Ana@Example.org", "--admin", "--password-stdin")
	if code != 0 || !strings.Contains(out, "ana@example.org") {
		t.Fatalf("user add: %d %q %q", code, out, errOut)
	}
	code, out, _ = run(t, data, "", "token", "create", "--email", "ana@example.org", "--name", "ci")
	token := strings.TrimSpace(out)
	if code != 0 || !strings.HasPrefix(token, account.TokenPrefix) || strings.Count(out, "\n") != 1 {
		t.Fatalf("token create must print only the token: %d %q", code, out)
	}
	code, out, _ = run(t, data, "", "user", "list")
	if code != 0 || !strings.Contains(out, "ana@example.org") || !strings.Contains(out, "true") {
		t.Errorf("user list: %d %q", code, out)
	}
	code, out, _ = run(t, data, "", "token", "list", "--email", "ana@example.org")
	if code != 0 || !strings.Contains(out, token[:10]) || strings.Contains(out, token) {
		t.Errorf("token list shows the prefix, never the secret: %q", out)
	}
	if code, _, _ = run(t, data, "", "token", "revoke", "--email", "ana@example.org", "--id", "1"); code != 0 {
		t.Errorf("token revoke: %d", code)
	}
	if code, _, _ = run(t, data, "", "user", "disable", "--email", "ana@example.org"); code != 0 {
		t.Errorf("user disable: %d", code)
	}
	if code, out, _ = run(t, data, "", "user", "set-password", "--email", "ana@example.org"); code != 0 || !strings.Contains(out, "password: ") {
		t.Errorf("set-password with a generated password: %d %q", code, out)
	}
}

func TestBadInputGivesOneLineAndNonZeroExit(t *testing.T) {
	data := t.TempDir()
	run(t, data, "a-long-enough-password\n", "user", "add", "--email", "x@example.org", "--password-stdin")
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"bad flag", []string{"serve", "--no-such-flag"}, 2, "flag provided but not defined"},
		{"stray argument", []string{"migrate", "extra"}, 2, "unexpected argument"},
		{"unknown action", []string{"user", "explode"}, 2, "unknown action"},
		{"bad e-mail", []string{"user", "add", "--email", "not-an-address"}, 1, "email: Enter a valid e-mail address"},
		{"taken e-mail", []string{"user", "add", "--email", "x@example.org"}, 1, "email:"},
		{"unknown user", []string{"token", "create", "--email", "nobody@example.org"}, 1, "not found"},
		{"bad listen address", []string{"serve", "--listen", "nowhere"}, 2, "--listen"},
		{"unreachable database", []string{"migrate", "--database", "postgres://postgres@127.0.0.1:1/x?sslmode=disable&connect_timeout=2"}, 1, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := run(t, data, "", tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("exit %d (want %d), stderr %q (want one line containing %q)", code, tc.code, errOut, tc.want)
			}
			if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
				t.Errorf("stack trace leaked: %q", errOut)
			}
		})
	}
}

func TestServeRefusesAPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, _, errOut := run(t, t.TempDir(), "", "serve", "--listen", ln.Addr().String())
	if code != 1 || !strings.Contains(errOut, "cannot listen on") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"serve", "--help"}, {"user", "add", "--help"}, {"token", "--help"}, {"version"}} {
		code, out, _ := run(t, t.TempDir(), "", args...)
		if code != 0 || out == "" {
			t.Errorf("%v: exit %d, output %q", args, code, out)
		}
	}
}

func TestDatabaseNewerThanBinaryIsRefused(t *testing.T) {
	data := t.TempDir()
	if code, _, errOut := run(t, data, "", "migrate"); code != 0 {
		t.Fatalf("migrate: %s", errOut)
	}
	bumpSchema(t, filepath.Join(data, "coalition.db"))
	code, _, errOut := run(t, data, "", "migrate")
	if code != 1 || !strings.Contains(errOut, "newer") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// bumpSchema marks the database as migrated by a newer Coalition.
func bumpSchema(t *testing.T, path string) {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.ForceSchemaVersion(context.Background(), store.LatestVersion()+1); err != nil {
		t.Fatal(err)
	}
}
