// Package app wires Coalition together: configuration and logger, then the store,
// the domain services and the two front ends on one HTTP handler. It holds no
// rules of its own.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"coalition/internal/account"
	"coalition/internal/api"
	"coalition/internal/config"
	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/mail"
	"coalition/internal/search"
	"coalition/internal/store"
	"coalition/internal/web"
)

// Version is the program version, set at build time with -ldflags "-X coalition/internal/app.Version=…".
var Version = "dev"

// App is a running Coalition instance: its database, services and HTTP handler.
type App struct {
	Config   config.Config
	Log      *slog.Logger
	DB       *store.DB
	Accounts *account.Service
	I18n     *i18n.Bundle
	// Directory is the partner directory; Search its index, which follows the
	// database's change log (see package search).
	Directory *directory.Service
	Search    *search.Engine
	// Jobs runs imports and duplicate scans in the background, their state
	// in the database so that every instance shows it.
	Jobs *directory.Jobs
	// Initiatives are the workspaces of campaigns and ECIs, with their teams.
	Initiatives *initiative.Service
	handler     http.Handler
}

// Open connects to the database, applies pending migrations, refuses a database
// newer than this binary, and builds the services and the HTTP handler.
func Open(ctx context.Context, cfg config.Config, log *slog.Logger) (*App, error) {
	db, err := OpenStore(ctx, cfg, log)
	if err != nil {
		return nil, err
	}
	a, err := build(cfg, log, db)
	if err != nil {
		db.Close()
		return nil, err
	}
	return a, nil
}

// OpenStore opens the configured database and brings its schema up to date.
func OpenStore(ctx context.Context, cfg config.Config, log *slog.Logger) (*store.DB, error) {
	db, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return nil, err
	}
	if err := db.CheckVersion(ctx); err != nil {
		db.Close()
		return nil, err
	}
	n, err := db.Migrate(ctx)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate: %w", err)
	}
	if n > 0 {
		log.Info("database migrated", "engine", db.Engine(), "steps", n)
	}
	return db, nil
}

func build(cfg config.Config, log *slog.Logger, db *store.DB) (*App, error) {
	bundle, err := i18n.Load()
	if err != nil {
		return nil, err
	}
	a := &App{Config: cfg, Log: log, DB: db, Accounts: account.NewService(db), I18n: bundle}
	a.Search = search.NewEngine(db)
	a.Search.Logger = log
	a.Directory = directory.NewService(notifyingStore{DB: db, notify: a.Search.Notify})
	a.Jobs = directory.NewJobs(db, a.Directory)
	a.Jobs.Logger = log
	a.Initiatives = initiative.NewService(db)
	a.Initiatives.SetCandidates(candidates{a.Search, a.Directory})
	a.Initiatives.SetPartners(a.Directory)
	a.Initiatives.SetLogger(log)
	a.Initiatives.SetNotifier(&mail.InterestNotifier{Sender: mail.New(cfg.SMTP, log), Users: a.Accounts, I18n: bundle, BaseURL: cfg.BaseURL})
	a.handler, err = a.routes()
	return a, err
}

func (a *App) routes() (http.Handler, error) {
	mux := http.NewServeMux()
	w, err := web.New(web.Deps{Accounts: a.Accounts, I18n: a.I18n, Logger: a.Log, Secure: a.Config.Secure(), Version: Version,
		Directory: a.Directory, Search: a.Search, Jobs: a.Jobs, Initiatives: a.Initiatives, Calls: a.Initiatives})
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	w.Register(mux)
	api.New(api.Deps{Accounts: a.Accounts, I18n: a.I18n, Logger: a.Log, Version: Version,
		Directory: a.Directory, Search: a.Search, Initiatives: a.Initiatives, Calls: a.Initiatives}).Register(mux)
	metrics := newMetrics(a.DB)
	mux.Handle("GET /metrics", metrics.Handler())
	mux.HandleFunc("GET /healthz", healthz)
	mux.HandleFunc("GET /readyz", a.readyz)
	return wrap(mux, a.Log, metrics), nil
}

// Handler returns the HTTP handler serving every route.
func (a *App) Handler() http.Handler { return a.handler }

// Close stops the background jobs of this instance, letting each record that
// it was interrupted, and releases the database.
func (a *App) Close() error {
	a.Jobs.Close()
	return a.DB.Close()
}

// Serve answers HTTP requests on ln until ctx is cancelled, then stops accepting
// new connections and waits up to 20 seconds for requests in flight to finish.
func (a *App) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           a.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(a.Log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	go a.purge(ctx)
	go a.startSearch(ctx)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	a.Log.Info("shutting down: finishing requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// startSearch builds the search index from the database and then follows the
// change log until ctx ends. Pages answer meanwhile; searches say the index is
// still being built.
func (a *App) startSearch(ctx context.Context) {
	for wait := time.Second; ; wait = min(2*wait, time.Minute) {
		start := time.Now()
		err := a.Search.Start(ctx)
		if err == nil {
			a.Log.Info("search index ready", "organizations", a.Search.Len(), "took", time.Since(start).Round(time.Millisecond))
			return
		}
		if ctx.Err() != nil {
			return
		}
		a.Log.Error("search index build failed; trying again", "err", err, "in", wait)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// purge deletes expired sessions, old sign-in failures and old import jobs
// every hour. Running it on every instance is harmless: the deletes are
// idempotent.
func (a *App) purge(ctx context.Context) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if n, err := a.Accounts.Purge(ctx); err != nil && ctx.Err() == nil {
			a.Log.Warn("purge expired sessions and sign-in failures", "err", err)
		} else if n > 0 {
			a.Log.Info("purged expired sessions and sign-in failures", "count", n)
		}
		if n, err := a.Jobs.PurgeImportJobs(ctx); err != nil && ctx.Err() == nil {
			a.Log.Warn("purge old import jobs", "err", err)
		} else if n > 0 {
			a.Log.Info("purged old import jobs", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// candidates is where the initiatives find partners to suggest: the search
// index ranks, the directory gives the records.
type candidates struct {
	*search.Engine
	*directory.Service
}
