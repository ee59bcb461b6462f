package api

import (
	"fmt"
	"net/http"
	"strconv"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// listResources answers an initiative's resources the caller sees, newest
// day first, with their totals per currency.
func (s *Server) listResources(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	rs, _, err := s.d.Initiatives.Resources(r.Context(), initiativeActor(r), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newResourceListJSON(rs))
}

func (s *Server) createResource(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var body resourceFields
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	res, err := body.resource()
	if err != nil {
		return err
	}
	res.InitiativeID, res.Version = id, 0
	created, err := s.d.Initiatives.AddResource(r.Context(), initiativeActor(r), res)
	if err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("%s/initiatives/%d/resources/%d", Prefix, id, created.ID))
	return writeJSON(w, http.StatusCreated, newResourceJSON(created))
}

// updateResource replaces a resource's fields; the body's version must be
// the one the client read.
func (s *Server) updateResource(w http.ResponseWriter, r *http.Request) error {
	id, rid, err := resourcePath(r)
	if err != nil {
		return err
	}
	var body resourceFields
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	if body.Version <= 0 {
		return i18n.Invalid("version", "validation.required")
	}
	res, err := body.resource()
	if err != nil {
		return err
	}
	res.ID, res.InitiativeID = rid, id
	saved, err := s.d.Initiatives.UpdateResource(r.Context(), initiativeActor(r), res)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newResourceJSON(saved))
}

// deleteResource removes a resource; ?version= must be the one the client read.
func (s *Server) deleteResource(w http.ResponseWriter, r *http.Request) error {
	id, rid, err := resourcePath(r)
	if err != nil {
		return err
	}
	version, err := strconv.ParseInt(r.URL.Query().Get("version"), 10, 64)
	if err != nil || version <= 0 {
		return i18n.Invalid("version", "validation.required")
	}
	if err := s.d.Initiatives.DeleteResource(r.Context(), initiativeActor(r), id, rid, version); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// resourcePath reads the {id} and {rid} path values.
func resourcePath(r *http.Request) (id, rid int64, err error) {
	if id, err = pathID(r); err != nil {
		return 0, 0, err
	}
	rid, err = strconv.ParseInt(r.PathValue("rid"), 10, 64)
	if err != nil || rid <= 0 {
		return 0, 0, i18n.NewError(errs.ErrNotFound, "", "error.not_found")
	}
	return id, rid, nil
}
