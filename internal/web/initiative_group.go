package web

import (
	"net/http"
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// groupPage is the data of initiative_group.html: the group of organisers of
// an ECI with its check, and the form that adds a member or, when Editing,
// changes one.
type groupPage struct {
	In          initiativeView
	Manage      bool // the user may change the group
	Check       groupCheckView
	Members     []organizerRow
	Form        form
	Editing     int64  // the member the form changes, 0 for the add form
	EditName    string // their stored name
	Stale       bool   // they changed since the edit form was loaded
	Residence   countrySelect
	Nationality countrySelect
	Roles       []orgOption
}

// countrySelect is a select of every country, member states first.
type countrySelect struct {
	Name, Label, Hint, Error string
	Groups                   orgCountryGroups
}

// organizerRow is one member of the group, labelled in the UI language, with
// whether they count towards the minimum and why not.
type organizerRow struct {
	ID                     int64
	Version                int64
	Name, Email            string
	Residence, Nationality string
	BirthDate              string
	AgeConfirmed, MEP      bool
	Role                   string
	Counts                 bool
	Notes                  []string
}

// groupShow shows the group of organisers of an ECI with its check and,
// for organizers, the form that adds a member. Other kinds of initiative get
// a short explanation.
func (s *Server) groupShow(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	f := readForm(r)
	f.Values["role"] = "member"
	page, err := s.groupData(r, id, f)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "initiative_group.html", page)
}

// groupData gathers the group page of initiative id with f as the state of
// its form.
func (s *Server) groupData(r *http.Request, id int64, f form) (groupPage, error) {
	ctx, lang, actor := r.Context(), i18n.Lang(r.Context()), initiativeActor(r)
	in, a, err := s.inits.Get(ctx, actor, id)
	if err != nil {
		return groupPage{}, err
	}
	today := time.Now().UTC()
	page := groupPage{In: s.newInitiativeView(lang, in, today), Manage: a.CanManage(), Form: f,
		Residence:   s.countrySelect(lang, f, "residence", "initiative.organizer.residence", "initiative.organizer.residence_hint"),
		Nationality: s.countrySelect(lang, f, "nationality", "initiative.organizer.nationality", "initiative.organizer.nationality_hint"),
		Roles:       s.organizerRoleOptions(lang, f.Values["role"])}
	if in.Kind != initiative.KindECI {
		return page, nil
	}
	os, check, err := s.inits.Group(ctx, actor, id)
	if err != nil {
		return groupPage{}, err
	}
	page.Check = s.newGroupCheckView(lang, check, checkDay(in, today), !in.RegisteredOn.IsZero())
	for i, o := range os {
		page.Members = append(page.Members, s.newOrganizerRow(lang, o, check.Members[i].Counts, check.Members[i].Notes))
	}
	return page, nil
}

// countrySelect lays out the country select name of form f in lang, with the
// catalog keys of its label and hint.
func (s *Server) countrySelect(lang string, f form, name, label, hint string) countrySelect {
	return countrySelect{Name: name, Label: s.i18n.T(lang, label), Hint: s.i18n.T(lang, hint),
		Error: f.Errors[name], Groups: orgCountryOptions(lang, isoCode(f.Values[name]))}
}

// checkDay is the day the group is checked on: the registration date, or
// today before the initiative is registered.
func checkDay(in initiative.Initiative, today time.Time) time.Time {
	if in.RegisteredOn.IsZero() {
		return today
	}
	return in.RegisteredOn
}

// groupPath is the address of an initiative's group of organisers.
func groupPath(id int64) string { return initiativePath(id) + "/organizers" }
