package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

var newTokenRE = regexp.MustCompile(`<code id="new-token">([^<]+)</code>`)

// createToken makes a token through the page and returns its secret.
func createToken(t *testing.T, b *browser, name string) string {
	t.Helper()
	p := b.post("/settings/tokens", url.Values{"name": {name}})
	expectStatus(t, p, http.StatusCreated)
	m := newTokenRE.FindStringSubmatch(p.body)
	if m == nil {
		t.Fatalf("no #new-token in:\n%s", p.body)
	}
	if n := strings.Count(p.body, m[1]); n != 1 {
		t.Fatalf("secret shown %d times, want once", n)
	}
	return m[1]
}

func TestTokenCreateShowsSecretOnce(t *testing.T) {
	e := newEnv(t)
	b, u := e.signIn("anna@example.org")
	expectContains(t, b.get("/settings/tokens"), e.T("en", "tokens.empty"))

	secret := createToken(t, b, "nightly export")
	if !strings.HasPrefix(secret, "coa_") {
		t.Fatalf("secret %q lacks the coa_ prefix", secret)
	}
	if user, err := e.accounts.TokenUser(t.Context(), secret); err != nil || user.ID != u.ID {
		t.Fatalf("TokenUser = %v, %v", user.ID, err)
	}
	list := b.get("/settings/tokens")
	expectStatus(t, list, http.StatusOK)
	expectContains(t, list, "nightly export")
	expectContains(t, list, secret[:10]+"…")
	if strings.Contains(list.body, secret) {
		t.Fatal("the token list shows the whole secret")
	}
	if list.header.Get("Cache-Control") != "no-store" {
		t.Fatalf("Cache-Control = %q, want no-store", list.header.Get("Cache-Control"))
	}
}

func TestTokenRevoke(t *testing.T) {
	e := newEnv(t)
	b, u := e.signIn("anna@example.org")
	secret := createToken(t, b, "ci")
	tokens, err := e.accounts.Tokens(t.Context(), u.ID)
	if err != nil || len(tokens) != 1 {
		t.Fatalf("tokens = %v, %v", tokens, err)
	}
	path := fmt.Sprintf("/settings/tokens/%d/revoke", tokens[0].ID)
	expectRedirect(t, b.post(path+"?lang=sl", url.Values{}), "/settings/tokens")

	p := b.get("/settings/tokens")
	expectContains(t, p, e.T("sl", "tokens.revoked"))
	expectContains(t, p, e.T("sl", "tokens.status.revoked"))
	if strings.Contains(p.body, path) {
		t.Fatal("a revoked token still has a revoke button")
	}
	if _, err := e.accounts.TokenUser(t.Context(), secret); err == nil {
		t.Fatal("revoked token still works")
	}
}

func TestTokenRevokeOthersTokenIsNotFound(t *testing.T) {
	e := newEnv(t)
	owner, _ := e.signIn("owner@example.org")
	createToken(t, owner, "mine")
	other, otherUser := e.signIn("other@example.org")
	tokens, _ := e.accounts.Tokens(t.Context(), otherUser.ID)
	if len(tokens) != 0 {
		t.Fatal("other user has tokens")
	}
	for _, id := range []string{"1", "999", "abc"} {
		p := other.post("/settings/tokens/"+id+"/revoke", url.Values{})
		expectStatus(t, p, http.StatusNotFound)
		expectContains(t, p, e.T("en", "errorpage.404"))
	}
}

func TestDashboardCountsActiveTokens(t *testing.T) {
	e := newEnv(t)
	b, _ := e.signIn("anna@example.org")
	createToken(t, b, "one")
	createToken(t, b, "two")
	for _, lang := range []string{"en", "sl", "lv"} {
		expectContains(t, b.get("/dashboard?lang="+lang), e.bundle.N(lang, "dashboard.tokens.count", 2))
	}
}
