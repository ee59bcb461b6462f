package api

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/search"
	"coalition/internal/vocab"
)

// parseDay reads a YYYY-MM-DD date of the named field; "" is the zero time.
func parseDay(field, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, i18n.Invalid(field, "validation.date")
	}
	return d, nil
}

// personListJSON is one page of people.
type personListJSON struct {
	Items   []personJSON `json:"items"`
	Total   int          `json:"total"`
	Page    int          `json:"page"`
	PerPage int          `json:"per_page"`
}

// listPeople lists people by name; q matches names in any script, country and
// kind filter (an unknown code of either gives 422 naming the parameter).
func (s *Server) listPeople(w http.ResponseWriter, r *http.Request) error {
	v := r.URL.Query()
	page, err := positive(v, "page", 1, 1<<20)
	if err != nil {
		return err
	}
	perPage, err := positive(v, "per_page", 50, 200)
	if err != nil {
		return err
	}
	if err := checkPeopleFilters(v); err != nil {
		return err
	}
	people, total, err := s.d.Directory.ListPeople(r.Context(), directory.PeopleQuery{Text: v.Get("q"), Country: v.Get("country"),
		Kind: v.Get("kind"), Archived: v.Get("archived") == "true", Offset: (page - 1) * perPage, Limit: perPage})
	if err != nil {
		return err
	}
	out := personListJSON{Items: make([]personJSON, 0, len(people)), Total: total, Page: page, PerPage: perPage}
	for _, p := range people {
		out.Items = append(out.Items, newPersonJSON(p))
	}
	return writeJSON(w, http.StatusOK, out)
}

func (s *Server) createPerson(w http.ResponseWriter, r *http.Request) error {
	p, err := readPerson(r)
	if err != nil {
		return err
	}
	created, err := s.d.Directory.CreatePerson(r.Context(), actor(r), p)
	if err != nil {
		return err
	}
	w.Header().Set("Location", Prefix+"/people/"+strconv.FormatInt(created.ID, 10))
	return writeJSON(w, http.StatusCreated, newPersonJSON(created))
}

func readPerson(r *http.Request) (directory.Person, error) {
	var in personInput
	if err := decodeJSON(r, &in); err != nil {
		return directory.Person{}, err
	}
	return in.person()
}

func (s *Server) getPerson(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	p, err := s.d.Directory.Person(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newPersonJSON(p))
}

// updatePerson replaces a person's fields, with the version the client read.
// The body may be the person as GET showed it (see readOnlyInput).
func (s *Server) updatePerson(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	p, err := readPersonUpdate(r, id)
	if err != nil {
		return err
	}
	if p.Version <= 0 {
		return i18n.Invalid("version", "validation.required")
	}
	p.ID = id
	updated, err := s.d.Directory.UpdatePerson(r.Context(), actor(r), p)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newPersonJSON(updated))
}

// readPersonUpdate reads the body of PUT /people/{id}.
func readPersonUpdate(r *http.Request, id int64) (directory.Person, error) {
	var in personUpdate
	if err := decodeJSON(r, &in); err != nil {
		return directory.Person{}, err
	}
	if err := in.checkID(id); err != nil {
		return directory.Person{}, err
	}
	return in.person()
}

func (s *Server) archivePerson(w http.ResponseWriter, r *http.Request) error {
	return s.setPersonArchived(w, r, true)
}

func (s *Server) restorePerson(w http.ResponseWriter, r *http.Request) error {
	return s.setPersonArchived(w, r, false)
}

func (s *Server) setPersonArchived(w http.ResponseWriter, r *http.Request, archived bool) error {
	return archiveAction(w, r, func(id, version int64) (personJSON, error) {
		p, err := s.d.Directory.SetPersonArchived(r.Context(), actor(r), id, version, archived)
		return newPersonJSON(p), err
	})
}

// checkPeopleFilters refuses a country or kind no person can have.
func checkPeopleFilters(v url.Values) error {
	if c := v.Get("country"); c != "" && !search.KnownCountry(c) {
		return unknownValue("country", c)
	}
	if k := v.Get("kind"); k != "" && !vocab.Known(vocab.PersonKind, strings.ToLower(strings.TrimSpace(k))) {
		return unknownValue("kind", k)
	}
	return nil
}
