package web

import (
	"errors"
	"net/http"

	"coalition/internal/errs"
	"coalition/internal/initiative"
)

// resourceEdit shows the resources page with one resource's form filled in.
func (s *Server) resourceEdit(w http.ResponseWriter, r *http.Request) error {
	id, rid, err := resourceIDs(r)
	if err != nil {
		return err
	}
	res, a, err := s.inits.ResourceOf(r.Context(), initiativeActor(r), id, rid)
	if err != nil {
		return err
	}
	if !initiative.CanChangeResource(a, res) {
		return errs.ErrForbidden
	}
	f := form{Values: resourceValues(res), Errors: map[string]string{}}
	return s.renderResourceEdit(w, r, http.StatusOK, id, rid, f, false)
}

// resourceUpdate saves the form over the stored resource if nobody changed
// it since the form was loaded; otherwise the form comes back with what was
// typed and the translated error.stale message (409).
func (s *Server) resourceUpdate(w http.ResponseWriter, r *http.Request) error {
	id, rid, err := resourceIDs(r)
	if err != nil {
		return err
	}
	f, res, err := resourceFromForm(r, id, rid)
	if err == nil {
		_, err = s.inits.UpdateResource(r.Context(), initiativeActor(r), res)
	}
	if err == nil {
		s.redirectFlash(w, r, resourcesPath(id), "resource.saved")
		return nil
	}
	code, ok := s.organizerFail(r, &f, err)
	if !ok {
		return err
	}
	return s.renderResourceEdit(w, r, code, id, rid, f, errors.Is(err, errs.ErrStale))
}

// resourceDelete removes a resource if it is still the version the user
// saw; a stale one comes back in its form with the error.stale message.
func (s *Server) resourceDelete(w http.ResponseWriter, r *http.Request) error {
	id, rid, err := resourceIDs(r)
	if err != nil {
		return err
	}
	err = s.inits.DeleteResource(r.Context(), initiativeActor(r), id, rid, formInt64(r.PostFormValue("version")))
	if err == nil {
		s.redirectFlash(w, r, resourcesPath(id), "resource.deleted")
		return nil
	}
	if !errors.Is(err, errs.ErrStale) {
		return err
	}
	res, _, err := s.inits.ResourceOf(r.Context(), initiativeActor(r), id, rid)
	if err != nil {
		return err
	}
	f := form{Values: resourceValues(res), Errors: map[string]string{}}
	s.organizerFail(r, &f, errs.ErrStale)
	return s.renderResourceEdit(w, r, http.StatusConflict, id, rid, f, true)
}

// renderResourceEdit answers the resources page with resource rid's form in
// the state f.
func (s *Server) renderResourceEdit(w http.ResponseWriter, r *http.Request, code int, id, rid int64, f form, stale bool) error {
	page, err := s.resourceData(r, id, f)
	if err != nil {
		return err
	}
	page.Editing, page.Action, page.Stale = rid, resourcePath(id, rid), stale
	return s.render(w, r, code, "resource_list.html", page)
}

// resourceIDs reads the {id} and {rid} path values.
func resourceIDs(r *http.Request) (id, rid int64, err error) {
	if id, err = pathID(r, "id"); err != nil {
		return 0, 0, err
	}
	rid, err = pathID(r, "rid")
	return id, rid, err
}
