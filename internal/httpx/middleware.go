package httpx

import "net/http"

// Middleware wraps a handler with behaviour that runs around it.
type Middleware func(http.Handler) http.Handler

// Chain wraps h with the middleware m; the first listed is the outermost, so
// Chain(h, A, B) runs A, then B, then h.
func Chain(h http.Handler, m ...Middleware) http.Handler {
	for i := len(m) - 1; i >= 0; i-- {
		h = m[i](h)
	}
	return h
}
