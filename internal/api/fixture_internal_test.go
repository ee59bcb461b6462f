package api

import (
	"context"
	"log/slog"
	"net/http"
	"testing"

	"coalition/internal/account"
	"coalition/internal/i18n"
	"coalition/internal/store/storetest"
)

func newFixtureInternal(t *testing.T) internalFixture {
	t.Helper()
	accounts := account.NewService(storetest.OpenSQLite(t))
	u, err := accounts.CreateUser(context.Background(), account.NewUser{Email: "ana@example.org", Password: "a good long password"})
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := accounts.CreateToken(context.Background(), u.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(Deps{Accounts: accounts, I18n: i18n.MustLoad(), Logger: slog.New(slog.DiscardHandler)}).Register(mux)
	return internalFixture{mux: mux, token: token}
}
