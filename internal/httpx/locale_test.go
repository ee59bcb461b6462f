package httpx_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"coalition/internal/account"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

func TestLocaleNegotiationOrder(t *testing.T) {
	tests := []struct {
		name, query, userLang, cookie, accept, want string
	}{
		{"default", "", "", "", "", "en"},
		{"accept-language", "", "", "", "ro-RO,ro;q=0.9", "ro"},
		{"cookie beats accept", "", "", "sl", "ro", "sl"},
		{"user beats cookie", "", "lv", "sl", "ro", "lv"},
		{"query beats all", "bg", "lv", "sl", "ro", "bg"},
		{"unknown query ignored", "xx", "", "", "lv", "lv"},
		{"unsupported accept", "", "", "", "ja", "en"},
	}
	b := i18n.MustLoad()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			h := httpx.Locale(b)(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) { got = i18n.Lang(r.Context()) }))
			r := httptest.NewRequest("GET", "/?lang="+tt.query, nil)
			r.Header.Set("Accept-Language", tt.accept)
			if tt.cookie != "" {
				r.AddCookie(&http.Cookie{Name: httpx.LangCookie, Value: tt.cookie})
			}
			if tt.userLang != "" {
				r = r.WithContext(httpx.WithUser(r.Context(), account.User{ID: 1, Language: tt.userLang}))
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			if got != tt.want || rec.Header().Get("Content-Language") != tt.want {
				t.Fatalf("lang %q, Content-Language %q, want %q", got, rec.Header().Get("Content-Language"), tt.want)
			}
		})
	}
}

func TestUserInContext(t *testing.T) {
	r := httptest.NewRequest("GET", "/", nil)
	if _, ok := httpx.UserFrom(r.Context()); ok {
		t.Fatal("user in an empty context")
	}
	ctx := httpx.WithUser(r.Context(), account.User{ID: 7, Email: "a@example.org"})
	if u, ok := httpx.UserFrom(ctx); !ok || u.ID != 7 {
		t.Fatalf("UserFrom = %+v, %v", u, ok)
	}
}
