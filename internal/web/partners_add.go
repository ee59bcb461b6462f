package web

import (
	"errors"
	"net/http"
	"net/url"

	"coalition/internal/errs"
	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// partnersPath is the address of an initiative's "Find partners" page.
func partnersPath(id int64) string { return initiativePath(id) + "/partners" }

// engagementCountry is the member state an organization of country is
// engaged for: its EU code, or none outside the member states.
func engagementCountry(country string) string {
	if st, ok := eu.Lookup(country); ok {
		return st.Code
	}
	return ""
}

// partnerAdd adds one suggested organization (org) to the pipeline at the
// first stage, for its own member state. One already there counts as
// added. With htmx it answers with the row alone, now marked added;
// without JavaScript it goes back to the page (back: its query).
func (s *Server) partnerAdd(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	sg, err := s.engageOrg(r, id, formInt64(r.PostFormValue("org")))
	if err != nil {
		return err
	}
	back := partnersQueryOf(backQuery(r)).encode()
	if r.Header.Get("HX-Request") != "true" {
		s.redirectFlash(w, r, partnersPath(id)+"?"+back, "pipeline.added")
		return nil
	}
	lang := i18n.Lang(r.Context())
	row := s.newPartnerRow(lang, sg, initiative.Access{}, "", id, back)
	row.Added = true
	return s.renderFragment(w, r, "partners_show.html", "partner-row", row)
}

// partnersAddPlan adds every organization of the plan (org, repeated) to
// the pipeline and goes to the board.
func (s *Server) partnersAddPlan(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return errs.ErrInvalid
	}
	for _, v := range r.PostForm["org"] {
		if _, err := s.engageOrg(r, id, formInt64(v)); err != nil {
			return err
		}
	}
	s.redirectFlash(w, r, pipelinePath(id), "partners.plan.added")
	return nil
}

// engageOrg puts organization orgID in initiative id's pipeline, stage
// identified, for its member state; it returns the organization as a
// suggestion without reasons.
func (s *Server) engageOrg(r *http.Request, id, orgID int64) (initiative.Suggestion, error) {
	o, err := s.dir.Org(r.Context(), orgID)
	if err != nil {
		return initiative.Suggestion{}, err
	}
	e := initiative.Engagement{InitiativeID: id, OrgID: o.ID, Country: engagementCountry(o.Country),
		Level: o.Level, Stage: initiative.StageIdentified}
	_, err = s.inits.Engage(r.Context(), initiativeActor(r), e)
	if errors.Is(err, errs.ErrConflict) {
		err = nil
	}
	return initiative.Suggestion{Org: o}, err
}

// backQuery is the page query a form carried back (back), or none.
func backQuery(r *http.Request) url.Values {
	v, err := url.ParseQuery(r.PostFormValue("back"))
	if err != nil {
		return url.Values{}
	}
	return v
}
