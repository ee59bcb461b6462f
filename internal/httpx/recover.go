package httpx

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
)

// Recover turns a panic in a handler into a logged error (with the stack and the
// request id) and a plain-text 500 Internal Server Error that never shows the
// panic value. See RecoverWith for a front end's own error page.
func Recover(logger *slog.Logger) Middleware { return RecoverWith(logger, DefaultError) }

// RecoverWith is Recover with the 500 response written by onPanic, which gets an
// internal error (no errs kind). When the handler had already started its
// response, nothing more is written. http.ErrAbortHandler is passed on, as
// net/http expects.
func RecoverWith(logger *slog.Logger, onPanic ErrorFunc) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rec := NewStatusRecorder(w)
			defer func() {
				v := recover()
				if v == nil {
					return
				}
				if v == http.ErrAbortHandler {
					panic(v)
				}
				logPanic(logger, r, v)
				if !rec.Written() {
					onPanic(rec, r, fmt.Errorf("httpx: panic: %v", v))
				}
			}()
			next.ServeHTTP(rec, r)
		})
	}
}

func logPanic(logger *slog.Logger, r *http.Request, v any) {
	logger.ErrorContext(r.Context(), "panic in handler",
		slog.String("request_id", RequestIDFrom(r.Context())),
		slog.String("method", r.Method),
		slog.String("path", r.URL.Path),
		slog.Any("panic", v),
		slog.String("stack", string(debug.Stack())))
}
