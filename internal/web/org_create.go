package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/i18n"
)

// orgCreate stores a new organization from the form and shows it. Invalid
// input shows the form again with each problem beside its input (422).
// Possible duplicates show the form again (409) with a warning listing them
// and a button that sends confirm=1 to create the organization all the same.
func (s *Server) orgCreate(w http.ResponseWriter, r *http.Request) error {
	f, o, ps := orgFromForm(r)
	err := orgCheck(&o, ps)
	var dups []orgMatch
	if err == nil && f.Values["confirm"] != "1" {
		dups, err = s.orgMatches(r.Context(), i18n.Lang(r.Context()), o)
	}
	if err == nil && len(dups) == 0 {
		o, err = s.dir.CreateOrg(r.Context(), directoryActor(r), o)
	}
	if err != nil {
		return s.orgFormError(w, r, f, o, 0, err)
	}
	if len(dups) > 0 {
		page := s.newOrgFormPage(r, f, o)
		page.Duplicates = dups
		return s.render(w, r, http.StatusConflict, "org_form.html", page)
	}
	s.redirectFlash(w, r, fmt.Sprintf("/organizations/%d", o.ID), "org.created")
	return nil
}

// orgMatches returns the possible duplicates of o, named and placed in lang.
func (s *Server) orgMatches(ctx context.Context, lang string, o directory.Organization) ([]orgMatch, error) {
	ms, err := s.dir.OrgDuplicates(ctx, o)
	if err != nil {
		return nil, err
	}
	out := make([]orgMatch, 0, len(ms))
	for _, m := range ms {
		other, err := s.dir.Org(ctx, m.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, orgMatch{ID: m.ID, Name: other.Name, Place: orgPlace(lang, other),
			Likely: m.Score >= directory.ScoreStrong, Reasons: m.Reasons})
	}
	return out, nil
}

// orgPlace is "City, Country" in lang, or whichever of the two is known.
func orgPlace(lang string, o directory.Organization) string {
	var parts []string
	for _, p := range []string{o.City, countryName(lang, o.Country)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// orgFormError shows the form again with err's problems, or returns err when
// it is not the user's to fix. id is the organization being edited (0 for a
// new one); a stale edit says so and offers to reload.
func (s *Server) orgFormError(w http.ResponseWriter, r *http.Request, f form, o directory.Organization, id int64, err error) error {
	code, ok := s.orgFail(r, &f, err)
	if !ok {
		return err
	}
	page := s.newOrgFormPage(r, f, o)
	if id != 0 {
		page = page.forEdit(id, f.Values["name"])
		page.Stale = orgStale(err)
	}
	return s.render(w, r, code, "org_form.html", page)
}
