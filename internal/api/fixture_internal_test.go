package api

import (
	"context"
	"log/slog"
	"net/http"
	"testing"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/search"
	"coalition/internal/store"
	"coalition/internal/store/storetest"
)

func newFixtureInternal(t *testing.T) internalFixture {
	t.Helper()
	db := storetest.OpenSQLite(t)
	accounts := account.NewService(db)
	u, err := accounts.CreateUser(context.Background(), account.NewUser{Email: "ana@example.org", Password: "a good long password"})
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := accounts.CreateToken(context.Background(), u.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	dir, engine := directoryDeps(t, db)
	inits := initiative.NewService(db)
	inits.SetPartners(dir)
	inits.SetLogger(slog.New(slog.DiscardHandler))
	New(Deps{Accounts: accounts, I18n: i18n.MustLoad(), Logger: slog.New(slog.DiscardHandler), Directory: dir, Search: engine,
		Initiatives: inits, Calls: inits}).Register(mux)
	return internalFixture{mux: mux, token: token}
}

// directoryDeps returns the directory service and a started search engine on db.
func directoryDeps(t *testing.T, db *store.DB) (*directory.Service, *search.Engine) {
	t.Helper()
	engine := search.NewEngine(db)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	if err := engine.Start(ctx); err != nil {
		t.Fatal(err)
	}
	return directory.NewService(db), engine
}
