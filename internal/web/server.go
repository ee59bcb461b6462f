// Package web serves Coalition's server-rendered HTML pages: the public home page,
// one-time setup, sign-in, the dashboard, the API-token settings and the EU
// reference data. Handlers are small (one per file): they parse the request, call
// one service and render an embedded html/template in the negotiated language. Pages work
// without JavaScript; htmx, served from embedded static files, improves them.
package web

import (
	"context"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/search"
)

// Deps is what the pages need from the rest of the program.
type Deps struct {
	Accounts *account.Service
	I18n     *i18n.Bundle
	Logger   *slog.Logger
	Secure   bool // base URL is https: cookies get Secure
	Version  string
	// Directory and Search serve the partner-directory pages.
	Directory *directory.Service
	Search    Searcher
	// Jobs runs imports and duplicate scans; required with Directory.
	Jobs *directory.Jobs
	// Initiatives serves the initiative pages, their teams and ECI groups
	// of organisers.
	Initiatives *initiative.Service
	// Calls, when set, serves the partner calls: the team's pages, the
	// public board and the expressions of interest. It is the initiatives'
	// service, given the directory and a notifier (see initiative.Service's
	// SetPartners and SetNotifier).
	Calls *initiative.Service
}

// Searcher answers directory searches; *search.Engine satisfies it.
type Searcher interface {
	Search(ctx context.Context, q search.Query) (search.Result, error)
}

// Server renders the HTML pages. Make one with New and put its routes on a mux
// with Register.
type Server struct {
	accounts *account.Service
	i18n     *i18n.Bundle
	logger   *slog.Logger
	secure   bool
	version  string
	assets   *assets
	pages    map[string]map[string]*template.Template // language → page file → template
	origin   *http.CrossOriginProtection
	dir      *directory.Service
	search   Searcher
	jobs     *directory.Jobs
	inits    *initiative.Service
	calls    *initiative.Service
}

// New loads the static assets and parses every embedded template in every UI
// language, so a broken template fails the start rather than a request.
func New(d Deps) (*Server, error) {
	if d.Accounts == nil || d.I18n == nil || d.Logger == nil {
		return nil, fmt.Errorf("web: Accounts, I18n and Logger are required")
	}
	if d.Directory != nil && d.Jobs == nil {
		return nil, fmt.Errorf("web: Jobs is required with Directory")
	}
	s := &Server{accounts: d.Accounts, i18n: d.I18n, logger: d.Logger, secure: d.Secure, version: d.Version,
		dir: d.Directory, search: d.Search, jobs: d.Jobs, inits: d.Initiatives, calls: d.Calls}
	var err error
	if s.assets, err = loadAssets(staticFS); err != nil {
		return nil, err
	}
	if s.pages, err = s.parseTemplates(templateFS); err != nil {
		return nil, err
	}
	s.origin = http.NewCrossOriginProtection()
	s.origin.SetDenyHandler(http.HandlerFunc(s.denyCrossOrigin))
	return s, nil
}

// Register puts every page route on mux, including the static files and the
// catch-all "/" that answers unknown paths with the 404 page. The health, metrics
// and /api/v1/ routes belong to the caller.
func (s *Server) Register(mux *http.ServeMux) {
	mux.Handle("GET /static/", httpx.SecurityHeaders(s.assets))
	mux.Handle("GET /{$}", s.page(s.home))
	mux.Handle("GET /setup", s.page(s.setupForm))
	mux.Handle("POST /setup", s.page(s.setupSubmit))
	mux.Handle("GET /login", s.page(s.loginForm))
	mux.Handle("POST /login", s.page(s.loginSubmit))
	mux.Handle("POST /logout", s.page(s.logout))
	mux.Handle("GET /reference", s.page(s.reference))
	mux.Handle("GET /dashboard", s.page(s.signedIn(s.dashboard)))
	mux.Handle("GET /settings/tokens", s.page(s.signedIn(s.tokenList)))
	mux.Handle("POST /settings/tokens", s.page(s.signedIn(s.tokenCreate)))
	mux.Handle("POST /settings/tokens/{id}/revoke", s.page(s.signedIn(s.tokenRevoke)))
	if s.dir != nil {
		s.registerOrganizations(mux)
		s.registerPeople(mux)
	}
	if s.inits != nil {
		s.registerInitiatives(mux)
		s.registerPublic(mux)
		s.registerCoverage(mux)
	}
	if s.inits != nil && s.calls != nil {
		s.registerCalls(mux)
	}
	mux.Handle("/", s.page(s.notFound))
}

// page wraps a page handler with what every page needs, outermost first: security
// headers, the session user, the language (after the user, whose preference
// counts), panic recovery into the translated 500 page, the language switch, and
// CSRF protection (cross-origin check plus the synchronizer token), which also
// bounds the request body.
func (s *Server) page(h httpx.HandlerFunc) http.Handler { return s.uploadPage(h, 0) }

// uploadPage is page for a form that sends files of up to maxFile bytes each
// (0: a form without files). Routes declare their limit here, when they are
// registered; the CSRF check enforces it (see csrf).
func (s *Server) uploadPage(h httpx.HandlerFunc, maxFile int64) http.Handler {
	return httpx.Chain(httpx.Adapt(h, s.renderError),
		httpx.SecurityHeaders,
		s.session,
		httpx.Locale(s.i18n),
		httpx.RecoverWith(s.logger, s.renderError),
		s.switchLanguage,
		s.origin.Handler,
		s.csrf(maxFile),
	)
}
