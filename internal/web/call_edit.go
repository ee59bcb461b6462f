package web

import (
	"errors"
	"net/http"

	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// callNew shows the form that publishes a call, open, with the signed-in
// user responsible.
func (s *Server) callNew(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.mayManage(r, id); err != nil {
		return err
	}
	u := initiativeActor(r)
	c := initiative.Call{InitiativeID: id, Open: true, Responsible: u.UserID}
	f := form{Values: callValues(i18n.Lang(r.Context()), c), Errors: map[string]string{}}
	return s.renderCallForm(w, r, http.StatusOK, c, f, pickedOf(c), false)
}

// callCreate publishes the posted call and goes to the initiative's calls;
// problems show the form again beside their inputs (422).
func (s *Server) callCreate(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	f, c, err := callFromForm(r, initiative.Call{InitiativeID: id})
	if err == nil {
		_, err = s.calls.PublishCall(r.Context(), initiativeActor(r), c)
	}
	if err == nil {
		s.redirectFlash(w, r, callsPath(id), "call.published")
		return nil
	}
	return s.callFormFailed(w, r, initiative.Call{InitiativeID: id}, c, f, err)
}

// callEdit shows the form of one call to its initiative's team; only
// organizers may change it.
func (s *Server) callEdit(w http.ResponseWriter, r *http.Request) error {
	c, err := s.teamCall(r)
	if err != nil {
		return err
	}
	f := form{Values: callValues(i18n.Lang(r.Context()), c), Errors: map[string]string{}}
	return s.renderCallForm(w, r, http.StatusOK, c, f, pickedOf(c), false)
}

// callUpdate saves the posted form over the stored call if nobody changed
// it since the form was loaded (else the form comes back with error.stale,
// 409); the close and reopen buttons save it closed or open.
func (s *Server) callUpdate(w http.ResponseWriter, r *http.Request) error {
	cur, err := s.teamCall(r)
	if err != nil {
		return err
	}
	f, c, err := callFromForm(r, cur)
	if err == nil {
		_, err = s.calls.UpdateCall(r.Context(), initiativeActor(r), c)
	}
	if err == nil {
		s.redirectFlash(w, r, callsPath(cur.InitiativeID), callSavedKey(f.Values["action"]))
		return nil
	}
	return s.callFormFailed(w, r, cur, c, f, err)
}

// callSavedKey is the flash message after a save by the given button.
func callSavedKey(action string) string {
	switch action {
	case "close":
		return "call.closed_now"
	case "reopen":
		return "call.reopened"
	}
	return "call.saved"
}

// teamCall returns the call of the path if it belongs to the initiative of
// the path and the user is on its team.
func (s *Server) teamCall(r *http.Request) (initiative.Call, error) {
	id, cid, err := callIDs(r)
	if err != nil {
		return initiative.Call{}, err
	}
	c, _, err := s.calls.TeamCall(r.Context(), initiativeActor(r), cid)
	if err == nil && c.InitiativeID != id {
		err = errs.ErrNotFound
	}
	return c, err
}

// callFormFailed shows the form of stored call cur again with what was
// typed (c, f) and the problems of err beside their inputs.
func (s *Server) callFormFailed(w http.ResponseWriter, r *http.Request, cur, c initiative.Call, f form, err error) error {
	code, ok := s.organizerFail(r, &f, err)
	if !ok {
		return err
	}
	return s.renderCallForm(w, r, code, cur, f, pickedOf(c), errors.Is(err, errs.ErrStale))
}

// renderCallForm renders the form of call c (ID 0: a new one) with status.
func (s *Server) renderCallForm(w http.ResponseWriter, r *http.Request, status int, c initiative.Call, f form, p callPicked, stale bool) error {
	in, a, err := s.inits.Get(r.Context(), initiativeActor(r), c.InitiativeID)
	if err != nil {
		return err
	}
	page, err := s.newCallFormPage(r, in, f, p)
	if err != nil {
		return err
	}
	page.Manage, page.Stale, page.Open = a.CanManage(), stale, c.Open || c.ID == 0
	if c.ID != 0 {
		page.ID, page.Action, page.Public = c.ID, teamCallPath(c.InitiativeID, c.ID), publicCallPath(c.ID)
	}
	return s.render(w, r, status, "call_form.html", page)
}
