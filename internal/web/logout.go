package web

import "net/http"

// logout ends the session, clears its cookie and returns to the home page.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) error {
	if secret := cookieValue(r, sessionCookie); secret != "" {
		if err := s.accounts.EndSession(r.Context(), secret); err != nil {
			return err
		}
	}
	s.clearCookie(w, sessionCookie)
	s.redirectFlash(w, r, "/", "auth.signed_out")
	return nil
}
