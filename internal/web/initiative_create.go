package web

import (
	"errors"
	"net/http"

	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// initiativeCreate stores a new initiative from the form, with the user as
// its first organizer, and shows it. Invalid input shows the form again with
// each translated problem beside its input (422); nothing typed is lost.
func (s *Server) initiativeCreate(w http.ResponseWriter, r *http.Request) error {
	f, in, ps := initiativeFromForm(r)
	var created initiative.Initiative
	err := initiativeCheck(in, ps)
	if err == nil {
		created, err = s.inits.Create(r.Context(), initiativeActor(r), in)
	}
	if err != nil {
		return s.initiativeFormError(w, r, f, in, 0, err)
	}
	s.redirectFlash(w, r, initiativePath(created.ID), "initiative.created")
	return nil
}

// initiativeUpdate saves the settings form over the stored initiative if
// nobody changed it since the form was loaded (the form carries the version
// it read). Otherwise the form comes back with the typed values, the
// translated error.stale message and a link to reload: nothing is
// overwritten.
func (s *Server) initiativeUpdate(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.mayManage(r, id); err != nil {
		return err
	}
	f, in, ps := initiativeFromForm(r)
	in.ID = id
	err = initiativeCheck(in, ps)
	if err == nil {
		_, err = s.inits.Update(r.Context(), initiativeActor(r), in)
	}
	if err != nil {
		return s.initiativeFormError(w, r, f, in, id, err)
	}
	s.redirectFlash(w, r, initiativePath(id), "initiative.updated")
	return nil
}

// initiativeFormError shows the form again with err's problems, or returns
// err when it is not the user's to fix (a stranger's edit is not found, a
// viewer's forbidden). id is the initiative being edited, 0 for a new one.
func (s *Server) initiativeFormError(w http.ResponseWriter, r *http.Request, f form, in initiative.Initiative, id int64, err error) error {
	code, ok := s.initiativeFail(r, &f, err)
	if !ok {
		return err
	}
	page := s.newInitiativeFormPage(r, f, in)
	if id != 0 {
		page = page.forEdit(id, in.Title(i18n.Lang(r.Context())))
		page.Stale = errors.Is(err, errs.ErrStale)
	}
	return s.render(w, r, code, "initiative_form.html", page)
}
