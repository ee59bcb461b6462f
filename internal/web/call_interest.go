package web

import (
	"errors"
	"net/http"

	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// callInterest takes in an expression of interest and thanks the visitor.
// A filled honeypot gets the same thank-you and nothing is stored; too many
// answers from one address within the hour get the form back with the
// translated reason (429); problems show beside their inputs (422).
func (s *Server) callInterest(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "cid")
	if err != nil {
		return err
	}
	f := readForm(r, interestFields...)
	_, err = s.calls.ExpressInterest(r.Context(), interestInput(r, id, f))
	if err == nil || errors.Is(err, initiative.ErrHoneypot) {
		return s.callThanks(w, r, id)
	}
	code, ok := s.failProblems(r, &f, err)
	if !ok {
		return err
	}
	page, perr := s.callShowPage(r, f)
	if perr != nil {
		return perr
	}
	page.Limited = errors.Is(err, errs.ErrRateLimited)
	return s.render(w, r, code, "call_show.html", page)
}

// interestInput is the answer to call id that form f holds, from the
// client's address.
func interestInput(r *http.Request, id int64, f form) initiative.InterestInput {
	v := f.Values
	return initiative.InterestInput{CallID: id, OrgName: v["org_name"], Country: v["country"], Website: v["website"],
		ContactName: v["contact_name"], ContactEmail: v["contact_email"], Message: v["message"],
		Consent: v["consent"] == "1", Lang: i18n.Lang(r.Context()), Client: httpx.ClientIP(r), Honeypot: v["website_url"]}
}

// callThanksPage is the data of call_thanks.html.
type callThanksPage struct{ Call callView }

// callThanks is the page after an answer to call id: the same whether it
// was stored or a bot's answer was dropped.
func (s *Server) callThanks(w http.ResponseWriter, r *http.Request, id int64) error {
	c, err := s.calls.Call(r.Context(), id)
	if err != nil {
		return err
	}
	page := callThanksPage{Call: newCallView(i18n.Lang(r.Context()), c, c.UpdatedAt)}
	return s.render(w, r, http.StatusOK, "call_thanks.html", page)
}
