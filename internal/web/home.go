package web

import (
	"net/http"

	"coalition/internal/httpx"
)

// home shows what Coalition is to visitors. Signed-in users go to their
// dashboard; before the first account exists, everyone goes to setup.
func (s *Server) home(w http.ResponseWriter, r *http.Request) error {
	if moved, err := s.sendElsewhere(w, r); moved || err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "home.html", nil)
}

// sendElsewhere redirects a signed-in user to the dashboard, and everyone to the
// setup page while no account exists. It reports whether it redirected.
func (s *Server) sendElsewhere(w http.ResponseWriter, r *http.Request) (bool, error) {
	if _, ok := httpx.UserFrom(r.Context()); ok {
		redirect(w, r, "/dashboard")
		return true, nil
	}
	needed, err := s.accounts.SetupNeeded(r.Context())
	if err != nil || !needed {
		return false, err
	}
	redirect(w, r, "/setup")
	return true, nil
}
