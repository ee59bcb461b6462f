package web

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net/http"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// csrfField and csrfHeader carry the synchronizer token in forms and in htmx
// requests (the layout sets the header with hx-headers on <body>).
const (
	csrfField  = "csrf"
	csrfHeader = "X-CSRF-Token"
)

// maxFormBytes bounds the body of a form post.
const maxFormBytes = 1 << 20

// errCSRF answers a request that failed a CSRF check.
var errCSRF = i18n.NewError(errs.ErrForbidden, "", "error.csrf")

type csrfKey struct{}

// csrf guards unsafe methods with a synchronizer token: a random per-browser
// cookie whose value must come back in the csrf form field or the X-CSRF-Token
// header, compared in constant time. It sets the cookie when missing and puts the
// token into the context for the forms (see csrfToken). It backs up the
// cross-origin check (http.CrossOriginProtection) for browsers that send neither
// Sec-Fetch-Site nor Origin.
func (s *Server) csrf(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token := cookieValue(r, csrfCookie)
		if !safeMethod(r.Method) {
			r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
			if !validCSRF(r, token) {
				s.renderError(w, r, errCSRF)
				return
			}
		}
		if token == "" {
			token = newCSRFToken()
			s.setCookie(w, csrfCookie, token, 0)
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), csrfKey{}, token)))
	})
}

// validCSRF reports whether the request echoes the cookie's token.
func validCSRF(r *http.Request, token string) bool {
	sent := r.Header.Get(csrfHeader)
	if sent == "" {
		sent = r.PostFormValue(csrfField)
	}
	return token != "" && subtle.ConstantTimeCompare([]byte(sent), []byte(token)) == 1
}

// csrfToken returns the token the forms of this request must carry.
func csrfToken(ctx context.Context) string {
	t, _ := ctx.Value(csrfKey{}).(string)
	return t
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

func newCSRFToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b)
}

// denyCrossOrigin answers a request http.CrossOriginProtection rejected.
func (s *Server) denyCrossOrigin(w http.ResponseWriter, r *http.Request) {
	s.renderError(w, r, errCSRF)
}
