package web

import (
	"context"
	"fmt"
	"math"
	"net/http"

	"coalition/internal/directory"
	"coalition/internal/i18n"
)

// personCreate stores a new person from the form. Invalid input (the consent
// rule among it) shows the form again with the translated problems and 422.
// Possible duplicates show the form again with a warning and a button that
// sends confirm=1 to create the person all the same.
func (s *Server) personCreate(w http.ResponseWriter, r *http.Request) error {
	f := readForm(r, append(personFormFields, "confirm")...)
	p, err := checkNewPerson(f)
	var dups []personMatch
	if err == nil && f.Values["confirm"] != "1" {
		dups, err = s.personMatches(r.Context(), i18n.Lang(r.Context()), p)
	}
	if err == nil && len(dups) == 0 {
		p, err = s.dir.CreatePerson(r.Context(), directoryActor(r), p)
	}
	if err != nil {
		return s.personFormError(w, r, f, 0, 0, err)
	}
	if len(dups) > 0 {
		page := s.newPersonFormPage(r, f)
		page.Duplicates = dups
		return s.render(w, r, http.StatusOK, "person_form.html", page)
	}
	s.redirectFlash(w, r, fmt.Sprintf("/people/%d", p.ID), "person.created")
	return nil
}

// checkNewPerson parses and validates the form, so problems show before any
// duplicate warning.
func checkNewPerson(f form) (directory.Person, error) {
	p, err := personFromForm(f)
	if err != nil {
		return p, err
	}
	if ps := directory.ValidatePerson(&p); ps != nil {
		return p, directory.Problems(ps)
	}
	return p, nil
}

// personMatches returns the possible duplicates of p, named and explained in lang.
func (s *Server) personMatches(ctx context.Context, lang string, p directory.Person) ([]personMatch, error) {
	ms, err := s.dir.PersonDuplicates(ctx, p)
	if err != nil {
		return nil, err
	}
	out := make([]personMatch, 0, len(ms))
	for _, m := range ms {
		other, err := s.dir.Person(ctx, m.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, personMatch{ID: m.ID, Name: other.Name(), Country: countryName(lang, other.Country),
			Score: scorePercent(m.Score), Reasons: s.translateKeys(lang, m.Reasons)})
	}
	return out, nil
}

// personFormError shows the person form again with err's problems, or
// returns err when it is not the user's to fix. id and version are those of
// the person being edited (0 for a new one).
func (s *Server) personFormError(w http.ResponseWriter, r *http.Request, f form, id, version int64, err error) error {
	code, ok := s.failProblems(r, &f, err)
	if !ok {
		return err
	}
	page := s.newPersonFormPage(r, f)
	page.ID, page.Version = id, version
	if id != 0 {
		page.Name = directory.Person{GivenName: f.Values["given_name"], FamilyName: f.Values["family_name"]}.Name()
	}
	return s.render(w, r, code, "person_form.html", page)
}

// scorePercent turns a score from 0 to 1 into a whole percentage.
func scorePercent(score float64) int { return int(math.Round(score * 100)) }

// translateKeys translates catalog keys into lang.
func (s *Server) translateKeys(lang string, keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = s.i18n.T(lang, k)
	}
	return out
}
