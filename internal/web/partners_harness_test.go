package web_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/search"
	"coalition/internal/store/storetest"
	"coalition/internal/web"
)

// partnersEnv is a page server whose initiative service suggests partners
// from a started search engine, for the "Find partners" page.
type partnersEnv struct {
	*pipelineEnv
}

// freshMatches reads the directory's change log before every match, so
// that organizations stored by the test are found at once.
type freshMatches struct {
	*search.Engine
	*directory.Service
}

func (f freshMatches) MatchIDs(ctx context.Context, q search.Query) ([]int64, error) {
	f.Notify()
	return f.Engine.MatchIDs(ctx, q)
}

func newPartnersEnv(t *testing.T) *partnersEnv {
	t.Helper()
	db := storetest.OpenSQLite(t)
	accounts, dir, inits := account.NewService(db), directory.NewService(db), initiative.NewService(db)
	jobs := directory.NewJobs(db, dir)
	t.Cleanup(jobs.Close)
	engine := search.NewEngine(db)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	if err := engine.Start(ctx); err != nil {
		t.Fatal(err)
	}
	inits.SetCandidates(freshMatches{engine, dir})
	bundle := i18n.MustLoad()
	s, err := web.New(web.Deps{Accounts: accounts, I18n: bundle, Logger: slog.New(slog.DiscardHandler),
		Version: "test-1.2.3", Directory: dir, Search: newFollowSearcher(dir), Jobs: jobs, Initiatives: inits})
	if err != nil {
		t.Fatalf("web.New: %v", err)
	}
	mux := http.NewServeMux()
	s.Register(mux)
	srv := httptest.NewServer(httpx.Chain(mux, httpx.RequestID))
	t.Cleanup(srv.Close)
	ie := &initiativeEnv{env: &env{t: t, srv: srv, accounts: accounts, bundle: bundle}, inits: inits}
	return &partnersEnv{&pipelineEnv{initiativeEnv: ie, dir: dir}}
}

// partnersFixture is an ECI of owner over threshold in DE and a few hundred
// signatures short in LV and EE, and four organizations: two in BG that
// score best but cannot close its gap, and one local partner each in LV and
// EE that close theirs.
func (e *partnersEnv) partnersFixture(owner account.User) (initiative.Initiative, map[string]directory.Organization) {
	e.t.Helper()
	ctx, actor := e.t.Context(), initiative.Actor{UserID: owner.ID}
	in, err := e.inits.Create(ctx, actor, initiative.Initiative{Kind: initiative.KindECI,
		Titles: []directory.Text{{Lang: "en", Value: "Clean Baltic"}}, RegisteredOn: time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		e.t.Fatal(err)
	}
	counts := map[string]int{"DE": 70000, "LV": 6000, "EE": 4800}
	if _, err := e.inits.AddTallies(ctx, actor, in.ID, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), counts, "web"); err != nil {
		e.t.Fatal(err)
	}
	orgs := map[string]directory.Organization{}
	for key, o := range map[string]directory.Organization{
		"bg-national": {Name: "Зелени Балкани", Country: "BG", Level: "national", Members: 5000},
		"bg-local":    {Name: "Еко Варна", Country: "BG", Level: "local", Members: 1000},
		"lv":          {Name: "Zaļā Brīvība", Country: "LV", Level: "local", Members: 10000},
		"ee":          {Name: "Roheline Tartu", Country: "EE", Level: "local", Members: 6000},
	} {
		o.Kind, o.Topics = "ngo", []string{"environment_climate"}
		if orgs[key], err = e.dir.CreateOrg(ctx, directory.Actor{}, o); err != nil {
			e.t.Fatal(err)
		}
	}
	return in, orgs
}

// partnersURL is the address of an initiative's "Find partners" page.
func partnersURL(id int64) string { return initiativeURL(id) + "/partners" }
