package api

import (
	"net/http"
	"strconv"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// actor is the directory actor for the token's user.
func actor(r *http.Request) directory.Actor {
	u, _ := httpx.UserFrom(r.Context())
	return directory.Actor{UserID: u.ID}
}

// pathID reads the {id} path value.
func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, i18n.NewError(errs.ErrNotFound, "", "error.not_found")
	}
	return id, nil
}

// matchJSON is a possible duplicate found when an organization is created.
type matchJSON struct {
	ID      int64        `json:"id"`
	Score   float64      `json:"score"`
	Reasons []reasonJSON `json:"reasons"`
}

// reasonJSON is why a record may be a duplicate: a stable code
// ("duplicate.same_name") and its text in the request's language, as an
// error carries its code and message.
type reasonJSON struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// newMatchJSON renders a possible duplicate with its reasons in lang.
func (s *Server) newMatchJSON(lang string, m directory.Match) matchJSON {
	out := matchJSON{ID: m.ID, Score: m.Score, Reasons: make([]reasonJSON, len(m.Reasons))}
	for i, code := range m.Reasons {
		out.Reasons[i] = reasonJSON{Code: code, Message: s.d.I18n.T(lang, code)}
	}
	return out
}

// createdOrgJSON is a new organization with the duplicates it may have.
type createdOrgJSON struct {
	orgJSON
	PossibleDuplicates []matchJSON `json:"possible_duplicates"`
}

func (s *Server) createOrg(w http.ResponseWriter, r *http.Request) error {
	var in orgInput
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	o := in.organization()
	matches, err := s.d.Directory.OrgDuplicates(r.Context(), o)
	if err != nil {
		return err
	}
	created, err := s.d.Directory.CreateOrg(r.Context(), actor(r), o)
	if err != nil {
		return err
	}
	out := createdOrgJSON{orgJSON: newOrgJSON(created), PossibleDuplicates: []matchJSON{}}
	for _, m := range matches {
		out.PossibleDuplicates = append(out.PossibleDuplicates, s.newMatchJSON(i18n.Lang(r.Context()), m))
	}
	w.Header().Set("Location", Prefix+"/organizations/"+strconv.FormatInt(created.ID, 10))
	return writeJSON(w, http.StatusCreated, out)
}

func (s *Server) getOrg(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	o, err := s.d.Directory.Org(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newOrgJSON(o))
}

// updateOrg replaces an organization's fields. The body's version must be the
// one the client read; a newer one on the server gives 409 error.stale. The
// body may be the organization as GET showed it (see readOnlyInput).
func (s *Server) updateOrg(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var in orgUpdate
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	if err := in.checkID(id); err != nil {
		return err
	}
	if in.Version <= 0 {
		return i18n.Invalid("version", "validation.required")
	}
	o := in.organization()
	o.ID = id
	updated, err := s.d.Directory.UpdateOrg(r.Context(), actor(r), o)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newOrgJSON(updated))
}

// versionInput is the body of archive and restore.
type versionInput struct {
	Version int64 `json:"version"`
}

func (s *Server) archiveOrg(w http.ResponseWriter, r *http.Request) error {
	return s.setOrgArchived(w, r, true)
}
func (s *Server) restoreOrg(w http.ResponseWriter, r *http.Request) error {
	return s.setOrgArchived(w, r, false)
}

func (s *Server) setOrgArchived(w http.ResponseWriter, r *http.Request, archived bool) error {
	return archiveAction(w, r, func(id, version int64) (orgJSON, error) {
		o, err := s.d.Directory.SetOrgArchived(r.Context(), actor(r), id, version, archived)
		return newOrgJSON(o), err
	})
}

// archiveAction reads the {id} path value and the body's version, runs set and
// writes the record it returns: the shared body of archive and restore.
func archiveAction[T any](w http.ResponseWriter, r *http.Request, set func(id, version int64) (T, error)) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var in versionInput
	if err := decodeJSON(r, &in); err != nil {
		return err
	}
	if in.Version <= 0 {
		return i18n.Invalid("version", "validation.required")
	}
	v, err := set(id, in.Version)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, v)
}
