package httpx_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"coalition/internal/httpx"
)

func TestRequestID(t *testing.T) {
	var seen string
	h := httpx.RequestID(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		seen = httpx.RequestIDFrom(r.Context())
	}))
	tests := []struct {
		name, incoming string
		keep           bool
	}{
		{"generated", "", false},
		{"kept", "abc-123_x.y", true},
		{"unsafe replaced", "bad id\n", false},
		{"too long replaced", strings.Repeat("a", 65), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.Header.Set("X-Request-Id", tt.incoming)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			if seen == "" || rec.Header().Get("X-Request-Id") != seen || (seen == tt.incoming) != tt.keep {
				t.Fatalf("incoming %q, context %q, header %q", tt.incoming, seen, rec.Header().Get("X-Request-Id"))
			}
		})
	}
}

func TestRecoverAnswers500WithoutThePanicValue(t *testing.T) {
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	h := httpx.Chain(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("secret detail") }),
		httpx.RequestID, httpx.Recover(logger))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/boom", nil))
	if rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "secret") {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
	for _, want := range []string{"secret detail", "stack=", "request_id=" + rec.Header().Get("X-Request-Id"), "path=/boom"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
}

func TestRecoverWithRendersAndKeepsStartedResponses(t *testing.T) {
	logger := slog.New(slog.DiscardHandler)
	page := func(w http.ResponseWriter, _ *http.Request, _ error) {
		w.WriteHeader(500)
		w.Write([]byte("custom page"))
	}
	boom := httpx.RecoverWith(logger, page)(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic(1) }))
	rec := httptest.NewRecorder()
	boom.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Body.String() != "custom page" {
		t.Fatalf("body %q", rec.Body.String())
	}
	late := httpx.RecoverWith(logger, page)(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte("partial"))
		panic(2)
	}))
	rec = httptest.NewRecorder()
	late.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Body.String() != "partial" {
		t.Fatalf("body %q, want the partial response untouched", rec.Body.String())
	}
}

func TestRecoverPassesAbortHandler(t *testing.T) {
	h := httpx.Recover(slog.New(slog.DiscardHandler))(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic(http.ErrAbortHandler)
	}))
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Fatalf("recovered %v, want http.ErrAbortHandler", v)
		}
	}()
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}

func TestAccessLogRecordsRouteAndStatus(t *testing.T) {
	var logs bytes.Buffer
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusTeapot) })
	h := httpx.Chain(mux, httpx.RequestID, httpx.AccessLog(slog.New(slog.NewTextHandler(&logs, nil))))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/items/42", nil))
	want := []string{"method=GET", "path=/items/42", `route="GET /items/{id}"`, "status=418", "duration=",
		"request_id=" + rec.Header().Get("X-Request-Id")}
	for _, w := range want {
		if !strings.Contains(logs.String(), w) {
			t.Errorf("log lacks %q:\n%s", w, logs.String())
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	rec := httptest.NewRecorder()
	httpx.SecurityHeaders(http.NotFoundHandler()).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
		"X-Frame-Options", "Permissions-Policy", "Cross-Origin-Opener-Policy"} {
		if rec.Header().Get(h) == "" {
			t.Errorf("%s missing", h)
		}
	}
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self';") || strings.Contains(csp, "unsafe") {
		t.Errorf("CSP = %q", csp)
	}
}

func TestStatusRecorder(t *testing.T) {
	rec := httptest.NewRecorder()
	s := httpx.NewStatusRecorder(rec)
	if s.Written() || s.Status() != http.StatusOK {
		t.Fatal("fresh recorder should report 200 and nothing written")
	}
	s.WriteHeader(http.StatusCreated)
	s.WriteHeader(http.StatusInternalServerError) // ignored, as net/http does
	s.Write([]byte("hello"))
	if s.Status() != http.StatusCreated || s.Size() != 5 || !s.Written() {
		t.Fatalf("status %d size %d", s.Status(), s.Size())
	}
	if err := http.NewResponseController(s).Flush(); err != nil || !rec.Flushed {
		t.Fatalf("Flush through Unwrap: %v, flushed %v", err, rec.Flushed)
	}
}
