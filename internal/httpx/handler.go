// Package httpx holds the HTTP plumbing shared by Coalition's two front ends, the
// server-rendered pages and the JSON API: a handler type that returns an error,
// the mapping from error kinds to status codes, and the middleware every request
// passes through (request id, panic recovery, access log, security headers, the
// user and language in the request context).
package httpx

import (
	"errors"
	"log/slog"
	"net/http"

	"coalition/internal/errs"
)

// HandlerFunc is an HTTP handler that returns an error instead of writing one.
// A handler must return its error before writing anything to the response; the
// error is then answered by an ErrorFunc (see Adapt) or, when the HandlerFunc is
// used directly as an http.Handler, by DefaultError.
type HandlerFunc func(http.ResponseWriter, *http.Request) error

// ServeHTTP calls f and answers an error with DefaultError.
func (f HandlerFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := f(w, r); err != nil {
		DefaultError(w, r, err)
	}
}

// ErrorFunc writes the response for an error a handler returned. Each front end
// has its own: an HTML page or a JSON body.
type ErrorFunc func(w http.ResponseWriter, r *http.Request, err error)

// Adapt turns h into an http.Handler whose errors are answered by onError.
func Adapt(h HandlerFunc, onError ErrorFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			onError(w, r, err)
		}
	})
}

// DefaultError answers err with its status code and the standard status text
// as plain text, never the error's own message.
func DefaultError(w http.ResponseWriter, r *http.Request, err error) {
	code := Status(err)
	http.Error(w, http.StatusText(code), code)
}

// statusOf lists the error kinds in the order Status tests them.
var statusOf = []struct {
	kind error
	code int
}{
	{errs.ErrNotFound, http.StatusNotFound},
	{errs.ErrConflict, http.StatusConflict},
	{errs.ErrStale, http.StatusConflict},
	{errs.ErrInvalid, http.StatusUnprocessableEntity},
	{errs.ErrUnauthorized, http.StatusUnauthorized},
	{errs.ErrForbidden, http.StatusForbidden},
	{errs.ErrRateLimited, http.StatusTooManyRequests},
	{errs.ErrUnavailable, http.StatusServiceUnavailable},
}

// Status returns the HTTP status code for an error of one of the errs kinds;
// any other error is a 500 Internal Server Error.
func Status(err error) int {
	for _, s := range statusOf {
		if errors.Is(err, s.kind) {
			return s.code
		}
	}
	return http.StatusInternalServerError
}

// LogError logs err once, at the boundary, with the request's id, method and path.
// Front ends call it for errors that answer with a 5xx status.
func LogError(logger *slog.Logger, r *http.Request, err error) {
	logger.ErrorContext(r.Context(), "request failed",
		slog.String("request_id", RequestIDFrom(r.Context())),
		slog.String("method", r.Method),
		slog.String("path", r.URL.Path),
		slog.Any("error", err))
}
