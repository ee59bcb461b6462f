package app

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"coalition/internal/config"
	"coalition/internal/store/storetest"
)

func testApp(t *testing.T) *App {
	t.Helper()
	cfg := config.Config{Listen: "127.0.0.1:0", BaseURL: "http://127.0.0.1", DataDir: t.TempDir(), LogLevel: "info", LogFormat: "text"}
	a, err := build(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), storetest.OpenSQLite(t))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestShutdownFinishesRequestsInFlight cancels the server while a slow request is
// being answered and checks that the answer still arrives whole.
func TestShutdownFinishesRequestsInFlight(t *testing.T) {
	a := testApp(t)
	started := make(chan struct{})
	a.handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		w.Write([]byte("finished"))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- a.Serve(ctx, ln) }()
	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/slow")
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- string(b)
	}()
	<-started
	cancel()
	if body := <-got; body != "finished" {
		t.Errorf("request in flight got %q", body)
	}
	if err := <-served; err != nil {
		t.Errorf("serve: %v", err)
	}
}

func TestReadiness(t *testing.T) {
	a := testApp(t)
	rec := httptest.NewRecorder()
	a.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != 200 {
		t.Errorf("readyz with a database: %d", rec.Code)
	}
	a.DB.Close()
	rec = httptest.NewRecorder()
	a.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != 503 {
		t.Errorf("readyz without a database: %d", rec.Code)
	}
	rec = httptest.NewRecorder()
	a.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	if rec.Code != 200 {
		t.Errorf("healthz is about the process only: %d", rec.Code)
	}
}

func TestMetricsCountByRoute(t *testing.T) {
	a := testApp(t)
	for range 3 {
		a.Handler().ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/api/v1/reference/member-states", nil))
	}
	rec := httptest.NewRecorder()
	a.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{
		`coalition_http_requests_total{code="200",method="GET",route="GET /api/v1/reference/member-states"} 3`,
		`coalition_http_request_duration_seconds_count{route="GET /api/v1/reference/member-states"} 3`,
		"coalition_db_connections_open",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}
