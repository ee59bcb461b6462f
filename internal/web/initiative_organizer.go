package web

import (
	"errors"
	"net/http"

	"coalition/internal/errs"
)

// organizerAdd adds a member to the group of organisers and goes back to the
// group, whose check now counts them. Invalid input shows the page again
// with each problem beside its input (422).
func (s *Server) organizerAdd(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.mayManage(r, id); err != nil {
		return err
	}
	f, o, err := organizerFromForm(r, id, 0)
	if err == nil {
		_, err = s.inits.AddOrganizer(r.Context(), initiativeActor(r), o)
	}
	if err != nil {
		return s.organizerFormError(w, r, id, 0, f, err)
	}
	s.redirectFlash(w, r, groupPath(id), "initiative.organizer.added")
	return nil
}

// organizerEdit shows the form that changes one member of the group, with
// the check of the group.
func (s *Server) organizerEdit(w http.ResponseWriter, r *http.Request) error {
	id, oid, err := organizerPath(r)
	if err != nil {
		return err
	}
	if err := s.mayManage(r, id); err != nil {
		return err
	}
	os, _, err := s.inits.Group(r.Context(), initiativeActor(r), id)
	if err != nil {
		return err
	}
	for _, o := range os {
		if o.ID == oid {
			page, err := s.groupData(r, id, form{Values: organizerValues(o), Errors: map[string]string{}})
			if err != nil {
				return err
			}
			page.Editing, page.EditName = oid, o.Name
			return s.render(w, r, http.StatusOK, "initiative_group.html", page)
		}
	}
	return errs.ErrNotFound
}

// organizerUpdate saves the edit form over the stored member if nobody
// changed them since the form was loaded; otherwise the form comes back with
// what was typed and the translated error.stale message.
func (s *Server) organizerUpdate(w http.ResponseWriter, r *http.Request) error {
	id, oid, err := organizerPath(r)
	if err != nil {
		return err
	}
	if err := s.mayManage(r, id); err != nil {
		return err
	}
	f, o, err := organizerFromForm(r, id, oid)
	if err == nil {
		_, err = s.inits.UpdateOrganizer(r.Context(), initiativeActor(r), o)
	}
	if err != nil {
		return s.organizerFormError(w, r, id, oid, f, err)
	}
	s.redirectFlash(w, r, groupPath(id), "initiative.organizer.changed")
	return nil
}

// organizerRemove takes a member off the group.
func (s *Server) organizerRemove(w http.ResponseWriter, r *http.Request) error {
	id, oid, err := organizerPath(r)
	if err != nil {
		return err
	}
	if err := s.inits.RemoveOrganizer(r.Context(), initiativeActor(r), id, oid); err != nil {
		return err
	}
	s.redirectFlash(w, r, groupPath(id), "initiative.organizer.removed")
	return nil
}

// organizerFormError shows the group page again with the form's problems,
// or returns err when it is not the user's to fix. oid is the member being
// edited, 0 for the add form.
func (s *Server) organizerFormError(w http.ResponseWriter, r *http.Request, id, oid int64, f form, err error) error {
	code, ok := s.organizerFail(r, &f, err)
	if !ok {
		return err
	}
	page, perr := s.groupData(r, id, f)
	if perr != nil {
		return perr
	}
	page.Editing, page.EditName, page.Stale = oid, f.Values["name"], errors.Is(err, errs.ErrStale)
	return s.render(w, r, code, "initiative_group.html", page)
}

// organizerPath reads the {id} and {oid} path values.
func organizerPath(r *http.Request) (id, oid int64, err error) {
	if id, err = pathID(r, "id"); err != nil {
		return 0, 0, err
	}
	oid, err = pathID(r, "oid")
	return id, oid, err
}
