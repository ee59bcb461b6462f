package web

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// orgRefRE takes the organization id from what was typed: the number itself
// or an organization's address ending in /organizations/123.
var orgRefRE = regexp.MustCompile(`^(?:.*/organizations/)?(\d{1,18})/?$`)

// affiliationAdd links the person to an organization with a role and dates.
// Problems (an unknown organization, dates out of order) show the person page
// again with the form's errors and 422.
func (s *Server) affiliationAdd(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	f := readForm(r, "org_id", "role", "from", "to")
	a, err := affiliationFromForm(id, f)
	if err == nil {
		_, err = s.dir.AddAffiliation(r.Context(), directoryActor(r), a)
	}
	if err != nil {
		return s.affiliationError(w, r, id, f, err)
	}
	s.redirectFlash(w, r, fmt.Sprintf("/people/%d#affiliations", id), "person.affiliation_added")
	return nil
}

// affiliationFromForm reads the affiliation form of person id.
func affiliationFromForm(personID int64, f form) (directory.Affiliation, error) {
	a := directory.Affiliation{PersonID: personID, Role: f.Values["role"]}
	m := orgRefRE.FindStringSubmatch(f.Values["org_id"])
	if m == nil {
		return a, i18n.Invalid("org_id", "person.affiliation.org_invalid")
	}
	a.OrgID = formInt64(m[1])
	var err error
	if a.From, err = personDay("from", f.Values["from"]); err != nil {
		return a, err
	}
	a.To, err = personDay("to", f.Values["to"])
	return a, err
}

// affiliationError shows the person page with the affiliation form's
// problems. An organization that does not exist is the user's mistake: 422.
// A problem of the person itself (merged into another) has no input of its
// own and is the form's message.
func (s *Server) affiliationError(w http.ResponseWriter, r *http.Request, id int64, f form, err error) error {
	code, ok := s.failProblems(r, &f, err)
	if !ok {
		return err
	}
	if msg := f.Errors["person_id"]; msg != "" {
		f.Message = msg
	}
	if f.Errors["org_id"] != "" {
		code = http.StatusUnprocessableEntity
	}
	page, perr := s.personPage(r.Context(), i18n.Lang(r.Context()), id, f)
	if perr != nil {
		return perr
	}
	return s.render(w, r, code, "person_show.html", page)
}

// affiliationRemove deletes one of the person's affiliations. An affiliation
// of someone else is not found.
func (s *Server) affiliationRemove(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	aid, err := pathID(r, "aid")
	if err != nil {
		return err
	}
	as, err := s.dir.AffiliationsOfPerson(r.Context(), id)
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(as, func(a directory.Affiliation) bool { return a.ID == aid }) {
		return errs.ErrNotFound
	}
	if err := s.dir.RemoveAffiliation(r.Context(), directoryActor(r), aid); err != nil {
		return err
	}
	s.redirectFlash(w, r, fmt.Sprintf("/people/%d#affiliations", id), "person.affiliation_removed")
	return nil
}
