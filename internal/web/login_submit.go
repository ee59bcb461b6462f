package web

import (
	"net/http"
	"net/url"
	"strings"

	"coalition/internal/httpx"
)

// loginSubmit signs a user in with e-mail and password and sends them on to the
// page they came for or the dashboard. Wrong credentials show the form again
// (401), as do too many attempts (429) and a disabled account (403).
func (s *Server) loginSubmit(w http.ResponseWriter, r *http.Request) error {
	f := readForm(r, "email", "password", "next")
	u, err := s.accounts.Authenticate(r.Context(), f.Values["email"], f.Values["password"], httpx.ClientIP(r))
	if err != nil {
		code, ok := s.fail(r, &f, err)
		if !ok {
			return err
		}
		page := loginPage{Form: f, Next: safeNext(f.Values["next"])}
		return s.render(w, r, code, "login.html", page)
	}
	if err := s.startSession(w, r, u.ID); err != nil {
		return err
	}
	redirect(w, r, defaultTo(safeNext(f.Values["next"]), "/dashboard"))
	return nil
}

// safeNext returns next when it is a path on this site, else "". It refuses
// absolute URLs and scheme-relative ones (//host, /\host), which would make the
// sign-in form an open redirect.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return ""
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return ""
	}
	return next
}

func defaultTo(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}
