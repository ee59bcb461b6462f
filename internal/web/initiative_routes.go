package web

import (
	"net/http"
	"strconv"

	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/initiative"
)

// registerInitiatives puts the initiative pages on mux: the list, the
// settings form, the overview with the team, and the ECI group of
// organisers with its live check, and the alliance pipeline: board, table
// with bulk moves, and the partner forms. "Find partners" has the suggestions
// with one-click adds and the alliance planner. Every page needs a signed-in user; the
// initiative service decides what each user may see and change.
func (s *Server) registerInitiatives(mux *http.ServeMux) {
	mux.Handle("GET /initiatives", s.page(s.signedIn(s.initiativeList)))
	mux.Handle("GET /initiatives/new", s.page(s.signedIn(s.initiativeNew)))
	mux.Handle("POST /initiatives", s.page(s.signedIn(s.initiativeCreate)))
	mux.Handle("GET /initiatives/{id}", s.page(s.signedIn(s.initiativeShow)))
	mux.Handle("GET /initiatives/{id}/edit", s.page(s.signedIn(s.initiativeEdit)))
	mux.Handle("POST /initiatives/{id}", s.page(s.signedIn(s.initiativeUpdate)))
	mux.Handle("POST /initiatives/{id}/team", s.page(s.signedIn(s.teamAdd)))
	mux.Handle("POST /initiatives/{id}/team/{user}", s.page(s.signedIn(s.teamChange)))
	mux.Handle("POST /initiatives/{id}/team/{user}/remove", s.page(s.signedIn(s.teamRemove)))
	mux.Handle("GET /initiatives/{id}/organizers", s.page(s.signedIn(s.groupShow)))
	mux.Handle("POST /initiatives/{id}/organizers", s.page(s.signedIn(s.organizerAdd)))
	mux.Handle("POST /initiatives/{id}/organizers/check", s.page(s.signedIn(s.groupCheck)))
	mux.Handle("GET /initiatives/{id}/organizers/{oid}/edit", s.page(s.signedIn(s.organizerEdit)))
	mux.Handle("POST /initiatives/{id}/organizers/{oid}", s.page(s.signedIn(s.organizerUpdate)))
	mux.Handle("POST /initiatives/{id}/organizers/{oid}/remove", s.page(s.signedIn(s.organizerRemove)))
	mux.Handle("GET /initiatives/{id}/pipeline", s.page(s.signedIn(s.pipelineBoard)))
	mux.Handle("POST /initiatives/{id}/pipeline", s.page(s.signedIn(s.pipelineCreate)))
	mux.Handle("GET /initiatives/{id}/pipeline/new", s.page(s.signedIn(s.pipelineNew)))
	mux.Handle("POST /initiatives/{id}/pipeline/bulk", s.page(s.signedIn(s.pipelineBulk)))
	mux.Handle("GET /initiatives/{id}/pipeline/{eid}", s.page(s.signedIn(s.pipelineEdit)))
	mux.Handle("POST /initiatives/{id}/pipeline/{eid}", s.page(s.signedIn(s.pipelineUpdate)))
	mux.Handle("POST /initiatives/{id}/pipeline/{eid}/stage", s.page(s.signedIn(s.pipelineMove)))
	mux.Handle("GET /initiatives/{id}/resources", s.page(s.signedIn(s.resourceList)))
	mux.Handle("POST /initiatives/{id}/resources", s.page(s.signedIn(s.resourceCreate)))
	mux.Handle("GET /initiatives/{id}/resources/{rid}", s.page(s.signedIn(s.resourceEdit)))
	mux.Handle("POST /initiatives/{id}/resources/{rid}", s.page(s.signedIn(s.resourceUpdate)))
	mux.Handle("POST /initiatives/{id}/resources/{rid}/delete", s.page(s.signedIn(s.resourceDelete)))
	mux.Handle("GET /initiatives/{id}/partners", s.page(s.signedIn(s.partnersShow)))
	mux.Handle("POST /initiatives/{id}/partners/add", s.page(s.signedIn(s.partnerAdd)))
	mux.Handle("POST /initiatives/{id}/partners/plan", s.page(s.signedIn(s.partnersAddPlan)))
}

// initiativeActor is the initiative actor of the signed-in user.
func initiativeActor(r *http.Request) initiative.Actor {
	u, _ := httpx.UserFrom(r.Context())
	return initiative.Actor{UserID: u.ID, Admin: u.Admin}
}

// initiativePath is the address of an initiative's page.
func initiativePath(id int64) string { return "/initiatives/" + strconv.FormatInt(id, 10) }

// mayManage returns nil when the signed-in user may change initiative id:
// ErrNotFound when they are not on its team, ErrForbidden when they only
// view it or coordinate countries.
func (s *Server) mayManage(r *http.Request, id int64) error {
	a, err := s.inits.Access(r.Context(), initiativeActor(r), id)
	switch {
	case err != nil:
		return err
	case !a.CanView():
		return errs.ErrNotFound
	case !a.CanManage():
		return errs.ErrForbidden
	}
	return nil
}
