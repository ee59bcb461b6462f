package web

import (
	"net/http"

	"coalition/internal/httpx"
)

// loginPage is the data of login.html.
type loginPage struct {
	Form form
	Next string // a local path to return to after signing in
}

// loginForm shows the sign-in form. Signed-in users go to the dashboard, and
// before the first account exists everyone goes to setup.
func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) error {
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
	page := loginPage{Form: readForm(r), Next: safeNext(r.URL.Query().Get("next"))}
	return s.render(w, r, http.StatusOK, "login.html", page)
}
