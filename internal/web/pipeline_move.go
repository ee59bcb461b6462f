package web

import (
	"errors"
	"net/http"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// commitmentRequired is the problem of a move to committed or active
// without a commitment on record.
const commitmentRequired = "engagement.commitment_required"

// pipelineMove moves one engagement to another stage (stage, version). With
// htmx it answers with the board alone, the move made or the reason it was
// refused on top; without JavaScript it goes back to the board, or shows the
// board with the reason (422, or 409 for a stale version). A partner of a
// member state the user does not work on is 403.
func (s *Server) pipelineMove(w http.ResponseWriter, r *http.Request) error {
	id, eid, err := engagementIDs(r)
	if err != nil {
		return err
	}
	version, stage := formInt64(r.PostFormValue("version")), strings.TrimSpace(r.PostFormValue("stage"))
	_, err = s.inits.MoveStage(r.Context(), initiativeActor(r), id, eid, version, stage)
	refused, code, ok := s.refusal(r, err)
	if !ok {
		return err
	}
	htmx := r.Header.Get("HX-Request") == "true"
	if err == nil && !htmx {
		s.redirectFlash(w, r, pipelinePath(id), "pipeline.moved")
		return nil
	}
	page, perr := s.pipelineData(r, id)
	if perr != nil {
		return perr
	}
	page.Refused = refused
	if refusedForCommitment(err) {
		page.RefusedEdit = engagementPath(id, eid) + "?stage=" + stage
	}
	if htmx {
		return s.renderFragment(w, r, "pipeline_board.html", "pipeline-board", withCSRF(r, page))
	}
	return s.render(w, r, code, "pipeline_board.html", page)
}

// refusal words why a change was refused and returns the status to answer
// with; ok is false for errors that are not the user's to fix (nor a
// refusal: forbidden, not found, internal), which the caller returns.
func (s *Server) refusal(r *http.Request, err error) (msg string, code int, ok bool) {
	lang := i18n.Lang(r.Context())
	switch {
	case err == nil:
		return "", http.StatusOK, true
	case errors.Is(err, errs.ErrStale):
		return s.i18n.T(lang, "error.stale"), http.StatusConflict, true
	}
	ps := directory.AsProblems(err)
	if len(ps) == 0 || httpx.Status(err) != http.StatusUnprocessableEntity {
		return "", 0, false
	}
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = s.i18n.T(lang, p.Key, p.Args...)
	}
	return strings.Join(msgs, " "), http.StatusUnprocessableEntity, true
}

// refusedForCommitment reports whether err says a commitment must be
// recorded first.
func refusedForCommitment(err error) bool {
	for _, p := range directory.AsProblems(err) {
		if p.Key == commitmentRequired {
			return true
		}
	}
	return false
}

// engagementIDs reads the {id} and {eid} path values.
func engagementIDs(r *http.Request) (id, eid int64, err error) {
	if id, err = pathID(r, "id"); err != nil {
		return 0, 0, err
	}
	eid, err = pathID(r, "eid")
	return id, eid, err
}

// fragmentData is what a fragment of a page sees: the page and the CSRF
// token its forms carry, as the layout has them.
type fragmentData struct {
	CSRF string
	Page any
}

// withCSRF packs page for a fragment of it.
func withCSRF(r *http.Request, page any) fragmentData {
	return fragmentData{CSRF: csrfToken(r.Context()), Page: page}
}
