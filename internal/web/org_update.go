package web

import (
	"errors"
	"fmt"
	"net/http"

	"coalition/internal/errs"
)

// orgUpdate saves the edit form over the stored organization, if nobody
// changed it since the form was loaded (the form carries the version it
// read). Otherwise it shows the form again with the typed values, the
// translated error.stale message and a link to reload: nothing is overwritten.
func (s *Server) orgUpdate(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	f, o, ps := orgFromForm(r)
	o.ID, o.Version = id, formInt64(f.Values["version"])
	err = orgCheck(&o, ps)
	if err == nil {
		_, err = s.dir.UpdateOrg(r.Context(), directoryActor(r), o)
	}
	if err != nil {
		return s.orgFormError(w, r, f, o, id, err)
	}
	s.redirectFlash(w, r, fmt.Sprintf("/organizations/%d", id), "org.updated")
	return nil
}

// orgStale reports whether err says the record changed in the meantime.
func orgStale(err error) bool { return errors.Is(err, errs.ErrStale) }
