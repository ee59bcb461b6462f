package web_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"coalition/internal/account"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/store/storetest"
	"coalition/internal/web"
)

// env is a running page server on a real, migrated SQLite database.
type env struct {
	t        *testing.T
	srv      *httptest.Server
	accounts *account.Service
	bundle   *i18n.Bundle
}

func newEnv(t *testing.T) *env {
	t.Helper()
	accounts := account.NewService(storetest.OpenSQLite(t))
	bundle := i18n.MustLoad()
	s, err := web.New(web.Deps{Accounts: accounts, I18n: bundle, Logger: slog.New(slog.DiscardHandler), Version: "test-1.2.3"})
	if err != nil {
		t.Fatalf("web.New: %v", err)
	}
	mux := http.NewServeMux()
	s.Register(mux)
	srv := httptest.NewServer(httpx.Chain(mux, httpx.RequestID))
	t.Cleanup(srv.Close)
	return &env{t: t, srv: srv, accounts: accounts, bundle: bundle}
}

// T translates for assertions.
func (e *env) T(lang, key string, args ...any) string { return e.bundle.T(lang, key, args...) }

// browser is a client with a cookie jar that does not follow redirects.
type browser struct {
	e      *env
	client *http.Client
}

func (e *env) browser() *browser {
	jar, err := cookiejar.New(nil)
	if err != nil {
		e.t.Fatal(err)
	}
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return &browser{e: e, client: c}
}

// page is a response with its body read.
type page struct {
	status int
	header http.Header
	body   string
}

func (b *browser) do(req *http.Request) page {
	b.e.t.Helper()
	res, err := b.client.Do(req)
	if err != nil {
		b.e.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		b.e.t.Fatal(err)
	}
	return page{status: res.StatusCode, header: res.Header, body: string(body)}
}

// get fetches path; header holds name/value pairs.
func (b *browser) get(path string, header ...string) page {
	b.e.t.Helper()
	req, err := http.NewRequest(http.MethodGet, b.e.srv.URL+path, nil)
	if err != nil {
		b.e.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return b.do(req)
}

// post sends a form. The CSRF token from the browser's cookie is added unless
// the form already has a csrf field.
func (b *browser) post(path string, form url.Values, header ...string) page {
	b.e.t.Helper()
	if _, ok := form["csrf"]; !ok {
		form.Set("csrf", b.cookie("coalition_csrf"))
	}
	req, err := http.NewRequest(http.MethodPost, b.e.srv.URL+path, strings.NewReader(form.Encode()))
	if err != nil {
		b.e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return b.do(req)
}

// cookie returns the value of a cookie in the browser's jar, or "".
func (b *browser) cookie(name string) string {
	u, _ := url.Parse(b.e.srv.URL)
	for _, c := range b.client.Jar.Cookies(u) {
		if c.Name == name {
			return c.Value
		}
	}
	return ""
}

const adminPassword = "correct horse battery"

// createUser stores a user directly through the service.
func (e *env) createUser(email string) account.User {
	e.t.Helper()
	u, err := e.accounts.CreateUser(e.t.Context(), account.NewUser{Email: email, Name: "Anna Bērziņa", Password: adminPassword})
	if err != nil {
		e.t.Fatalf("create user: %v", err)
	}
	return u
}

// signIn creates a user and signs a new browser in as them.
func (e *env) signIn(email string) (*browser, account.User) {
	e.t.Helper()
	u := e.createUser(email)
	b := e.browser()
	b.get("/login")
	p := b.post("/login", url.Values{"email": {email}, "password": {adminPassword}})
	if p.status != http.StatusSeeOther || b.cookie("coalition_session") == "" {
		e.t.Fatalf("sign in: status %d, body %s", p.status, p.body)
	}
	return b, u
}

// expectStatus fails unless p has the status.
func expectStatus(t *testing.T, p page, want int) {
	t.Helper()
	if p.status != want {
		t.Fatalf("status = %d, want %d; body:\n%s", p.status, want, p.body)
	}
}

// expectRedirect fails unless p is a 303 to location.
func expectRedirect(t *testing.T, p page, location string) {
	t.Helper()
	if p.status != http.StatusSeeOther || p.header.Get("Location") != location {
		t.Fatalf("got %d to %q, want 303 to %q", p.status, p.header.Get("Location"), location)
	}
}

// expectContains fails unless the body holds s (as html/template escapes it).
func expectContains(t *testing.T, p page, s string) {
	t.Helper()
	if !strings.Contains(p.body, s) && !strings.Contains(p.body, htmlEscape(s)) {
		t.Fatalf("body does not contain %q:\n%s", s, p.body)
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "+", "&#43;").Replace(s)
}

var htmlLangRE = regexp.MustCompile(`<html lang="([a-z]+)">`)

// htmlLang returns the lang attribute of the page's <html> element.
func htmlLang(p page) string {
	m := htmlLangRE.FindStringSubmatch(p.body)
	if m == nil {
		return ""
	}
	return m[1]
}
