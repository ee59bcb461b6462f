package web

import (
	"net/http"
	"time"

	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// langCookieLifetime is how long a visitor's language choice is remembered.
const langCookieLifetime = 365 * 24 * time.Hour

// switchLanguage makes a choice from the language switcher (?lang=xx, already
// applied to this request by httpx.Locale) stick: it sets the lang cookie and,
// for a signed-in user, stores the preference. A failure to store it is logged;
// the page still shows in the chosen language.
func (s *Server) switchLanguage(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lang := r.URL.Query().Get("lang")
		if lang != "" && lang == i18n.Lang(r.Context()) {
			s.rememberLanguage(w, r, lang)
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) rememberLanguage(w http.ResponseWriter, r *http.Request, lang string) {
	s.setCookie(w, httpx.LangCookie, lang, langCookieLifetime)
	u, ok := httpx.UserFrom(r.Context())
	if !ok || u.Language == lang {
		return
	}
	if err := s.accounts.SetLanguage(r.Context(), u.ID, lang); err != nil {
		httpx.LogError(s.logger, r, err)
	}
}
