package e2e

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// lockedBuffer collects a child process's output while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestServeDemoBinary builds the real binary, runs `coalition serve --demo` as the
// README says, checks the printed address and sign-in, the operations endpoints,
// and that SIGTERM ends it cleanly.
func TestServeDemoBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "coalition")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/coalition").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	addr := freePort(t)
	var out lockedBuffer
	cmd := exec.Command(bin, "serve", "--demo", "--listen", addr, "--data", filepath.Join(dir, "data"))
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	base := "http://" + addr
	// Wait for the binary's own word before asking the port: under load,
	// another test's server can hold a port this one was given a moment ago.
	waitOutput(t, &out, "Coalition is running at "+base)
	waitReady(t, base+"/readyz", &out)
	for _, want := range []string{base, "demo@coalition.example", "coalition-demo"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if body := get(t, base+"/healthz"); !strings.Contains(body, "ok") {
		t.Errorf("healthz: %q", body)
	}
	if body := get(t, base+"/metrics"); !strings.Contains(body, `coalition_http_requests_total{code="200",method="GET",route="GET /healthz"}`) || !strings.Contains(body, "coalition_db_connections_open") {
		t.Errorf("metrics lack the request counter or pool stats")
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := waitExit(cmd, 25*time.Second); err != nil {
		t.Errorf("after SIGTERM: %v\n%s", err, out.String())
	}
}

// waitOutput waits until the process has written want.
func waitOutput(t *testing.T, out *lockedBuffer, want string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(out.String(), want) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("the process never wrote %q:\n%s", want, out.String())
}

func waitReady(t *testing.T, url string, out *lockedBuffer) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("server not ready:\n%s", out.String())
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func waitExit(cmd *exec.Cmd, limit time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(limit):
		return errTimeout
	}
}

type timeoutError struct{}

func (timeoutError) Error() string { return "did not exit in time" }

var errTimeout = timeoutError{}
