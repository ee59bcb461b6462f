package api

import (
	"net/http"
	"strconv"

	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// initiativeActor returns who makes the request, for the initiatives.
func initiativeActor(r *http.Request) initiative.Actor {
	u, _ := httpx.UserFrom(r.Context())
	return initiative.Actor{UserID: u.ID, Admin: u.Admin}
}

func (s *Server) listInitiatives(w http.ResponseWriter, r *http.Request) error {
	actor := initiativeActor(r)
	ins, err := s.d.Initiatives.List(r.Context(), actor)
	if err != nil {
		return err
	}
	items := []initiativeJSON{}
	for _, in := range ins {
		a, err := s.d.Initiatives.Access(r.Context(), actor, in.ID)
		if err != nil {
			return err
		}
		items = append(items, newInitiativeJSON(in, a))
	}
	return writeJSON(w, http.StatusOK, map[string]any{"items": items})
}

func (s *Server) createInitiative(w http.ResponseWriter, r *http.Request) error {
	var body initiativeInput
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	in, err := body.initiative()
	if err != nil {
		return err
	}
	created, err := s.d.Initiatives.Create(r.Context(), initiativeActor(r), in)
	if err != nil {
		return err
	}
	w.Header().Set("Location", Prefix+"/initiatives/"+strconv.FormatInt(created.ID, 10))
	return writeJSON(w, http.StatusCreated, newInitiativeJSON(created, initiative.Access{Role: initiative.RoleOrganizer}))
}

func (s *Server) getInitiative(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	in, a, err := s.d.Initiatives.Get(r.Context(), initiativeActor(r), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newInitiativeJSON(in, a))
}

func (s *Server) updateInitiative(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var body initiativeInput
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	if body.Version == 0 {
		return i18n.Invalid("version", "validation.required")
	}
	in, err := body.initiative()
	if err != nil {
		return err
	}
	in.ID = id
	actor := initiativeActor(r)
	saved, err := s.d.Initiatives.Update(r.Context(), actor, in)
	if err != nil {
		return err
	}
	a, err := s.d.Initiatives.Access(r.Context(), actor, id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newInitiativeJSON(saved, a))
}

func (s *Server) listTeam(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	ms, err := s.d.Initiatives.Team(r.Context(), initiativeActor(r), id)
	if err != nil {
		return err
	}
	items := []memberJSON{}
	for _, m := range ms {
		items = append(items, newMemberJSON(m))
	}
	return writeJSON(w, http.StatusOK, map[string]any{"items": items})
}

func (s *Server) putTeamMember(w http.ResponseWriter, r *http.Request) error {
	id, userID, err := teamPath(r)
	if err != nil {
		return err
	}
	var body memberInput
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	m := initiative.Member{InitiativeID: id, UserID: userID, Role: initiative.Role(body.Role), Countries: body.Countries}
	if err := s.d.Initiatives.SetMember(r.Context(), initiativeActor(r), m); err != nil {
		return err
	}
	return s.listTeam(w, r)
}

func (s *Server) removeTeamMember(w http.ResponseWriter, r *http.Request) error {
	id, userID, err := teamPath(r)
	if err != nil {
		return err
	}
	if err := s.d.Initiatives.RemoveMember(r.Context(), initiativeActor(r), id, userID); err != nil {
		return err
	}
	return s.listTeam(w, r)
}

// teamPath reads the {id} and {user} path values.
func teamPath(r *http.Request) (id, userID int64, err error) {
	if id, err = pathID(r); err != nil {
		return 0, 0, err
	}
	userID, err = strconv.ParseInt(r.PathValue("user"), 10, 64)
	if err != nil || userID <= 0 {
		return 0, 0, i18n.NewError(errs.ErrNotFound, "", "error.not_found")
	}
	return id, userID, nil
}
