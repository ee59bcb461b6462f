package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestLoginWrongPasswordIsTranslated401(t *testing.T) {
	e := newEnv(t)
	e.createUser("anna@example.org")
	want := e.T("lv", "auth.invalid_credentials")
	if want == e.T("en", "auth.invalid_credentials") {
		t.Fatal("the Latvian message is the English one")
	}
	tests := []struct {
		name   string
		path   string
		header []string
	}{
		{"query", "/login?lang=lv", nil},
		{"Accept-Language", "/login", []string{"Accept-Language", "lv-LV,lv;q=0.9,en;q=0.5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := e.browser()
			b.get("/login")
			p := b.post(tt.path, url.Values{"email": {"anna@example.org"}, "password": {"wrong password"}}, tt.header...)
			expectStatus(t, p, http.StatusUnauthorized)
			expectContains(t, p, want)
			expectContains(t, p, `value="anna@example.org"`)
			if htmlLang(p) != "lv" || b.cookie("coalition_session") != "" {
				t.Fatalf("lang %q, session %q", htmlLang(p), b.cookie("coalition_session"))
			}
		})
	}
}

func TestLoginRateLimitedIs429(t *testing.T) {
	e := newEnv(t)
	e.createUser("anna@example.org")
	e.accounts.Limits.PerEmail = 2
	b := e.browser()
	b.get("/login")
	wrong := url.Values{"email": {"anna@example.org"}, "password": {"wrong password"}}
	for range 2 {
		expectStatus(t, b.post("/login", wrong), http.StatusUnauthorized)
	}
	p := b.post("/login?lang=bg", url.Values{"email": {"anna@example.org"}, "password": {adminPassword}})
	expectStatus(t, p, http.StatusTooManyRequests)
	expectContains(t, p, e.T("bg", "error.rate_limited"))
}

func TestLoginRedirectsToSafeNext(t *testing.T) {
	e := newEnv(t)
	e.createUser("anna@example.org")
	tests := []struct{ next, want string }{
		{"/settings/tokens", "/settings/tokens"},
		{"", "/dashboard"},
		{"//evil.example/x", "/dashboard"},
		{"https://evil.example/", "/dashboard"},
		{`/\evil.example`, "/dashboard"},
	}
	for _, tt := range tests {
		t.Run(tt.next, func(t *testing.T) {
			b := e.browser()
			b.get("/login")
			form := url.Values{"email": {"anna@example.org"}, "password": {adminPassword}, "next": {tt.next}}
			expectRedirect(t, b.post("/login", form), tt.want)
		})
	}
}

func TestLoginSetsSessionCookie(t *testing.T) {
	e := newEnv(t)
	e.createUser("anna@example.org")
	b := e.browser()
	b.get("/login")
	p := b.post("/login", url.Values{"email": {"anna@example.org"}, "password": {adminPassword}})
	cookie := p.header.Get("Set-Cookie")
	for _, attr := range []string{"coalition_session=", "Path=/", "HttpOnly", "SameSite=Lax"} {
		if !strings.Contains(cookie, attr) {
			t.Errorf("Set-Cookie %q lacks %s", cookie, attr)
		}
	}
	expectRedirect(t, b.get("/login"), "/dashboard")
}

func TestLogoutEndsSession(t *testing.T) {
	e := newEnv(t)
	b, _ := e.signIn("anna@example.org")
	secret := b.cookie("coalition_session")
	expectRedirect(t, b.post("/logout", url.Values{}), "/")
	if b.cookie("coalition_session") != "" {
		t.Fatal("session cookie kept after sign-out")
	}
	if _, err := e.accounts.SessionUser(t.Context(), secret); err == nil {
		t.Fatal("session still valid after sign-out")
	}
	expectContains(t, b.get("/"), e.T("en", "auth.signed_out"))
}
