package web

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net/http"

	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// csrfField and csrfHeader carry the synchronizer token in forms and in htmx
// requests (the layout sets the header with hx-headers on <body>).
const (
	csrfField  = "csrf"
	csrfHeader = "X-CSRF-Token"
)

// maxFormBytes bounds the body of a form post on a route without files.
const maxFormBytes = 1 << 20

// errCSRF answers a request that failed a CSRF check.
var errCSRF = i18n.NewError(errs.ErrForbidden, "", "error.csrf")

// errTooLarge answers a body over a route's limit of limit bytes, naming the
// limit in megabytes.
func errTooLarge(limit int64) error {
	return i18n.Invalid("", "error.too_large", "max", max(1, limit>>20))
}

type csrfKey struct{}

// csrf returns the middleware that reads the body of unsafe requests within
// the route's limit and guards them with a synchronizer token: a random
// per-browser cookie whose value must come back in the csrf form field or
// the X-CSRF-Token header, compared in constant time. It sets the cookie
// when missing and puts the token into the context for the forms (see
// csrfToken). It backs up the cross-origin check (http.CrossOriginProtection)
// for browsers that send neither Sec-Fetch-Site nor Origin.
//
// maxFile is the largest file the route accepts, 0 for none. It is the one
// place where request bodies are bounded: the files of a route that takes
// them go to temporary files (see receiveUploads) that the handler finds
// with uploadFrom and that are removed after it, unless it claimed them;
// any other body is bounded by maxFormBytes. A body over the limit gets the
// translated error page naming the limit.
func (s *Server) csrf(maxFile int64) httpx.Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			token := cookieValue(r, csrfCookie)
			if !safeMethod(r.Method) {
				files, err := readBody(w, r, token, maxFile)
				defer files.discard()
				if err != nil {
					s.renderError(w, r, err)
					return
				}
				r = r.WithContext(context.WithValue(r.Context(), uploadsKey{}, files))
			}
			if token == "" {
				token = newCSRFToken()
				s.setCookie(w, csrfCookie, token, 0)
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), csrfKey{}, token)))
		})
	}
}

// readBody reads the form of an unsafe request within the route's limit and
// checks its CSRF token: a multipart form on a route that takes files with
// receiveUploads, any other body in memory, up to maxFormBytes.
func readBody(w http.ResponseWriter, r *http.Request, token string, maxFile int64) (uploads, error) {
	if maxFile > 0 && isMultipart(r) {
		return receiveUploads(w, r, token, maxFile)
	}
	if r.ContentLength > maxFormBytes {
		return nil, errTooLarge(maxFormBytes)
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if isTooLarge(parseForm(r)) {
		return nil, errTooLarge(maxFormBytes)
	}
	if !validCSRF(r, token) {
		return nil, errCSRF
	}
	return nil, nil
}

// parseForm parses a url-encoded or multipart form into r.PostForm.
func parseForm(r *http.Request) error {
	if !isMultipart(r) {
		return r.ParseForm()
	}
	err := r.ParseMultipartForm(maxFormBytes)
	if r.MultipartForm != nil {
		_ = r.MultipartForm.RemoveAll() // routes without files never read them
	}
	return err
}

// validCSRF reports whether the request echoes the cookie's token.
func validCSRF(r *http.Request, token string) bool {
	sent := r.Header.Get(csrfHeader)
	if sent == "" {
		sent = r.PostFormValue(csrfField)
	}
	return sameCSRFToken(sent, token)
}

// sameCSRFToken compares a sent CSRF token with the cookie's in constant time.
func sameCSRFToken(sent, token string) bool {
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
