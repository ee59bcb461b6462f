package web

import (
	"net/http"

	"coalition/internal/httpx"
)

// home shows what Coalition is to visitors. Signed-in users go to their
// dashboard; before the first account exists, everyone goes to setup.
func (s *Server) home(w http.ResponseWriter, r *http.Request) error {
	if _, ok := httpx.UserFrom(r.Context()); ok {
		redirect(w, r, "/dashboard")
		return nil
	}
	needed, err := s.accounts.SetupNeeded(r.Context())
	if err != nil {
		return err
	}
	if needed {
		redirect(w, r, "/setup")
		return nil
	}
	return s.render(w, r, http.StatusOK, "home.html", nil)
}
