package web

import (
	"net/http"
	"time"

	"coalition/internal/i18n"
)

// flashLifetime bounds how long a flash message waits for the next page.
const flashLifetime = 5 * time.Minute

// setFlash leaves a one-shot message (a catalog key) for the next page rendered.
func (s *Server) setFlash(w http.ResponseWriter, key string) {
	s.setCookie(w, flashCookie, key, flashLifetime)
}

// takeFlash returns the pending flash key and clears it. A value that is not a
// catalog key is dropped, so a forged cookie cannot show arbitrary text.
func (s *Server) takeFlash(w http.ResponseWriter, r *http.Request) string {
	key := cookieValue(r, flashCookie)
	if key == "" {
		return ""
	}
	s.clearCookie(w, flashCookie)
	if _, ok := s.i18n.Raw(i18n.Fallback, key); !ok {
		return ""
	}
	return key
}

// redirectFlash leaves a flash message and redirects.
func (s *Server) redirectFlash(w http.ResponseWriter, r *http.Request, url, key string) {
	s.setFlash(w, key)
	redirect(w, r, url)
}
