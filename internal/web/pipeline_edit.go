package web

import (
	"errors"
	"net/http"

	"coalition/internal/errs"
	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// pipelineEdit shows the form of one engagement with its history; a stage
// in the query (?stage=committed, from a refused move) is chosen already.
func (s *Server) pipelineEdit(w http.ResponseWriter, r *http.Request) error {
	id, eid, err := engagementIDs(r)
	if err != nil {
		return err
	}
	e, _, err := s.inits.EngagementOf(r.Context(), initiativeActor(r), id, eid)
	if err != nil {
		return err
	}
	f := form{Values: pipelineValues(e), Errors: map[string]string{}}
	if st := r.URL.Query().Get("stage"); vocab.Known(vocab.Stage, st) {
		f.Values["stage"] = st
	}
	page, err := s.pipelineEditPage(r, e, f, e.Roles, storedCounts(e.Pledge.Signatures), storedCounts(e.Delivered.Signatures))
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "pipeline_form.html", page)
}

// pipelineUpdate saves the edit form over the stored engagement if nobody
// changed it since the form was loaded; otherwise the form comes back with
// what was typed and the translated error.stale message (409). Problems
// show beside their inputs (422).
func (s *Server) pipelineUpdate(w http.ResponseWriter, r *http.Request) error {
	id, eid, err := engagementIDs(r)
	if err != nil {
		return err
	}
	cur, _, err := s.inits.EngagementOf(r.Context(), initiativeActor(r), id, eid)
	if err != nil {
		return err
	}
	f, roles, e, err := pipelineFromForm(r, id, eid)
	if err == nil {
		_, err = s.inits.UpdateEngagement(r.Context(), initiativeActor(r), e)
	}
	if err == nil {
		s.redirectFlash(w, r, pipelinePath(id), "pipeline.saved")
		return nil
	}
	code, ok := s.organizerFail(r, &f, err)
	if !ok {
		return err
	}
	page, perr := s.pipelineEditPage(r, cur, f, roles, postedCounts(r, "pledge"), postedCounts(r, "delivered"))
	if perr != nil {
		return perr
	}
	page.Stale = errors.Is(err, errs.ErrStale)
	return s.render(w, r, code, "pipeline_form.html", page)
}

// pipelineEditPage lays out the edit form of stored engagement e with the
// values of f and its history.
func (s *Server) pipelineEditPage(r *http.Request, e initiative.Engagement, f form, roles []string, pledged, delivered []pipelineTyped) (pipelineFormPage, error) {
	in, a, err := s.inits.Get(r.Context(), initiativeActor(r), e.InitiativeID)
	if err != nil {
		return pipelineFormPage{}, err
	}
	f.Values["partner"] = ""
	page, err := s.newPipelineFormPage(r, in, a, f, roles, pledged, delivered)
	if err != nil {
		return pipelineFormPage{}, err
	}
	page.ID, page.Name, page.Action = e.ID, e.PartnerName, engagementPath(e.InitiativeID, e.ID)
	page.History, err = s.pipelineHistory(r, e.InitiativeID, e.ID)
	return page, err
}
