package httpx

import (
	"log/slog"
	"net/http"
	"time"
)

// AccessLog logs one line per request: method, path, route pattern, status,
// response size, duration and request id. The route is the ServeMux pattern
// (r.Pattern) read after the inner handler ran; the mux sets it on the request it
// is given, so place AccessLog where no middleware between it and the mux replaces
// the request (RequestID before it is fine; Locale and authentication belong
// around the individual routes).
func AccessLog(logger *slog.Logger) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			rec := NewStatusRecorder(w)
			next.ServeHTTP(rec, r)
			logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.String("route", r.Pattern),
				slog.Int("status", rec.Status()),
				slog.Int64("bytes", rec.Size()),
				slog.Duration("duration", time.Since(start)),
				slog.String("request_id", RequestIDFrom(r.Context())))
		})
	}
}
