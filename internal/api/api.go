// Package api is Coalition's JSON front end under /api/v1. Handlers parse the
// request, call one service and write JSON; every error has one shape,
// {"error":{"code","message","field"}}, with the message in the request's language.
package api

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"slices"
	"strings"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/search"
)

// Prefix is the path every API route starts with.
const Prefix = "/api/v1"

// Deps are the services the API calls.
type Deps struct {
	Accounts *account.Service
	I18n     *i18n.Bundle
	Logger   *slog.Logger
	Version  string
	// Directory and Search serve the organizations and people endpoints.
	Directory *directory.Service
	Search    Searcher
	// Initiatives serves the initiatives endpoints.
	Initiatives *initiative.Service
	// Calls, when set, serves the partner calls and the expressions of
	// interest: the initiatives' service, given the directory and a notifier.
	Calls *initiative.Service
}

// Searcher answers directory searches; *search.Engine satisfies it.
type Searcher interface {
	Search(ctx context.Context, q search.Query) (search.Result, error)
}

// Server holds the API's handlers.
type Server struct{ d Deps }

// New returns the API server.
func New(d Deps) *Server { return &Server{d: d} }

// route is one API endpoint. Public routes need no token.
type route struct {
	method, path string
	public       bool
	handle       httpx.HandlerFunc
}

func (s *Server) routes() []route {
	return []route{
		{"GET", "/openapi.json", true, s.openAPI},
		{"GET", "/me", false, s.me},
		{"GET", "/reference/member-states", true, s.memberStates},
		{"GET", "/reference/eci-thresholds", true, s.eciThresholds},
		{"POST", "/eci/assessments", true, s.assessECI},
		{"GET", "/organizations", false, s.listOrgs},
		{"POST", "/organizations", false, s.createOrg},
		{"GET", "/organizations/{id}", false, s.getOrg},
		{"PUT", "/organizations/{id}", false, s.updateOrg},
		{"POST", "/organizations/{id}/archive", false, s.archiveOrg},
		{"POST", "/organizations/{id}/restore", false, s.restoreOrg},
		{"GET", "/people", false, s.listPeople},
		{"POST", "/people", false, s.createPerson},
		{"GET", "/people/{id}", false, s.getPerson},
		{"PUT", "/people/{id}", false, s.updatePerson},
		{"POST", "/people/{id}/archive", false, s.archivePerson},
		{"POST", "/people/{id}/restore", false, s.restorePerson},
		{"GET", "/initiatives", false, s.listInitiatives},
		{"POST", "/initiatives", false, s.createInitiative},
		{"GET", "/initiatives/{id}", false, s.getInitiative},
		{"PUT", "/initiatives/{id}", false, s.updateInitiative},
		{"GET", "/initiatives/{id}/team", false, s.listTeam},
		{"PUT", "/initiatives/{id}/team/{user}", false, s.putTeamMember},
		{"DELETE", "/initiatives/{id}/team/{user}", false, s.removeTeamMember},
		{"GET", "/initiatives/{id}/coverage", false, s.getCoverage},
		{"GET", "/initiatives/{id}/suggestions", false, s.suggestPartners},
		{"GET", "/initiatives/{id}/plan", false, s.planAlliance},
		{"POST", "/initiatives/{id}/tallies", false, s.addTallies},
		{"GET", "/initiatives/{id}/organizers", false, s.getGroup},
		{"POST", "/initiatives/{id}/organizers", false, s.addOrganizer},
		{"PUT", "/initiatives/{id}/organizers/{oid}", false, s.updateOrganizer},
		{"DELETE", "/initiatives/{id}/organizers/{oid}", false, s.removeOrganizer},
		{"GET", "/initiatives/{id}/engagements", false, s.listEngagements},
		{"POST", "/initiatives/{id}/engagements", false, s.createEngagement},
		{"GET", "/initiatives/{id}/engagements/{eid}", false, s.getEngagement},
		{"PUT", "/initiatives/{id}/engagements/{eid}", false, s.updateEngagement},
		{"POST", "/initiatives/{id}/engagements/{eid}/stage", false, s.moveEngagement},
		{"GET", "/initiatives/{id}/engagements/{eid}/history", false, s.engagementHistory},
		{"GET", "/calls", true, s.withCalls(s.listOpenCalls)},
		{"GET", "/calls/{cid}", true, s.withCalls(s.getPublicCall)},
		{"POST", "/calls/{cid}/interest", true, s.withCalls(s.expressInterest)},
		{"GET", "/initiatives/{id}/calls", false, s.withCalls(s.listCalls)},
		{"POST", "/initiatives/{id}/calls", false, s.withCalls(s.createCall)},
		{"PUT", "/initiatives/{id}/calls/{cid}", false, s.withCalls(s.updateCall)},
		{"GET", "/initiatives/{id}/resources", false, s.listResources},
		{"POST", "/initiatives/{id}/resources", false, s.createResource},
		{"PUT", "/initiatives/{id}/resources/{rid}", false, s.updateResource},
		{"DELETE", "/initiatives/{id}/resources/{rid}", false, s.deleteResource},
	}
}

// Register adds every API route to mux, plus a catch-all that answers unknown
// paths with a JSON 404. Each route's path pattern also answers the methods it
// does not take with a JSON 405 naming the allowed ones: ServeMux prefers a
// pattern with a method, so the method-less one only sees the others.
func (s *Server) Register(mux *http.ServeMux) {
	var paths []string
	methods := map[string][]string{}
	for _, rt := range s.routes() {
		mux.Handle(rt.method+" "+Prefix+rt.path, s.adapt(rt))
		if methods[rt.path] == nil {
			paths = append(paths, rt.path)
		}
		methods[rt.path] = append(methods[rt.path], rt.method)
	}
	for _, p := range paths {
		mux.Handle(Prefix+p, s.adapt(route{public: true, handle: methodNotAllowed(methods[p])}))
	}
	mux.Handle(Prefix+"/", s.adapt(route{public: true, handle: func(http.ResponseWriter, *http.Request) error {
		return errNotFound
	}}))
}

// methodNotAllowed answers with a 405 and the Allow header for methods; a path
// that takes GET also takes HEAD.
func methodNotAllowed(methods []string) httpx.HandlerFunc {
	if slices.Contains(methods, http.MethodGet) {
		methods = append(slices.Clone(methods), http.MethodHead)
	}
	allow := strings.Join(methods, ", ")
	return func(w http.ResponseWriter, _ *http.Request) error {
		w.Header().Set("Allow", allow)
		return errMethod
	}
}

// adapt authenticates the request (unless the route is public), negotiates the
// language, runs the handler and renders its error, if any.
func (s *Server) adapt(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, err := s.authenticate(r, rt.public)
		r = r.WithContext(i18n.WithLang(r.Context(), s.d.I18n.Negotiate(r.URL.Query().Get("lang"), user.Language, r.Header.Get("Accept-Language"))))
		if err == nil {
			r = r.WithContext(httpx.WithUser(r.Context(), user))
			err = rt.handle(w, r)
		}
		if err != nil {
			s.writeError(w, r, err)
		}
	})
}

// authenticate reads "Authorization: Bearer <token>". A public route works
// without one, but a token that is given must still be valid.
func (s *Server) authenticate(r *http.Request, public bool) (account.User, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		if public {
			return account.User{}, nil
		}
		return account.User{}, errTokenMissing
	}
	secret, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || strings.TrimSpace(secret) == "" {
		return account.User{}, errTokenMissing
	}
	return s.d.Accounts.TokenUser(r.Context(), strings.TrimSpace(secret))
}

// writeJSON writes v with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
