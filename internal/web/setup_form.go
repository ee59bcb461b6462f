package web

import (
	"net/http"

	"coalition/internal/account"
)

// setupPage is the data of setup.html.
type setupPage struct {
	Form        form
	MinPassword int
}

// setupForm shows the one-time form that creates the first administrator. Once
// any user exists, it sends visitors to sign in instead.
func (s *Server) setupForm(w http.ResponseWriter, r *http.Request) error {
	needed, err := s.accounts.SetupNeeded(r.Context())
	if err != nil {
		return err
	}
	if !needed {
		redirect(w, r, "/login")
		return nil
	}
	page := setupPage{Form: readForm(r), MinPassword: account.MinPasswordLength}
	return s.render(w, r, http.StatusOK, "setup.html", page)
}
