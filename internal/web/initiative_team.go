package web

import (
	"errors"
	"net/http"

	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// teamAdd puts the user with the e-mail address given on the team with the
// role (and, for a country coordinator, the member states) chosen, or
// changes the role of one already on it. Problems show beside the add
// form's inputs on the overview.
func (s *Server) teamAdd(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.mayManage(r, id); err != nil {
		return err
	}
	f := readForm(r, "email", "role")
	m := initiative.Member{InitiativeID: id, Role: initiative.Role(f.Values["role"]), Countries: r.PostForm["countries"]}
	m.UserID, err = s.userByEmail(r, f.Values["email"])
	if err == nil {
		err = s.inits.SetMember(r.Context(), initiativeActor(r), m)
	}
	if err != nil {
		return s.teamAddError(w, r, id, f, err)
	}
	s.redirectFlash(w, r, initiativePath(id)+"#team", "initiative.team.added")
	return nil
}

// userByEmail returns the id of the user with the address email, or a
// problem on the email input.
func (s *Server) userByEmail(r *http.Request, email string) (int64, error) {
	if email == "" {
		return 0, i18n.Invalid("email", "validation.required")
	}
	u, err := s.accounts.UserByEmail(r.Context(), email)
	if errors.Is(err, errs.ErrNotFound) {
		return 0, i18n.Invalid("email", "initiative.team.unknown_user", "email", email)
	}
	return u.ID, err
}

// teamAddError shows the overview again with the add form's problems.
func (s *Server) teamAddError(w http.ResponseWriter, r *http.Request, id int64, f form, err error) error {
	code, ok := s.failProblems(r, &f, err)
	if !ok {
		return err
	}
	page, perr := s.initiativeShowData(r, id, f)
	if perr != nil {
		return perr
	}
	return s.render(w, r, code, "initiative_show.html", page)
}

// teamChange sets the role (and member states) of a team member.
func (s *Server) teamChange(w http.ResponseWriter, r *http.Request) error {
	id, userID, err := teamPath(r)
	if err != nil {
		return err
	}
	m := initiative.Member{InitiativeID: id, UserID: userID, Role: initiative.Role(r.PostFormValue("role")),
		Countries: r.PostForm["countries"]}
	err = s.inits.SetMember(r.Context(), initiativeActor(r), m)
	return s.teamDone(w, r, id, userID, "initiative.team.changed", err)
}

// teamRemove takes a member off the team; the last organizer stays.
func (s *Server) teamRemove(w http.ResponseWriter, r *http.Request) error {
	id, userID, err := teamPath(r)
	if err != nil {
		return err
	}
	err = s.inits.RemoveMember(r.Context(), initiativeActor(r), id, userID)
	return s.teamDone(w, r, id, userID, "initiative.team.removed", err)
}

// teamDone answers a change of member userID: back to the team with the
// flash done, or to the list when users took themselves off the team. A
// refused change shows the overview with the translated reason above the
// team; errors that are not the user's to fix are returned.
func (s *Server) teamDone(w http.ResponseWriter, r *http.Request, id, userID int64, done string, err error) error {
	if err == nil {
		target := initiativePath(id) + "#team"
		if a, aerr := s.inits.Access(r.Context(), initiativeActor(r), id); aerr != nil || !a.CanView() {
			target = "/initiatives"
		}
		s.redirectFlash(w, r, target, done)
		return nil
	}
	var le *i18n.LocalizedError
	code := httpx.Status(err)
	if code >= 500 || !errors.As(err, &le) {
		return err
	}
	page, perr := s.initiativeShowData(r, id, readForm(r))
	if perr != nil {
		return perr
	}
	page.Refused = s.i18n.T(i18n.Lang(r.Context()), le.Key, le.Args...)
	return s.render(w, r, code, "initiative_show.html", page)
}

// teamPath reads the {id} and {user} path values.
func teamPath(r *http.Request) (id, userID int64, err error) {
	if id, err = pathID(r, "id"); err != nil {
		return 0, 0, err
	}
	userID, err = pathID(r, "user")
	return id, userID, err
}
