package web

import (
	"bytes"
	"net/http"

	"coalition/internal/errs"
)

// publicLogo serves the logo of organization orgID on the public page of
// the initiative at slug, only while that organization is a supporter whose
// commitment is firm and that permits its logo; 404 otherwise. It is never
// cached, so a withdrawn permission takes the logo away at once.
func (s *Server) publicLogo(w http.ResponseWriter, r *http.Request) error {
	orgID, err := pathID(r, "org")
	if err != nil {
		return err
	}
	ls, ok := s.logos()
	if !ok {
		return errs.ErrNotFound
	}
	if err := s.supporterShowingLogo(r.Context(), r.PathValue("slug"), orgID); err != nil {
		return err
	}
	l, err := ls.OrgLogo(r.Context(), orgID)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", l.ContentType)
	h.Set("Cache-Control", "no-store")
	http.ServeContent(w, r, "", l.UpdatedAt, bytes.NewReader(l.Data))
	return nil
}
