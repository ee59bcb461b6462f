package web_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/store/storetest"
	"coalition/internal/web"
)

// initiativeEnv is a page server with the initiative pages: env plus the
// initiative service on the same database.
type initiativeEnv struct {
	*env
	inits *initiative.Service
}

func newInitiativeEnv(t *testing.T) *initiativeEnv {
	t.Helper()
	db := storetest.OpenSQLite(t)
	accounts := account.NewService(db)
	inits := initiative.NewService(db)
	bundle := i18n.MustLoad()
	s, err := web.New(web.Deps{Accounts: accounts, I18n: bundle, Logger: slog.New(slog.DiscardHandler),
		Version: "test-1.2.3", Initiatives: inits})
	if err != nil {
		t.Fatalf("web.New: %v", err)
	}
	mux := http.NewServeMux()
	s.Register(mux)
	srv := httptest.NewServer(httpx.Chain(mux, httpx.RequestID))
	t.Cleanup(srv.Close)
	return &initiativeEnv{env: &env{t: t, srv: srv, accounts: accounts, bundle: bundle}, inits: inits}
}

// N translates a counted key for assertions.
func (e *initiativeEnv) N(lang, key string, n int, args ...any) string {
	return e.bundle.N(lang, key, n, args...)
}

// createInitiative stores an initiative of kind with owner as its first
// organizer.
func (e *initiativeEnv) createInitiative(owner account.User, kind initiative.Kind, title string) initiative.Initiative {
	e.t.Helper()
	in, err := e.inits.Create(e.t.Context(), initiative.Actor{UserID: owner.ID},
		initiative.Initiative{Kind: kind, Titles: []directory.Text{{Lang: "en", Value: title}}})
	if err != nil {
		e.t.Fatalf("create initiative: %v", err)
	}
	return in
}

// setMember puts user on the team of in with role (and countries).
func (e *initiativeEnv) setMember(owner account.User, in initiative.Initiative, user account.User, role initiative.Role, countries ...string) {
	e.t.Helper()
	m := initiative.Member{InitiativeID: in.ID, UserID: user.ID, Role: role, Countries: countries}
	if err := e.inits.SetMember(e.t.Context(), initiative.Actor{UserID: owner.ID}, m); err != nil {
		e.t.Fatalf("set member: %v", err)
	}
}

// initiativeURL is the address of an initiative's page.
func initiativeURL(id int64) string { return "/initiatives/" + itoa(id) }

// itoa writes an id for a path.
func itoa(id int64) string { return strconv.FormatInt(id, 10) }
