package web

import (
	"net/http"
	"time"
)

// The cookies the pages set. All are HttpOnly and SameSite=Lax, and Secure when
// the base URL is https.
const (
	sessionCookie = "coalition_session"
	csrfCookie    = "coalition_csrf"
	flashCookie   = "coalition_flash"
)

// setCookie sets a cookie for the whole site; maxAge 0 makes it last until the
// browser closes.
func (s *Server) setCookie(w http.ResponseWriter, name, value string, maxAge time.Duration) {
	http.SetCookie(w, &http.Cookie{
		Name:     name,
		Value:    value,
		Path:     "/",
		MaxAge:   int(maxAge.Seconds()),
		HttpOnly: true,
		Secure:   s.secure,
		SameSite: http.SameSiteLaxMode,
	})
}

// clearCookie tells the browser to forget a cookie.
func (s *Server) clearCookie(w http.ResponseWriter, name string) {
	http.SetCookie(w, &http.Cookie{
		Name: name, Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteLaxMode,
	})
}

// cookieValue returns a cookie's value, or "".
func cookieValue(r *http.Request, name string) string {
	c, err := r.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
}
