package app

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"coalition/internal/httpx"
)

// healthz answers 200 while the process is up.
func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok\n"))
}

// readyz answers 200 when the database answers within two seconds, 503 otherwise.
func (a *App) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if err := a.DB.Ping(ctx); err != nil {
		a.Log.Warn("readiness: database unreachable", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte("database unreachable\n"))
		return
	}
	w.Write([]byte("ok\n"))
}

// wrap puts the cross-cutting middleware around the route table, outermost first.
func wrap(mux http.Handler, log *slog.Logger, m *metrics) http.Handler {
	return httpx.Chain(mux,
		httpx.RequestID,
		httpx.AccessLog(log),
		m.Middleware,
		httpx.Recover(log),
		httpx.SecurityHeaders,
	)
}
