package e2e

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"coalition/internal/app"
	"coalition/internal/config"
)

// server is a running Coalition on a free loopback port with its own database.
type server struct {
	URL string
	App *app.App
}

// startServer starts the real application on a new SQLite database, exactly as
// `coalition serve` wires it, and stops it when the test ends.
func startServer(t *testing.T) server {
	t.Helper()
	return startServerOn(t, "")
}

// startServerOn is startServer on the given database URL ("" for a new SQLite file).
func startServerOn(t *testing.T, dbURL string) server {
	t.Helper()
	dir := t.TempDir()
	if dbURL == "" {
		dbURL = filepath.Join(dir, "coalition.db")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	cfg := config.Config{Listen: ln.Addr().String(), DataDir: dir, DatabaseURL: dbURL,
		BaseURL: base, LogLevel: "warn", LogFormat: "text"}
	ctx, cancel := context.WithCancel(context.Background())
	a, err := app.Open(ctx, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("serve: %v", err)
		}
		a.Close()
	})
	return server{URL: base, App: a}
}

// browser returns a chromedp context on a fresh headless Chromium, or skips the
// test when COALITION_TEST_BROWSER is not set. A set variable that names no
// program fails the test: CI must never skip the browser suite silently.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := os.Getenv("COALITION_TEST_BROWSER")
	if exe == "" {
		t.Skip("browser suite off: set COALITION_TEST_BROWSER to a Chromium binary, e.g. /usr/bin/chromium")
	}
	if _, err := os.Stat(exe); err != nil {
		t.Fatalf("COALITION_TEST_BROWSER=%s: %v", exe, err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// do runs browser steps and fails the test on error.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// get runs one browser action that yields a value and fails the test on error.
func value[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// text returns the visible text of the first element matching a CSS selector.
func text(t *testing.T, ctx context.Context, css string) string {
	t.Helper()
	return value(t, ctx, chromedp.Text(chromedp.CSS(css)))
}

// screenshot saves a full-page PNG into COALITION_SCREENSHOTS when it is set,
// so people can look at the pages the tests visit.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("COALITION_SCREENSHOTS")
	if dir == "" {
		return
	}
	png := value(t, ctx, chromedp.FullScreenshot(100))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
