package e2e

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"coalition/internal/account"
)

const testPassword = "a good long password"

// location returns the current page's path.
func location(t *testing.T, ctx context.Context) string {
	t.Helper()
	return value(t, ctx, chromedp.Evaluate[string]("location.pathname"))
}

// htmlLang returns the lang attribute of the page's <html> element.
func htmlLang(t *testing.T, ctx context.Context) string {
	t.Helper()
	return value(t, ctx, chromedp.Evaluate[string]("document.documentElement.lang"))
}

// waitPath waits until the browser has loaded the given path, after a form
// submission. It polls from Go because a page navigating away destroys any
// script context that waits inside it.
func waitPath(path string) chromedp.Action[chromedp.Void] {
	check := chromedp.Evaluate[bool]("location.pathname === " + strconv.Quote(path) + " && document.readyState === 'complete'")
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		for {
			if ok, err := check(ctx, t); err == nil && ok {
				return nil
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("waiting for %s: %w", path, ctx.Err())
			case <-time.After(50 * time.Millisecond):
			}
		}
	})
}

// fill types into the input with the given name attribute.
func fill(name, v string) chromedp.Action[chromedp.Void] {
	return chromedp.SendKeys(chromedp.CSS(`input[name="`+name+`"]`), v)
}

// signIn signs in through the login form and waits for the dashboard.
func signIn(t *testing.T, ctx context.Context, base, email, password string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(base+"/login"), fill("email", email), fill("password", password),
		chromedp.Submit(chromedp.CSS(`form[action="/login"]`)), waitPath("/dashboard"))
}

func TestSetupThenSignInAndOut(t *testing.T) {
	s := startServer(t)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS(`form[action="/setup"]`)))
	if p := location(t, ctx); p != "/setup" {
		t.Fatalf("a fresh installation opens the setup page, got %s", p)
	}
	do(t, ctx, fill("name", "Anna Bērziņa"), fill("email", "anna@example.org"),
		fill("password", testPassword), fill("password_confirm", testPassword),
		chromedp.Submit(chromedp.CSS(`form[action="/setup"]`)), waitPath("/dashboard"))
	if p := location(t, ctx); p != "/dashboard" {
		t.Fatalf("after setup: %s", p)
	}
	if h := text(t, ctx, "main h1"); !strings.Contains(h, "Anna Bērziņa") {
		t.Errorf("dashboard greets the new administrator: %q", h)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), waitPath("/"))
	do(t, ctx, chromedp.Navigate(s.URL+"/setup"), chromedp.WaitVisible(chromedp.CSS("main h1")))
	if p := location(t, ctx); p == "/setup" {
		t.Error("the setup page must be gone once an administrator exists")
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/login"), fill("email", "anna@example.org"), fill("password", "wrong password"),
		chromedp.Submit(chromedp.CSS(`form[action="/login"]`)), chromedp.WaitVisible(chromedp.CSS(`main [role="alert"]`)))
	if msg := text(t, ctx, `[role="alert"]`); msg != s.App.I18n.T("en", "auth.invalid_credentials") {
		t.Errorf("wrong password message: %q", msg)
	}
	signIn(t, ctx, s.URL, "anna@example.org", testPassword)
	if p := location(t, ctx); p != "/dashboard" {
		t.Errorf("after sign-in: %s", p)
	}
}

func TestLanguageSwitcher(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "ilze@example.org", "Ilze")
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS("main h1")))
	screenshot(t, ctx, "home-en")
	for _, lang := range []string{"lv", "bg"} {
		do(t, ctx, chromedp.Click(chromedp.CSS("details.languages summary")),
			chromedp.Click(chromedp.CSS(`details.languages a[hreflang="`+lang+`"]`)),
			chromedp.WaitVisible(chromedp.CSS(`html[lang="`+lang+`"]`)))
		if got := text(t, ctx, "main h1"); got != s.App.I18n.T(lang, "home.heading") {
			t.Errorf("%s heading: %q", lang, got)
		}
		screenshot(t, ctx, "home-"+lang)
	}
	// The choice sticks: the next page comes in Bulgarian without ?lang=.
	signIn(t, ctx, s.URL, "ilze@example.org", testPassword)
	if got := htmlLang(t, ctx); got != "bg" {
		t.Errorf("language after sign-in: %q", got)
	}
	screenshot(t, ctx, "dashboard-bg")
	do(t, ctx, chromedp.Navigate(s.URL+"/dashboard?lang=lv"), chromedp.WaitVisible(chromedp.CSS(`html[lang="lv"]`)))
	if got := text(t, ctx, "main h1"); got != s.App.I18n.T("lv", "dashboard.welcome", "name", "Ilze") {
		t.Errorf("Latvian dashboard heading: %q", got)
	}
	screenshot(t, ctx, "dashboard-lv")
	do(t, ctx, chromedp.Click(chromedp.CSS(`nav a[href="/reference"]`)), waitPath("/reference"))
	if got := text(t, ctx, "main h1"); got != s.App.I18n.T("lv", "reference.title") {
		t.Errorf("Latvian reference page heading: %q", got)
	}
	if page := text(t, ctx, "main table"); !strings.Contains(page, "Vācija") || !strings.Contains(page, "69\u00a0120") {
		t.Errorf("the reference table names Germany in Latvian with its threshold: %q", page[:min(len(page), 300)])
	}
	screenshot(t, ctx, "reference-lv")
	u, err := s.App.Accounts.UserByEmail(context.Background(), "ilze@example.org")
	if err != nil || u.Language != "lv" {
		t.Errorf("a signed-in user's choice is stored as their preference: %q %v", u.Language, err)
	}
}

func TestAPITokenFlow(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "petar@example.org", "Petar")
	ctx := browser(t)
	signIn(t, ctx, s.URL+"", "petar@example.org", testPassword)
	do(t, ctx, chromedp.Navigate(s.URL+"/settings/tokens?lang=en"), fill("name", "import script"),
		chromedp.Submit(chromedp.CSS(`form[action="/settings/tokens"]`)), chromedp.WaitVisible(chromedp.CSS("#new-token")))
	token := strings.TrimSpace(text(t, ctx, "#new-token"))
	if !strings.HasPrefix(token, account.TokenPrefix) {
		t.Fatalf("token shown: %q", token)
	}
	if status, body := apiMe(t, s.URL, token); status != 200 || !strings.Contains(body, "petar@example.org") {
		t.Fatalf("API with the new token: %d %s", status, body)
	}
	do(t, ctx, chromedp.Navigate(s.URL+"/settings/tokens"), chromedp.WaitVisible(chromedp.CSS("#tokens table")))
	if page := text(t, ctx, "#tokens"); strings.Contains(page, token) || !strings.Contains(page, token[:10]) {
		t.Errorf("the list shows the prefix only: %q", page)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`#tokens form[action$="/revoke"] button`)),
		chromedp.WaitNotPresent(chromedp.CSS(`#tokens form[action$="/revoke"]`)))
	if status, body := apiMe(t, s.URL, token); status != 401 || !strings.Contains(body, "api.token_invalid") {
		t.Errorf("API with the revoked token: %d %s", status, body)
	}
}

func mustUser(t *testing.T, s server, email, name string) {
	t.Helper()
	_, err := s.App.Accounts.CreateUser(context.Background(), account.NewUser{Email: email, Name: name, Password: testPassword})
	if err != nil {
		t.Fatal(err)
	}
}

func apiMe(t *testing.T, base, token string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", base+"/api/v1/me", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
