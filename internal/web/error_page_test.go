package web_test

import (
	"net/http"
	"strings"
	"testing"
)

func TestNotFoundPageIsTranslated(t *testing.T) {
	e := newEnv(t)
	for _, lang := range []string{"en", "bg", "lv"} {
		p := e.browser().get("/no/such/page?lang=" + lang)
		expectStatus(t, p, http.StatusNotFound)
		expectContains(t, p, e.T(lang, "errorpage.404"))
		expectContains(t, p, e.T(lang, "error.not_found"))
		if htmlLang(p) != lang {
			t.Fatalf("<html lang> = %q, want %s", htmlLang(p), lang)
		}
	}
}

func TestUnknownMethodOnPageIsNotFound(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	b.get("/")
	p := b.post("/dashboard", map[string][]string{})
	expectStatus(t, p, http.StatusNotFound)
	if strings.Contains(p.body, "panic") {
		t.Fatal("internal text leaked")
	}
}
