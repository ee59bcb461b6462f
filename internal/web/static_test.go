package web_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
)

var assetRE = regexp.MustCompile(`(?:href|src)="(/static/[^"]+)"`)

func TestStaticAssetsHaveHashedImmutableURLs(t *testing.T) {
	e := newEnv(t)
	e.createUser("anna@example.org")
	b := e.browser()
	urls := assetRE.FindAllStringSubmatch(b.get("/").body, -1)
	if len(urls) < 4 {
		t.Fatalf("found %d asset URLs, want the icon, two style sheets and two scripts", len(urls))
	}
	hashed := regexp.MustCompile(`^/static/[a-z/.]+\.[0-9a-f]{12}\.(css|js|svg)$`)
	for _, m := range urls {
		if !hashed.MatchString(m[1]) {
			t.Errorf("asset URL %q has no content hash", m[1])
		}
		p := b.get(m[1])
		expectStatus(t, p, http.StatusOK)
		if cc := p.header.Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
			t.Errorf("%s: Cache-Control = %q", m[1], cc)
		}
	}
}

func TestStaticContentTypes(t *testing.T) {
	e := newEnv(t)
	e.createUser("anna@example.org")
	b := e.browser()
	body := b.get("/").body
	for ext, want := range map[string]string{"css": "text/css", "js": "text/javascript"} {
		m := regexp.MustCompile(`"(/static/app\.[0-9a-f]+\.` + ext + `)"`).FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("no app.%s on the page", ext)
		}
		if ct := b.get(m[1]).header.Get("Content-Type"); !strings.HasPrefix(ct, want) {
			t.Errorf("app.%s: Content-Type %q, want %s", ext, ct, want)
		}
	}
}

func TestStaticUnknownHashIsNotFound(t *testing.T) {
	e := newEnv(t)
	b := e.browser()
	for _, path := range []string{"/static/app.css", "/static/app.000000000000.css", "/static/vendor/README.md", "/static/"} {
		if p := b.get(path); p.status != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", path, p.status)
		}
	}
}
