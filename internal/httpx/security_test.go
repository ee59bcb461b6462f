package httpx_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"coalition/internal/httpx"
)

func TestAllowFramingOnlyWhereCalled(t *testing.T) {
	framed := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { httpx.AllowFraming(w.Header()) })
	for _, tc := range []struct {
		name     string
		h        http.Handler
		ancestor string
		xfo      string
	}{
		{"default", http.NotFoundHandler(), "frame-ancestors 'none'", "DENY"},
		{"framable", framed, "frame-ancestors *", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			httpx.SecurityHeaders(tc.h).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
			csp := rec.Header().Get("Content-Security-Policy")
			if !strings.HasSuffix(csp, tc.ancestor) || !strings.Contains(csp, "script-src 'self';") {
				t.Errorf("CSP = %q, want it to end with %q", csp, tc.ancestor)
			}
			if got := rec.Header().Get("X-Frame-Options"); got != tc.xfo {
				t.Errorf("X-Frame-Options = %q, want %q", got, tc.xfo)
			}
		})
	}
}
