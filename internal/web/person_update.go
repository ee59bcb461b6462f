package web

import (
	"errors"
	"fmt"
	"net/http"

	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// personUpdate saves the edit form over the stored person. The form carries
// the version it was made from: when someone else saved the person in the
// meantime the service refuses (error.stale) and the form comes back with the
// user's values and the translated message, status 409; nothing is
// overwritten.
func (s *Server) personUpdate(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	f := readForm(r, append(personFormFields, "version")...)
	version := formInt64(f.Values["version"])
	p, err := personFromForm(f)
	if err == nil {
		p.ID, p.Version = id, version
		_, err = s.dir.UpdatePerson(r.Context(), directoryActor(r), p)
	}
	if err != nil {
		return s.personFormError(w, r, f, id, version, err)
	}
	s.redirectFlash(w, r, fmt.Sprintf("/people/%d", id), "person.saved")
	return nil
}

// personArchive returns the handler that archives (archived true) or
// restores a person, with the version shown on the page. A stale version
// leaves the person as it is and says so.
func (s *Server) personArchive(archived bool) httpx.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := pathID(r, "id")
		if err != nil {
			return err
		}
		version := formInt64(r.PostFormValue("version"))
		_, err = s.dir.SetPersonArchived(r.Context(), directoryActor(r), id, version, archived)
		key := map[bool]string{true: "person.archived", false: "person.restored"}[archived]
		if err != nil {
			if key = userErrorKey(err); key == "" {
				return err
			}
		}
		s.redirectFlash(w, r, fmt.Sprintf("/people/%d", id), key)
		return nil
	}
}

// userErrorKey returns the catalog key of an error the user can act on (a
// LocalizedError below status 500), for a flash message; "" for others.
func userErrorKey(err error) string {
	var le *i18n.LocalizedError
	if httpx.Status(err) >= 500 || !errors.As(err, &le) {
		return ""
	}
	return le.Key
}
