package web_test

import (
	"strings"
	"testing"
)

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	want := map[string]string{
		"Content-Security-Policy":    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
		"X-Content-Type-Options":     "nosniff",
		"Referrer-Policy":            "same-origin",
		"X-Frame-Options":            "DENY",
		"Cross-Origin-Opener-Policy": "same-origin",
	}
	for _, path := range []string{"/setup", "/missing", "/login"} {
		p := b.get(path)
		for k, v := range want {
			if got := p.header.Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", path, k, got, v)
			}
		}
		if p.header.Get("Permissions-Policy") == "" {
			t.Errorf("%s: no Permissions-Policy", path)
		}
	}
}

func TestPagesHaveNoInlineScriptsOrStyles(t *testing.T) {
	e := newEnv(t)
	b, _ := e.signIn("anna@example.org")
	for _, path := range []string{"/dashboard", "/settings/tokens", "/missing"} {
		body := b.get(path).body
		for _, bad := range []string{"<script>", "<style", " style=", " onclick=", "javascript:"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s contains %q, which the CSP forbids", path, bad)
			}
		}
		if !strings.Contains(body, `<meta name="htmx-config" content='{"includeIndicatorStyles":false}'>`) {
			t.Errorf("%s lacks the htmx-config meta tag", path)
		}
		if !strings.Contains(body, `<main id="main"`) {
			t.Errorf("%s lacks the main landmark", path)
		}
	}
}
