package config

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func load(t *testing.T, args []string, env map[string]string) (Config, error) {
	t.Helper()
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	finish := Register(fs, func(k string) string { return env[k] })
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	return finish()
}

func TestDefaults(t *testing.T) {
	c, err := load(t, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Listen != "127.0.0.1:8080" || c.DataDir != "data" || c.DatabaseURL != filepath.Join("data", "coalition.db") {
		t.Errorf("defaults: %+v", c)
	}
	if c.BaseURL != "http://127.0.0.1:8080" || c.Secure() {
		t.Errorf("base URL %q secure %v", c.BaseURL, c.Secure())
	}
}

func TestFlagsWinOverEnvironment(t *testing.T) {
	env := map[string]string{"COALITION_LISTEN": "0.0.0.0:9000", "COALITION_DATA": "/srv/c", "COALITION_DATABASE_URL": "postgres://db/c"}
	c, err := load(t, []string{"--listen", ":7000"}, env)
	if err != nil {
		t.Fatal(err)
	}
	if c.Listen != ":7000" || c.DataDir != "/srv/c" || c.DatabaseURL != "postgres://db/c" {
		t.Errorf("got %+v", c)
	}
	if c.BaseURL != "http://localhost:7000" {
		t.Errorf("base URL for a wildcard listen address: %q", c.BaseURL)
	}
}

func TestSecretsFromFiles(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"COALITION_SMTP_PASSWORD_FILE": pw, "COALITION_SMTP_HOST": "mail.example.org", "COALITION_SMTP_FROM": "c@example.org"}
	c, err := load(t, nil, env)
	if err != nil {
		t.Fatal(err)
	}
	if c.SMTP.Password != "s3cret" {
		t.Errorf("password from file: %q", c.SMTP.Password)
	}
	_, err = load(t, nil, map[string]string{"COALITION_DATABASE_URL_FILE": filepath.Join(dir, "missing")})
	if err == nil || !strings.Contains(err.Error(), "COALITION_DATABASE_URL_FILE") {
		t.Errorf("missing secret file: %v", err)
	}
}

func TestValidationNamesTheSetting(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--listen", "nonsense"}, "--listen"},
		{[]string{"--base-url", "ftp://x"}, "--base-url"},
		{[]string{"--log-level", "loud"}, "--log-level"},
		{[]string{"--log-format", "xml"}, "--log-format"},
		{[]string{"--data", ""}, "--data"},
		{[]string{"--smtp-host", "mail", "--smtp-from", "nobody"}, "--smtp-from"},
		{[]string{"--smtp-host", "mail", "--smtp-from", "a@b.c", "--smtp-port", "0"}, "--smtp-port"},
		{[]string{"--smtp-host", "mail", "--smtp-from", "a@b.c", "--smtp-tls", "maybe"}, "--smtp-tls"},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			_, err := load(t, tc.args, nil)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %v, want one starting with %s", err, tc.want)
			}
		})
	}
}

func TestHTTPSBaseURLIsSecure(t *testing.T) {
	c, err := load(t, []string{"--base-url", "https://coalition.example.org/"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Secure() || c.BaseURL != "https://coalition.example.org" {
		t.Errorf("got %q secure=%v", c.BaseURL, c.Secure())
	}
}
