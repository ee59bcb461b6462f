package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"

	"coalition/internal/errs"
	"coalition/internal/httpx"
)

type expiredKey struct{}

// session puts the user of a valid session cookie into the request context. An
// unknown or expired session clears the cookie and is remembered, so a protected
// page can say why it sends the visitor to sign in.
func (s *Server) session(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		secret := cookieValue(r, sessionCookie)
		if secret == "" {
			next.ServeHTTP(w, r)
			return
		}
		ctx := r.Context()
		u, err := s.accounts.SessionUser(ctx, secret)
		switch {
		case err == nil:
			ctx = httpx.WithUser(ctx, u)
			s.setCookie(w, sessionCookie, secret, s.accounts.SessionTTL) // slides with the session
		case errors.Is(err, errs.ErrUnauthorized):
			s.clearCookie(w, sessionCookie)
			ctx = context.WithValue(ctx, expiredKey{}, true)
		default:
			s.renderError(w, r, err)
			return
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// signedIn lets only signed-in users reach h; others go to the sign-in page,
// which brings them back afterwards (for GET requests) and, when their session
// ran out, says so.
func (s *Server) signedIn(h httpx.HandlerFunc) httpx.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if _, ok := httpx.UserFrom(r.Context()); ok {
			return h(w, r)
		}
		key := "error.unauthorized"
		if expired, _ := r.Context().Value(expiredKey{}).(bool); expired {
			key = "auth.session_expired"
		}
		target := "/login"
		if r.Method == http.MethodGet {
			target += "?next=" + url.QueryEscape(r.URL.RequestURI())
		}
		s.redirectFlash(w, r, target, key)
		return nil
	}
}

// startSession opens a session for a user and sets the session cookie. The cookie
// lives as long as the server-side session may (each use extends the session).
func (s *Server) startSession(w http.ResponseWriter, r *http.Request, userID int64) error {
	secret, err := s.accounts.StartSession(r.Context(), userID)
	if err != nil {
		return err
	}
	s.setCookie(w, sessionCookie, secret, s.accounts.SessionTTL)
	return nil
}
