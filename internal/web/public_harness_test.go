package web_test

import (
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
	"coalition/internal/store/storetest"
	"coalition/internal/web"
)

// campaignEnv is a page server with the directory and the initiatives on
// one database: what the public pages and the coverage pages need.
type campaignEnv struct {
	*initiativeEnv
	dir *directory.Service
}

func newCampaignEnv(t *testing.T) *campaignEnv {
	t.Helper()
	ie, dir := newCampaignParts(t)
	return &campaignEnv{initiativeEnv: ie, dir: dir}
}

// newCampaignParts starts a page server with the directory, the initiatives
// and their partner calls, all on one database.
func newCampaignParts(t *testing.T) (*initiativeEnv, *directory.Service) {
	t.Helper()
	db := storetest.OpenSQLite(t)
	accounts := account.NewService(db)
	dir := directory.NewService(db)
	jobs := directory.NewJobs(db, dir)
	t.Cleanup(jobs.Close)
	inits := initiative.NewService(db)
	inits.SetPartners(dir)
	inits.SetLogger(slog.New(slog.DiscardHandler))
	s, err := web.New(web.Deps{Accounts: accounts, I18n: i18n.MustLoad(), Logger: slog.New(slog.DiscardHandler),
		Version: "test-1.2.3", Directory: dir, Search: newFollowSearcher(dir), Jobs: jobs, Initiatives: inits, Calls: inits})
	if err != nil {
		t.Fatalf("web.New: %v", err)
	}
	mux := http.NewServeMux()
	s.Register(mux)
	srv := httptest.NewServer(httpx.Chain(mux, httpx.RequestID))
	t.Cleanup(srv.Close)
	e := &env{t: t, srv: srv, accounts: accounts, bundle: i18n.MustLoad()}
	return &initiativeEnv{env: e, inits: inits}, dir
}

// day is a date in UTC.
func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

// createECI stores an ECI registered on 2 March 2026, collecting until
// 30 April 2027, published at slug when public.
func (e *campaignEnv) createECI(owner account.User, slug string, public bool) initiative.Initiative {
	e.t.Helper()
	in, err := e.inits.Create(e.t.Context(), initiative.Actor{UserID: owner.ID}, initiative.Initiative{
		Kind: initiative.KindECI, Slug: slug, Public: public,
		Titles:       []directory.Text{{Lang: "en", Value: "Clean Baltic Sea"}, {Lang: "lv", Value: "Tīra Baltijas jūra"}},
		Descriptions: []directory.Text{{Lang: "en", Value: "Stop the dumping."}, {Lang: "lv", Value: "Apturēt izgāšanu."}},
		RegisteredOn: day("2026-03-02"), CollectionStart: day("2026-05-01"), CollectionEnd: day("2027-04-30")})
	if err != nil {
		e.t.Fatalf("create ECI: %v", err)
	}
	return in
}

// org stores an organization, with a logo when logo is set.
func (e *campaignEnv) org(owner account.User, name, country, website string, logo []byte) directory.Organization {
	e.t.Helper()
	actor := directory.Actor{UserID: owner.ID}
	o, err := e.dir.CreateOrg(e.t.Context(), actor, directory.Organization{Name: name, Country: country, Website: website})
	if err != nil {
		e.t.Fatalf("create org: %v", err)
	}
	if logo != nil {
		if err := e.dir.SetOrgLogo(e.t.Context(), actor, o.ID, logo); err != nil {
			e.t.Fatalf("logo: %v", err)
		}
	}
	return o
}

// engage puts o in the pipeline of in at stage; committed and active
// partners get a firm commitment, with logo permission when logo is set.
func (e *campaignEnv) engage(owner account.User, in initiative.Initiative, o directory.Organization, stage string, logo bool) initiative.Engagement {
	e.t.Helper()
	eng := initiative.Engagement{InitiativeID: in.ID, OrgID: o.ID, Country: o.Country, Stage: stage}
	if stage == initiative.StageCommitted || stage == initiative.StageActive {
		eng.Commitment = initiative.Commitment{On: day("2026-06-01"), ConfirmedBy: "Board chair", How: "letter", LogoPermission: logo}
	}
	saved, err := e.inits.Engage(e.t.Context(), initiative.Actor{UserID: owner.ID}, eng)
	if err != nil {
		e.t.Fatalf("engage: %v", err)
	}
	return saved
}
