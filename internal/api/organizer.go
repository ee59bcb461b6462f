package api

import (
	"net/http"
	"strconv"
	"time"

	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
)

// organizerInput is a member of an ECI's group of organisers as a client
// sends it; birth_date is YYYY-MM-DD or empty.
type organizerInput struct {
	Name         string `json:"name"`
	Email        string `json:"email,omitempty"`
	Residence    string `json:"residence"`
	Nationality  string `json:"nationality"`
	BirthDate    string `json:"birth_date,omitempty"`
	AgeConfirmed bool   `json:"age_confirmed"`
	MEP          bool   `json:"mep"`
	Role         string `json:"role,omitempty"`
	Version      int64  `json:"version,omitempty"`
}

// organizerJSON is a member with the check of whether they count.
type organizerJSON struct {
	ID int64 `json:"id"`
	organizerInput
	Counts bool     `json:"counts"`
	Notes  []string `json:"notes"`
}

// groupJSON is the group of organisers and its check.
type groupJSON struct {
	Items    []organizerJSON `json:"items"`
	OK       bool            `json:"ok"`
	Eligible int             `json:"eligible"`
	States   []string        `json:"states"`
	Missing  []string        `json:"missing"`
}

func (in organizerInput) organizer(initiativeID, id int64) (initiative.Organizer, error) {
	o := initiative.Organizer{ID: id, InitiativeID: initiativeID, Email: in.Email, Version: in.Version,
		Organizer: eci.Organizer{Name: in.Name, Residence: in.Residence, Nationality: in.Nationality,
			AgeConfirmed: in.AgeConfirmed, MEP: in.MEP, Role: eci.Role(in.Role)}}
	if in.BirthDate != "" {
		d, err := time.Parse(time.DateOnly, in.BirthDate)
		if err != nil {
			return o, i18n.Invalid("birth_date", "validation.date")
		}
		o.BirthDate = d
	}
	return o, nil
}

// groupJSONOf lays out a group and its check in lang.
func (s *Server) groupJSONOf(lang string, os []initiative.Organizer, c eci.GroupCheck) groupJSON {
	out := groupJSON{Items: []organizerJSON{}, OK: c.OK, Eligible: c.Eligible, States: nonNil(c.States), Missing: s.notes(lang, c.Missing)}
	for i, o := range os {
		out.Items = append(out.Items, organizerJSON{ID: o.ID, Counts: c.Members[i].Counts, Notes: s.notes(lang, c.Members[i].Notes),
			organizerInput: organizerInput{Name: o.Name, Email: o.Email, Residence: o.Residence, Nationality: o.Nationality,
				BirthDate: dateJSON(o.BirthDate), AgeConfirmed: o.AgeConfirmed, MEP: o.MEP, Role: string(o.Role), Version: o.Version}})
	}
	return out
}

// notes translates the notes of a group check.
func (s *Server) notes(lang string, ns []eci.Note) []string {
	out := []string{}
	for _, n := range ns {
		if n.Counted {
			out = append(out, s.d.I18n.N(lang, n.Key, n.N, n.Args...))
		} else {
			out = append(out, s.d.I18n.T(lang, n.Key, n.Args...))
		}
	}
	return out
}

func (s *Server) getGroup(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	os, check, err := s.d.Initiatives.Group(r.Context(), initiativeActor(r), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, s.groupJSONOf(i18n.Lang(r.Context()), os, check))
}

func (s *Server) addOrganizer(w http.ResponseWriter, r *http.Request) error {
	return s.saveOrganizer(w, r, false)
}

func (s *Server) updateOrganizer(w http.ResponseWriter, r *http.Request) error {
	return s.saveOrganizer(w, r, true)
}

// saveOrganizer adds or changes a member and answers with the whole group.
func (s *Server) saveOrganizer(w http.ResponseWriter, r *http.Request, update bool) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var oid int64
	if update {
		if oid, err = organizerPath(r); err != nil {
			return err
		}
	}
	var body organizerInput
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	o, err := body.organizer(id, oid)
	if err != nil {
		return err
	}
	actor := initiativeActor(r)
	if update {
		if body.Version == 0 {
			return i18n.Invalid("version", "validation.required")
		}
		_, err = s.d.Initiatives.UpdateOrganizer(r.Context(), actor, o)
	} else {
		_, err = s.d.Initiatives.AddOrganizer(r.Context(), actor, o)
	}
	if err != nil {
		return err
	}
	return s.getGroup(w, r)
}

func (s *Server) removeOrganizer(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	oid, err := organizerPath(r)
	if err != nil {
		return err
	}
	if err := s.d.Initiatives.RemoveOrganizer(r.Context(), initiativeActor(r), id, oid); err != nil {
		return err
	}
	return s.getGroup(w, r)
}

// organizerPath reads the {oid} path value.
func organizerPath(r *http.Request) (int64, error) {
	oid, err := strconv.ParseInt(r.PathValue("oid"), 10, 64)
	if err != nil || oid <= 0 {
		return 0, i18n.NewError(errs.ErrNotFound, "", "error.not_found")
	}
	return oid, nil
}
