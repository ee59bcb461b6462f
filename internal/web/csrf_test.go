package web_test

import (
	"net/http"
	"net/url"
	"testing"
)

func TestCSRFRejectsUnsafeRequestsWithoutToken(t *testing.T) {
	e := newEnv(t)
	e.createUser("anna@example.org")
	creds := url.Values{"email": {"anna@example.org"}, "password": {adminPassword}}
	tests := []struct {
		name   string
		form   url.Values
		header []string
	}{
		{"missing token", url.Values{"csrf": {""}}, nil},
		{"wrong token", url.Values{"csrf": {"forged"}}, nil},
		{"cross-origin", url.Values{}, []string{"Sec-Fetch-Site", "cross-site"}},
		{"foreign origin", url.Values{}, []string{"Origin", "https://evil.example"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := e.browser()
			b.get("/login")
			for k, v := range creds {
				tt.form[k] = v
			}
			p := b.post("/login", tt.form, append(tt.header, "Accept-Language", "bg")...)
			expectStatus(t, p, http.StatusForbidden)
			expectContains(t, p, e.T("bg", "error.csrf"))
			if b.cookie("coalition_session") != "" {
				t.Fatal("signed in despite the failed CSRF check")
			}
		})
	}
}

func TestCSRFWithoutCookieIsRejected(t *testing.T) {
	e := newEnv(t)
	b := e.browser() // never fetched a page, so it has no CSRF cookie
	p := b.post("/logout", url.Values{"csrf": {"anything"}})
	expectStatus(t, p, http.StatusForbidden)
	expectContains(t, p, e.T("en", "error.csrf"))
}

func TestCSRFAcceptsHeaderToken(t *testing.T) {
	e := newEnv(t)
	b, _ := e.signIn("anna@example.org")
	p := b.post("/settings/tokens", url.Values{"name": {"htmx"}, "csrf": {""}}, "X-CSRF-Token", b.cookie("coalition_csrf"), "HX-Request", "true")
	expectStatus(t, p, http.StatusCreated)
}

func TestCSRFTokenIsInFormsAndHTMXHeaders(t *testing.T) {
	e := newEnv(t)
	b, _ := e.signIn("anna@example.org")
	token := b.cookie("coalition_csrf")
	if token == "" {
		t.Fatal("no CSRF cookie")
	}
	p := b.get("/settings/tokens")
	expectContains(t, p, `name="csrf" value="`+token+`"`)
	expectContains(t, p, `hx-headers='{"X-CSRF-Token": "`+token+`"}'`)
}
