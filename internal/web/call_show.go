package web

import (
	"net/http"
	"time"

	"coalition/internal/i18n"
)

// interestFields are the inputs of the expression-of-interest form; their
// names are the service's field names, so problems land beside them.
// "website_url" is the honeypot: hidden from people, filled only by bots.
var interestFields = []string{"org_name", "country", "website", "contact_name", "contact_email", "message", "consent", "website_url"}

// callShowPage is the data of call_show.html: a call of a published
// initiative and the form that answers it.
type callShowPage struct {
	Call      callView
	Form      form
	Countries orgCountryGroups
	Limited   bool // the rate limit refused the answer
}

// callShow is one partner call, for anyone, with the expression-of-interest
// form while it accepts answers. The call of an unpublished initiative is
// not found.
func (s *Server) callShow(w http.ResponseWriter, r *http.Request) error {
	f := form{Values: map[string]string{}, Errors: map[string]string{}}
	page, err := s.callShowPage(r, f)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "call_show.html", page)
}

// callShowPage lays out call {cid} with the form f.
func (s *Server) callShowPage(r *http.Request, f form) (callShowPage, error) {
	id, err := pathID(r, "cid")
	if err != nil {
		return callShowPage{}, err
	}
	c, err := s.calls.Call(r.Context(), id)
	if err != nil {
		return callShowPage{}, err
	}
	lang := i18n.Lang(r.Context())
	return callShowPage{Call: newCallView(lang, c, time.Now()), Form: f, Countries: orgCountryOptions(lang, f.Values["country"])}, nil
}
