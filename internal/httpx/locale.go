package httpx

import (
	"net/http"

	"coalition/internal/i18n"
)

// LangCookie names the cookie that remembers a visitor's choice of UI language.
const LangCookie = "lang"

// Locale negotiates the UI language and stores it in the request context (read it
// with i18n.Lang). An explicit ?lang= wins, then the signed-in user's stored
// preference, then the lang cookie, then Accept-Language, then English. It must
// run after authentication (WithUser), so it serves the pages and the API alike.
// The response gets Content-Language and varies by Accept-Language and Cookie.
func Locale(b *i18n.Bundle) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			lang := b.Negotiate(r.URL.Query().Get("lang"), preference(r), r.Header.Get("Accept-Language"))
			w.Header().Set("Content-Language", lang)
			w.Header().Add("Vary", "Accept-Language, Cookie")
			next.ServeHTTP(w, r.WithContext(i18n.WithLang(r.Context(), lang)))
		})
	}
}

// preference is the signed-in user's language, else the lang cookie's, else "".
func preference(r *http.Request) string {
	if u, ok := UserFrom(r.Context()); ok && u.Language != "" {
		return u.Language
	}
	if c, err := r.Cookie(LangCookie); err == nil {
		return c.Value
	}
	return ""
}
