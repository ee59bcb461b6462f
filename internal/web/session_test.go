package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestExpiredSessionRedirectsToLoginWithFlash(t *testing.T) {
	e := newEnv(t)
	b, _ := e.signIn("anna@example.org")
	expectStatus(t, b.get("/dashboard"), http.StatusOK)

	later := time.Now().UTC().Add(e.accounts.SessionTTL + time.Hour)
	e.accounts.SetClock(func() time.Time { return later })
	expectRedirect(t, b.get("/dashboard?lang=lv"), "/login?next="+url.QueryEscape("/dashboard?lang=lv"))
	if b.cookie("coalition_session") != "" {
		t.Fatal("expired session cookie kept")
	}
	p := b.get("/login?lang=lv&next=/dashboard")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, e.T("lv", "auth.session_expired"))
	expectContains(t, p, `name="next" value="/dashboard"`)
	if strings.Contains(b.get("/login").body, e.T("lv", "auth.session_expired")) {
		t.Fatal("flash message shown twice")
	}
}

func TestProtectedPagesNeedSignIn(t *testing.T) {
	e := newEnv(t)
	e.createUser("anna@example.org")
	b := e.browser()
	for _, path := range []string{"/dashboard", "/settings/tokens"} {
		expectRedirect(t, b.get(path), "/login?next="+url.QueryEscape(path))
	}
	expectContains(t, b.get("/login"), e.T("en", "error.unauthorized"))
	b.get("/login")
	expectRedirect(t, b.post("/settings/tokens", url.Values{"name": {"x"}}), "/login")
}
