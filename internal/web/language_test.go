package web_test

import (
	"net/http"
	"strings"
	"testing"

	"coalition/internal/i18n"
)

func TestLanguageSwitchSetsCookieAndHTMLLang(t *testing.T) {
	e := newEnv(t)
	e.createUser("anna@example.org")
	b := e.browser()
	p := b.get("/?lang=sl", "Accept-Language", "ro")
	expectStatus(t, p, http.StatusOK)
	if htmlLang(p) != "sl" {
		t.Fatalf("<html lang> = %q, want sl", htmlLang(p))
	}
	cookie := p.header.Get("Set-Cookie")
	if !strings.Contains(cookie, "lang=sl") || !strings.Contains(cookie, "Max-Age=31536000") {
		t.Fatalf("Set-Cookie = %q, want lang=sl for a year", cookie)
	}
	if got := htmlLang(b.get("/", "Accept-Language", "ro")); got != "sl" {
		t.Fatalf("after switching, <html lang> = %q, want sl from the cookie", got)
	}
}

func TestLanguageFromAcceptLanguage(t *testing.T) {
	e := newEnv(t)
	e.createUser("anna@example.org")
	p := e.browser().get("/", "Accept-Language", "bg-BG,bg;q=0.9")
	if htmlLang(p) != "bg" || p.header.Get("Content-Language") != "bg" {
		t.Fatalf("lang %q, Content-Language %q; want bg", htmlLang(p), p.header.Get("Content-Language"))
	}
	expectContains(t, p, e.T("bg", "home.heading"))
}

func TestLanguageSwitchStoresUserPreference(t *testing.T) {
	e := newEnv(t)
	b, u := e.signIn("anna@example.org")
	expectStatus(t, b.get("/dashboard?lang=ro"), http.StatusOK)
	got, err := e.accounts.User(t.Context(), u.ID)
	if err != nil || got.Language != "ro" {
		t.Fatalf("stored language = %q, %v; want ro", got.Language, err)
	}
	fresh := e.browser() // a new browser without the cookie still gets the user's language
	fresh.get("/login")
	fresh.post("/login", map[string][]string{"email": {"anna@example.org"}, "password": {adminPassword}})
	if lang := htmlLang(fresh.get("/dashboard", "Accept-Language", "en")); lang != "ro" {
		t.Fatalf("signed-in page in %q, want the stored ro", lang)
	}
}

func TestLanguageSwitcherOnEveryPage(t *testing.T) {
	e := newEnv(t)
	b, _ := e.signIn("anna@example.org")
	for _, path := range []string{"/dashboard", "/settings/tokens", "/no-such-page"} {
		p := b.get(path)
		for _, lang := range i18n.Languages {
			expectContains(t, p, `href="?lang=`+lang+`"`)
			expectContains(t, p, i18n.Endonym(lang))
		}
	}
}

func TestEveryPageRendersInEveryLanguage(t *testing.T) {
	e := newEnv(t)
	setup := e.browser()
	for _, lang := range i18n.Languages {
		p := setup.get("/setup?lang=" + lang)
		if p.status != http.StatusOK || htmlLang(p) != lang {
			t.Fatalf("/setup in %s: status %d, lang %q", lang, p.status, htmlLang(p))
		}
		expectContains(t, p, e.T(lang, "setup.lead"))
	}
	b, _ := e.signIn("anna@example.org")
	for _, lang := range i18n.Languages {
		for _, path := range []string{"/dashboard", "/settings/tokens", "/missing"} {
			if p := b.get(path + "?lang=" + lang); htmlLang(p) != lang {
				t.Errorf("%s in %s: <html lang> = %q", path, lang, htmlLang(p))
			}
		}
		expectContains(t, b.get("/dashboard?lang="+lang), e.bundle.N(lang, "dashboard.tokens.count", 0))
	}
}
