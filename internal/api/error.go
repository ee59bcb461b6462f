package api

import (
	"errors"
	"net/http"

	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

var (
	errNotFound     = i18n.NewError(errs.ErrNotFound, "", "error.not_found")
	errMethod       = i18n.NewError(errMethodNotAllowed, "", "error.method_not_allowed")
	errTokenMissing = i18n.NewError(errs.ErrUnauthorized, "", "api.token_missing")
)

// errMethodNotAllowed is the kind of a request with a method the path does not take.
var errMethodNotAllowed = errorKind("method not allowed")

type errorKind string

func (e errorKind) Error() string { return string(e) }

// errorBody is the one error shape of the API.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code     string          `json:"code"`
	Message  string          `json:"message"`
	Field    string          `json:"field,omitempty"`
	Problems []problemDetail `json:"problems,omitempty"`
}

// problemDetail is one of several problems an error reports together.
type problemDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`
}

// writeError answers with the error's status and translated message. Internal
// errors are logged with the request id and shown only as error.internal.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := httpx.Status(err)
	if err == errMethod {
		status = http.StatusMethodNotAllowed
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="coalition"`)
	}
	if status >= 500 {
		s.d.Logger.Error("api request failed", "err", err, "path", r.URL.Path, "request_id", httpx.RequestIDFrom(r.Context()))
	}
	lang := i18n.Lang(r.Context())
	code, msg, field := s.d.I18n.Describe(lang, err)
	_ = writeJSON(w, status, errorBody{Error: errorDetail{Code: code, Message: msg, Field: field, Problems: s.problems(lang, err)}})
}

// problems lists every problem of an error that joins several validation
// problems (a directory.Problems, a problemList), or nil.
func (s *Server) problems(lang string, err error) []problemDetail {
	var multi interface{ Unwrap() []error }
	if !errors.As(err, &multi) || httpx.Status(err) != http.StatusUnprocessableEntity {
		return nil
	}
	var out []problemDetail
	for _, e := range multi.Unwrap() {
		var le *i18n.LocalizedError
		if errors.As(e, &le) {
			code, msg, field := s.d.I18n.Describe(lang, le)
			out = append(out, problemDetail{Code: code, Message: msg, Field: field})
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
