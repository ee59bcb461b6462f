package web

import (
	"net/http"

	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// errorTitles names the heading of each error page by status code.
var errorTitles = map[int]string{
	http.StatusUnauthorized:        "errorpage.401",
	http.StatusForbidden:           "errorpage.403",
	http.StatusNotFound:            "errorpage.404",
	http.StatusConflict:            "errorpage.409",
	http.StatusUnprocessableEntity: "errorpage.422",
	http.StatusTooManyRequests:     "errorpage.429",
	http.StatusInternalServerError: "errorpage.500",
}

// errorPage is the data of error.html.
type errorPage struct {
	Status    int
	Title     string // catalog key
	Message   string // translated
	RequestID string
}

// renderError answers err with the translated error page for its status. Internal
// errors are logged with the request id and shown only as a generic message.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	code := httpx.Status(err)
	if code >= 500 {
		httpx.LogError(s.logger, r, err)
	}
	_, msg, _ := s.i18n.Describe(i18n.Lang(r.Context()), err)
	title, ok := errorTitles[code]
	if !ok {
		title = "errorpage.generic"
	}
	page := errorPage{Status: code, Title: title, Message: msg, RequestID: httpx.RequestIDFrom(r.Context())}
	if rerr := s.render(w, r, code, "error.html", page); rerr != nil {
		httpx.LogError(s.logger, r, rerr)
		http.Error(w, http.StatusText(code), code)
	}
}
