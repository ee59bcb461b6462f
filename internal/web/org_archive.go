package web

import (
	"errors"
	"fmt"
	"net/http"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// orgArchive returns the handler that archives (archived true) or restores an
// organization, if the form's version is still the stored one, and goes back
// to its page with a flash message. A stale version, or a merged record that
// cannot be restored, is told in the flash instead; nothing is deleted.
func (s *Server) orgArchive(archived bool) func(http.ResponseWriter, *http.Request) error {
	done := "org.restored"
	if archived {
		done = "org.archived"
	}
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := pathID(r, "id")
		if err != nil {
			return err
		}
		version := formInt64(r.PostFormValue("version"))
		back := fmt.Sprintf("/organizations/%d", id)
		_, err = s.dir.SetOrgArchived(r.Context(), directoryActor(r), id, version, archived)
		var le *i18n.LocalizedError
		switch {
		case err == nil:
			s.redirectFlash(w, r, back, done)
		case errors.Is(err, errs.ErrConflict) || errors.Is(err, errs.ErrStale):
			if !errors.As(err, &le) || len(le.Args) > 0 {
				return err
			}
			s.redirectFlash(w, r, back, le.Key)
		default:
			return err
		}
		return nil
	}
}
