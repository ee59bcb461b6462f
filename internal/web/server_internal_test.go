package web

import (
	"bytes"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"coalition/internal/account"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/store/storetest"
)

func newTestServer(t *testing.T, logs *bytes.Buffer) *Server {
	t.Helper()
	s, err := New(Deps{Accounts: account.NewService(storetest.OpenSQLite(t)), I18n: i18n.MustLoad(),
		Logger: slog.New(slog.NewTextHandler(logs, nil)), Version: "v"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTemplatesParseForEveryLanguage(t *testing.T) {
	s := newTestServer(t, &bytes.Buffer{})
	want := []string{"dashboard.html", "error.html", "home.html", "login.html", "setup.html", "token_created.html", "tokens.html"}
	for _, lang := range i18n.Languages {
		for _, page := range want {
			if s.pages[lang][page] == nil {
				t.Errorf("%s: template %s not parsed", lang, page)
			}
		}
	}
}

func TestBrokenTemplateFailsStart(t *testing.T) {
	s := newTestServer(t, &bytes.Buffer{})
	broken := fstest.MapFS{
		"templates/layout.html": {Data: []byte(`{{define "layout"}}{{template "content" .}}{{end}}`)},
		"templates/page.html":   {Data: []byte(`{{define "content"}}{{if}}{{end}}`)},
	}
	if _, err := s.parseTemplates(broken); err == nil || !strings.Contains(err.Error(), "page.html") {
		t.Fatalf("err = %v, want a parse error naming page.html", err)
	}
	unknownFunc := fstest.MapFS{
		"templates/layout.html": {Data: []byte(`{{define "layout"}}{{nosuch "x"}}{{end}}`)},
	}
	if _, err := s.parseTemplates(unknownFunc); err == nil {
		t.Fatal("a template calling an unknown function parsed")
	}
}

// serve runs h as a page (with all page middleware) behind RequestID.
func serve(s *Server, h httpx.HandlerFunc, lang string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	r := httptest.NewRequest("GET", "/x?lang="+lang, nil)
	httpx.RequestID(s.page(h)).ServeHTTP(rec, r)
	return rec
}

func TestInternalErrorsShowTranslated500AndAreLogged(t *testing.T) {
	handlers := map[string]httpx.HandlerFunc{
		"error": func(http.ResponseWriter, *http.Request) error { return errors.New("secret: db password wrong") },
		"panic": func(http.ResponseWriter, *http.Request) error { panic("secret: nil map") },
	}
	for name, h := range handlers {
		t.Run(name, func(t *testing.T) {
			var logs bytes.Buffer
			s := newTestServer(t, &logs)
			rec := serve(s, h, "ro")
			body := rec.Body.String()
			id := rec.Header().Get("X-Request-Id")
			if rec.Code != 500 || strings.Contains(body, "secret") {
				t.Fatalf("status %d, body leaks: %s", rec.Code, body)
			}
			for _, want := range []string{s.i18n.T("ro", "errorpage.500"), s.i18n.T("ro", "error.internal"), id} {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %q", want)
				}
			}
			if !strings.Contains(logs.String(), "secret") || !strings.Contains(logs.String(), id) {
				t.Errorf("log lacks the error or request id:\n%s", logs.String())
			}
		})
	}
}

func TestForgedFlashIsIgnored(t *testing.T) {
	s := newTestServer(t, &bytes.Buffer{})
	rec := httptest.NewRecorder()
	r := httptest.NewRequest("GET", "/", nil)
	r.AddCookie(&http.Cookie{Name: flashCookie, Value: "<script>alert(1)</script>"})
	if got := s.takeFlash(rec, r); got != "" {
		t.Fatalf("takeFlash = %q, want nothing", got)
	}
	r = httptest.NewRequest("GET", "/", nil)
	r.AddCookie(&http.Cookie{Name: flashCookie, Value: "tokens.revoked"})
	if got := s.takeFlash(rec, r); got != "tokens.revoked" {
		t.Fatalf("takeFlash = %q", got)
	}
}

func TestSecureCookies(t *testing.T) {
	s := newTestServer(t, &bytes.Buffer{})
	s.secure = true
	rec := httptest.NewRecorder()
	s.setCookie(rec, sessionCookie, "v", 0)
	if c := rec.Header().Get("Set-Cookie"); !strings.Contains(c, "Secure") || !strings.Contains(c, "HttpOnly") {
		t.Fatalf("Set-Cookie = %q", c)
	}
}

func TestAssetURLsChangeWithContent(t *testing.T) {
	a, err := loadAssets(fstest.MapFS{"static/app.css": {Data: []byte("a{}")}, "static/vendor/x.min.js": {Data: []byte("1")}})
	if err != nil {
		t.Fatal(err)
	}
	css, _ := a.URL("app.css")
	js, _ := a.URL("vendor/x.min.js")
	b, _ := loadAssets(fstest.MapFS{"static/app.css": {Data: []byte("b{}")}})
	css2, _ := b.URL("app.css")
	if !strings.HasPrefix(css, "/static/app.") || !strings.HasPrefix(js, "/static/vendor/x.min.") || css == css2 {
		t.Fatalf("urls %q %q %q", css, js, css2)
	}
	if _, err := a.URL("missing.css"); err == nil {
		t.Fatal("unknown asset has a URL")
	}
}
