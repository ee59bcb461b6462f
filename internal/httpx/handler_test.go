package httpx_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

func TestStatus(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{errs.ErrNotFound, http.StatusNotFound},
		{errs.ErrConflict, http.StatusConflict},
		{errs.ErrStale, http.StatusConflict},
		{errs.ErrInvalid, http.StatusUnprocessableEntity},
		{errs.ErrUnauthorized, http.StatusUnauthorized},
		{errs.ErrForbidden, http.StatusForbidden},
		{errs.ErrRateLimited, http.StatusTooManyRequests},
		{fmt.Errorf("store: user 7: %w", errs.ErrNotFound), http.StatusNotFound},
		{i18n.Invalid("email", "validation.email"), http.StatusUnprocessableEntity},
		{errors.New("disk on fire"), http.StatusInternalServerError},
	}
	for _, tt := range tests {
		t.Run(tt.err.Error(), func(t *testing.T) {
			if got := httpx.Status(tt.err); got != tt.want {
				t.Errorf("Status(%v) = %d, want %d", tt.err, got, tt.want)
			}
		})
	}
}

func TestHandlerFuncAnswersErrorsWithoutDetails(t *testing.T) {
	h := httpx.HandlerFunc(func(http.ResponseWriter, *http.Request) error {
		return fmt.Errorf("secret database detail: %w", errs.ErrForbidden)
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusForbidden || strings.Contains(rec.Body.String(), "secret") {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
}

func TestAdaptSendsErrorsToErrorFunc(t *testing.T) {
	var got error
	onError := func(w http.ResponseWriter, _ *http.Request, err error) { got = err; w.WriteHeader(599) }
	want := errors.New("boom")
	h := httpx.Adapt(func(http.ResponseWriter, *http.Request) error { return want }, onError)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if got != want || rec.Code != 599 {
		t.Fatalf("onError got %v, status %d", got, rec.Code)
	}
	ok := httpx.Adapt(func(w http.ResponseWriter, _ *http.Request) error { w.WriteHeader(204); return nil }, onError)
	rec = httptest.NewRecorder()
	ok.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 204 {
		t.Fatalf("status %d, want 204", rec.Code)
	}
}

func TestChainOrder(t *testing.T) {
	var order []string
	mark := func(name string) httpx.Middleware {
		return func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				order = append(order, name)
				next.ServeHTTP(w, r)
			})
		}
	}
	h := httpx.Chain(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { order = append(order, "handler") }),
		mark("outer"), mark("inner"))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	if got := strings.Join(order, ","); got != "outer,inner,handler" {
		t.Fatalf("order = %s", got)
	}
}

func TestClientIPIgnoresForwardedHeaders(t *testing.T) {
	tests := []struct{ remote, want string }{
		{"203.0.113.7:51234", "203.0.113.7"},
		{"[2001:db8::1]:443", "2001:db8::1"},
		{"unix-socket", "unix-socket"},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tt.remote
		r.Header.Set("X-Forwarded-For", "198.51.100.1")
		r.Header.Set("X-Real-Ip", "198.51.100.2")
		if got := httpx.ClientIP(r); got != tt.want {
			t.Errorf("ClientIP(%q) = %q, want %q", tt.remote, got, tt.want)
		}
	}
}
