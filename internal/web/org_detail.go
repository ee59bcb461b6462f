package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"coalition/internal/directory"
	"coalition/internal/i18n"
)

// orgDetailPage is the data of org_detail.html.
type orgDetailPage struct {
	Org     orgView
	LogoURL string // "" without a logo
	Logo    form   // the logo upload form, with its error
	LogoMax int    // the largest logo, in MB
	People  []orgPerson
	History []orgEvent
}

// orgPerson is a person affiliated with the organization.
type orgPerson struct {
	ID             int64
	Name, Role     string
	From, To       string // YYYY-MM-DD, "" when unknown or current
	Current        bool
	PersonArchived bool
}

// orgEvent is one history entry in words: when, who, what.
type orgEvent struct {
	At     time.Time
	Who    string
	What   string   // the action, translated
	Fields []string // the changed fields' labels, translated
	Merged int64    // the organization merged into this one
}

// orgDetail shows an organization with every field, its logo, the people
// affiliated with it and its history, and the buttons to edit, archive or
// restore it and to upload a logo.
func (s *Server) orgDetail(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	page, err := s.orgDetailData(r.Context(), i18n.Lang(r.Context()), id)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "org_detail.html", page)
}

// orgDetailData gathers the detail page of organization id in lang.
func (s *Server) orgDetailData(ctx context.Context, lang string, id int64) (orgDetailPage, error) {
	o, err := s.dir.Org(ctx, id)
	if err != nil {
		return orgDetailPage{}, err
	}
	page := orgDetailPage{Org: newOrgView(lang, o), LogoMax: directory.MaxLogoBytes >> 20,
		Logo: form{Values: map[string]string{}, Errors: map[string]string{}}}
	if page.LogoURL, err = s.orgLogoURL(ctx, o); err != nil {
		return page, err
	}
	if page.People, err = s.orgPeople(ctx, id); err != nil {
		return page, err
	}
	page.History, err = s.orgHistory(ctx, lang, id)
	return page, err
}

// orgPeople lists the people affiliated with organization id.
func (s *Server) orgPeople(ctx context.Context, id int64) ([]orgPerson, error) {
	as, err := s.dir.AffiliationsOfOrg(ctx, id)
	if err != nil {
		return nil, err
	}
	today := time.Now().UTC()
	out := make([]orgPerson, 0, len(as))
	for _, a := range as {
		p, err := s.dir.Person(ctx, a.PersonID)
		if err != nil {
			return nil, err
		}
		out = append(out, orgPerson{ID: p.ID, Name: p.Name(), Role: a.Role, From: orgDay(a.From), To: orgDay(a.To),
			Current: a.Current(today), PersonArchived: p.Archived})
	}
	return out, nil
}

// orgDay writes a date as YYYY-MM-DD, or "" for the zero time.
func orgDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

// orgActionKeys are the catalog keys of the history actions.
var orgActionKeys = map[string]string{
	directory.ActionCreated: "org.history.created", directory.ActionUpdated: "org.history.updated",
	directory.ActionArchived: "org.history.archived", directory.ActionRestored: "org.history.restored",
	directory.ActionMerged: "org.history.merged", directory.ActionImported: "org.history.imported",
}

// orgFieldKeys are the catalog keys of the fields a history entry names.
var orgFieldKeys = map[string]string{
	"name": "org.field.name", "name_lang": "org.field.name_lang", "names": "org.field.names",
	"descriptions": "org.field.descriptions", "country": "org.field.country", "region": "org.field.region",
	"city": "org.field.city", "level": "org.field.level", "sector": "org.field.sector", "kind": "org.field.kind",
	"functions": "org.field.functions", "topics": "org.field.topics", "languages": "org.field.languages",
	"members": "org.field.members", "audience": "org.field.audience", "website": "org.field.website",
	"email": "org.field.email", "phone": "org.field.phone", "registry.transparency": "org.field.transparency",
	"registry.pic": "org.field.pic", "registry.national": "org.field.national", "source": "org.field.source",
}

// orgHistory tells organization id's history in lang, newest first.
func (s *Server) orgHistory(ctx context.Context, lang string, id int64) ([]orgEvent, error) {
	hs, err := s.dir.OrgHistory(ctx, id)
	if err != nil {
		return nil, err
	}
	names := map[int64]string{0: s.i18n.T(lang, "org.history.system")}
	out := make([]orgEvent, 0, len(hs))
	for i := len(hs) - 1; i >= 0; i-- {
		h := hs[i]
		e := orgEvent{At: h.At, Who: s.orgUserName(ctx, names, h.UserID), What: h.Action}
		if key, ok := orgActionKeys[h.Action]; ok {
			e.What = s.i18n.T(lang, key)
		}
		var detail struct {
			Fields []string `json:"fields"`
			Merged int64    `json:"merged"`
		}
		_ = json.Unmarshal([]byte(h.Detail), &detail) // a detail of another shape names nothing
		e.Merged = detail.Merged
		if h.Action == directory.ActionUpdated {
			e.Fields = s.orgFieldLabels(lang, detail.Fields)
		}
		out = append(out, e)
	}
	return out, nil
}

// orgFieldLabels translates field names; unknown ones stay as they are.
func (s *Server) orgFieldLabels(lang string, fields []string) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f
		if key, ok := orgFieldKeys[f]; ok {
			out[i] = s.i18n.T(lang, key)
		}
	}
	return out
}

// orgUserName names a user for the history, caching names by id; a user that
// cannot be found shows as #id.
func (s *Server) orgUserName(ctx context.Context, names map[int64]string, id int64) string {
	if n, ok := names[id]; ok {
		return n
	}
	n := fmt.Sprintf("#%d", id)
	if u, err := s.accounts.User(ctx, id); err == nil {
		n = defaultTo(u.Name, u.Email)
	}
	names[id] = n
	return n
}
