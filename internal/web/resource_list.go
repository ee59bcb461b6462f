package web

import (
	"net/http"
)

// resourceList shows an initiative's resources: the table, the totals per
// currency and the form that adds one. For team members only.
func (s *Server) resourceList(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	page, err := s.resourceData(r, id, resourceDefaults())
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "resource_list.html", page)
}

// resourceCreate records the posted resource and goes back to the list;
// problems show beside their inputs, with what was typed (422).
func (s *Server) resourceCreate(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	f, res, err := resourceFromForm(r, id, 0)
	if err == nil {
		_, err = s.inits.AddResource(r.Context(), initiativeActor(r), res)
	}
	if err == nil {
		s.redirectFlash(w, r, resourcesPath(id), "resource.added")
		return nil
	}
	code, ok := s.organizerFail(r, &f, err)
	if !ok {
		return err
	}
	page, perr := s.resourceData(r, id, f)
	if perr != nil {
		return perr
	}
	return s.render(w, r, code, "resource_list.html", page)
}
