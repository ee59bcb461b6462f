package web

import (
	"net/http"
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// initiativeShowPage is the data of initiative_show.html.
type initiativeShowPage struct {
	In      initiativeView
	Manage  bool   // the user may change the settings and the team
	MyRole  string // the user's role, labelled
	Team    []teamRow
	Add     form // the form that adds a member, with its problems
	Roles   []orgOption
	States  []orgOption // the member states a new country coordinator works on
	Refused string      // why a change of the team was refused, translated
}

// teamRow is one member of the team, with the options of the form that
// changes their role.
type teamRow struct {
	UserID            int64
	Name, Email, Role string
	Countries         []string // named and sorted in the UI language
	Roles             []orgOption
	States            []orgOption
}

// initiativeShow shows an initiative: what it is, its dates, the thresholds
// its registration date selects, and its team, with the forms that change
// the team for those who may. Someone not on the team gets the 404 page.
func (s *Server) initiativeShow(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	add := readForm(r)
	add.Values["role"] = string(initiative.RoleViewer)
	page, err := s.initiativeShowData(r, id, add)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "initiative_show.html", page)
}

// initiativeShowData gathers the overview of initiative id, with add as the
// state of the form that adds a member.
func (s *Server) initiativeShowData(r *http.Request, id int64, add form) (initiativeShowPage, error) {
	ctx, lang, actor := r.Context(), i18n.Lang(r.Context()), initiativeActor(r)
	in, a, err := s.inits.Get(ctx, actor, id)
	if err != nil {
		return initiativeShowPage{}, err
	}
	ms, err := s.inits.Team(ctx, actor, id)
	if err != nil {
		return initiativeShowPage{}, err
	}
	page := initiativeShowPage{In: s.newInitiativeView(lang, in, time.Now().UTC()), Manage: a.CanManage(),
		MyRole: s.roleLabel(lang, a), Add: add, Roles: s.teamRoleOptions(lang, add.Values["role"]),
		States: memberStateOptions(lang, r.PostForm["countries"])}
	for _, m := range ms {
		page.Team = append(page.Team, s.newTeamRow(lang, m, page.Manage))
	}
	return page, nil
}

// newTeamRow labels a member in lang, with the options of the change form
// when the user may manage the team.
func (s *Server) newTeamRow(lang string, m initiative.Member, manage bool) teamRow {
	row := teamRow{UserID: m.UserID, Name: defaultTo(m.Name, m.Email), Email: m.Email,
		Role: s.roleLabel(lang, initiative.Access{Role: m.Role})}
	states := memberStateOptions(lang, m.Countries)
	for _, o := range states {
		if o.Selected {
			row.Countries = append(row.Countries, o.Label)
		}
	}
	if manage {
		row.Roles, row.States = s.teamRoleOptions(lang, string(m.Role)), states
	}
	return row
}
