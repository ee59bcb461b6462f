// Package config builds Coalition's validated configuration from command-line flags
// and COALITION_* environment variables. Flags win over the environment; secrets may
// come from files named by *_FILE variables. There are no globals: Load returns a value.
package config

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Config is everything the server and the commands need to start.
type Config struct {
	Listen      string // host:port the HTTP server listens on
	DatabaseURL string // postgres://… or a SQLite path; default: coalition.db in DataDir
	DataDir     string // folder for the SQLite database and uploaded files
	BaseURL     string // public URL, used in links and e-mails
	LogLevel    string // debug, info, warn, error
	LogFormat   string // text or json
	SMTP        SMTP
}

// SMTP holds the outgoing-mail settings. Host empty means mail is not sent.
type SMTP struct {
	Host     string
	Port     int
	Username string
	Password string
	From     string
	TLS      string // starttls (default), tls or none
}

// Env reads an environment variable; os.Getenv in production, a map in tests.
type Env func(string) string

// Register declares the shared flags on fs, with defaults taken from the
// environment, and returns a function that resolves *_FILE secrets and validates
// once fs has been parsed.
func Register(fs *flag.FlagSet, env Env) func() (Config, error) {
	c := &Config{}
	fs.StringVar(&c.Listen, "listen", envOr(env, "COALITION_LISTEN", "127.0.0.1:8080"), "`host:port` to listen on (COALITION_LISTEN)")
	fs.StringVar(&c.DatabaseURL, "database", env("COALITION_DATABASE_URL"), "database `URL`: postgres://… or a SQLite file path; default DATA/coalition.db (COALITION_DATABASE_URL)")
	fs.StringVar(&c.DataDir, "data", envOr(env, "COALITION_DATA", "data"), "data `folder` (COALITION_DATA)")
	fs.StringVar(&c.BaseURL, "base-url", env("COALITION_BASE_URL"), "public base `URL`; default http://LISTEN (COALITION_BASE_URL)")
	fs.StringVar(&c.LogLevel, "log-level", envOr(env, "COALITION_LOG_LEVEL", "info"), "log `level`: debug, info, warn, error (COALITION_LOG_LEVEL)")
	fs.StringVar(&c.LogFormat, "log-format", envOr(env, "COALITION_LOG_FORMAT", "text"), "log `format`: text or json (COALITION_LOG_FORMAT)")
	registerSMTP(fs, env, &c.SMTP)
	return func() (Config, error) { return c.finish(env) }
}

func registerSMTP(fs *flag.FlagSet, env Env, s *SMTP) {
	port, _ := strconv.Atoi(envOr(env, "COALITION_SMTP_PORT", "587"))
	fs.StringVar(&s.Host, "smtp-host", env("COALITION_SMTP_HOST"), "SMTP `host`; empty: no e-mail (COALITION_SMTP_HOST)")
	fs.IntVar(&s.Port, "smtp-port", port, "SMTP `port` (COALITION_SMTP_PORT)")
	fs.StringVar(&s.Username, "smtp-username", env("COALITION_SMTP_USERNAME"), "SMTP user `name` (COALITION_SMTP_USERNAME)")
	fs.StringVar(&s.From, "smtp-from", env("COALITION_SMTP_FROM"), "sender `address` (COALITION_SMTP_FROM)")
	fs.StringVar(&s.TLS, "smtp-tls", envOr(env, "COALITION_SMTP_TLS", "starttls"), "`mode`: starttls, tls or none (COALITION_SMTP_TLS)")
	s.Password = env("COALITION_SMTP_PASSWORD")
}

func envOr(env Env, name, def string) string {
	if v := env(name); v != "" {
		return v
	}
	return def
}

// finish fills secrets from *_FILE variables and derived defaults, then validates.
func (c *Config) finish(env Env) (Config, error) {
	if err := fromFile(env, "COALITION_SMTP_PASSWORD", &c.SMTP.Password); err != nil {
		return Config{}, err
	}
	if err := fromFile(env, "COALITION_DATABASE_URL", &c.DatabaseURL); err != nil {
		return Config{}, err
	}
	if c.DatabaseURL == "" {
		c.DatabaseURL = filepath.Join(c.DataDir, "coalition.db")
	}
	if c.BaseURL == "" {
		c.BaseURL = "http://" + displayHost(c.Listen)
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	return *c, c.Validate()
}

// fromFile sets *dst from the file named by NAME_FILE, when that is set and *dst is empty.
func fromFile(env Env, name string, dst *string) error {
	path := env(name + "_FILE")
	if path == "" || *dst != "" {
		return nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s_FILE: %w", name, err)
	}
	*dst = strings.TrimSpace(string(b))
	return nil
}

// displayHost turns a listen address into one a browser can open.
func displayHost(listen string) string {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return listen
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// Validate checks every field and reports the first problem with the setting's name.
func (c Config) Validate() error {
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		return fmt.Errorf("--listen %q: want host:port", c.Listen)
	}
	if c.DataDir == "" {
		return errors.New("--data: a folder is required")
	}
	if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("--base-url %q: want an http:// or https:// URL", c.BaseURL)
	}
	if err := oneOf("--log-level", c.LogLevel, "debug", "info", "warn", "error"); err != nil {
		return err
	}
	if err := oneOf("--log-format", c.LogFormat, "text", "json"); err != nil {
		return err
	}
	return c.SMTP.validate()
}

func (s SMTP) validate() error {
	if s.Host == "" {
		return nil
	}
	if s.Port < 1 || s.Port > 65535 {
		return fmt.Errorf("--smtp-port %d: want 1-65535", s.Port)
	}
	if !strings.Contains(s.From, "@") {
		return fmt.Errorf("--smtp-from %q: want a sender e-mail address", s.From)
	}
	return oneOf("--smtp-tls", s.TLS, "starttls", "tls", "none")
}

func oneOf(name, v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return fmt.Errorf("%s %q: want one of %s", name, v, strings.Join(allowed, ", "))
}

// Secure reports whether the base URL is https, so cookies must be Secure.
func (c Config) Secure() bool { return strings.HasPrefix(c.BaseURL, "https://") }
