package web

import (
	"net/http"

	"coalition/internal/account"
	"coalition/internal/i18n"
)

// setupSubmit creates the first administrator in the current UI language and
// signs them in. Once a user exists it answers 403 (key setup.done).
func (s *Server) setupSubmit(w http.ResponseWriter, r *http.Request) error {
	f := readForm(r, "name", "email", "password", "password_confirm")
	in := account.NewUser{Name: f.Values["name"], Email: f.Values["email"],
		Password: f.Values["password"], Language: i18n.Lang(r.Context())}
	var u account.User
	err := error(i18n.Invalid("password_confirm", "validation.password_mismatch"))
	if in.Password == f.Values["password_confirm"] {
		u, err = s.accounts.SetupAdmin(r.Context(), in)
	}
	if err != nil {
		return s.setupFailed(w, r, f, err)
	}
	if err := s.startSession(w, r, u.ID); err != nil {
		return err
	}
	s.redirectFlash(w, r, "/dashboard", "setup.welcome")
	return nil
}

// setupFailed shows the form again with the error, or passes on errors that are
// not about the input (setup already done, internal failures).
func (s *Server) setupFailed(w http.ResponseWriter, r *http.Request, f form, err error) error {
	code, ok := s.fail(r, &f, err)
	if !ok || code == http.StatusForbidden {
		return err
	}
	page := setupPage{Form: f, MinPassword: account.MinPasswordLength}
	return s.render(w, r, code, "setup.html", page)
}
