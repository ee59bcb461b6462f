package web

import (
	"net/http"
)

// loginPage is the data of login.html.
type loginPage struct {
	Form form
	Next string // a local path to return to after signing in
}

// loginForm shows the sign-in form. Signed-in users go to the dashboard, and
// before the first account exists everyone goes to setup.
func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) error {
	if moved, err := s.sendElsewhere(w, r); moved || err != nil {
		return err
	}
	page := loginPage{Form: readForm(r), Next: safeNext(r.URL.Query().Get("next"))}
	return s.render(w, r, http.StatusOK, "login.html", page)
}
