package web

import (
	"fmt"
	"net/http"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// orgFormPage is the data of org_form.html: the form for a new organization
// (ID 0) or for editing one.
type orgFormPage struct {
	Form       form
	ID         int64
	Action     string // where the form posts
	Title      string // the stored name, in the heading of an edit
	NameLangs  []orgOption
	Names      []orgTextRow
	Descs      []orgTextRow
	Countries  orgCountryGroups
	Regions    []orgOption         // suggestions for the region field: the chosen country's NUTS regions
	Groups     map[string]orgGroup // the selects and checkbox groups by input name
	Duplicates []orgMatch          // possible duplicates found on create
	Stale      bool                // the organization changed since the form was loaded
}

// orgGroup is a select or a group of checkboxes of the form.
type orgGroup struct {
	Name, Label, Error string
	Options            []orgOption
}

// orgTextRow is one name or description row of the form.
type orgTextRow struct {
	Field     string // names or descriptions
	Index     int
	Label     string
	Multiline bool
	Value     string
	Langs     []orgOption
}

// orgMatch is a possible duplicate of the organization being created.
type orgMatch struct {
	ID      int64
	Name    string
	Place   string // city and country
	Likely  bool   // the score reaches directory.ScoreStrong
	Reasons []string
}

// orgMinRows is how many name and description rows the form shows at least;
// it always shows one empty row more than there are texts.
const orgMinRows = 2

// newOrgFormPage lays out the form in the request's language with the values
// of f and the multi-valued fields and texts of o.
func (s *Server) newOrgFormPage(r *http.Request, f form, o directory.Organization) orgFormPage {
	lang := i18n.Lang(r.Context())
	v := f.Values
	group := func(name, vocabName string, selected ...string) orgGroup {
		return orgGroup{Name: name, Label: s.i18n.T(lang, orgFieldKeys[name]), Error: f.Errors[name],
			Options: orgTermOptions(vocabName, lang, selected...)}
	}
	langs := orgGroup{Name: "languages", Label: s.i18n.T(lang, orgFieldKeys["languages"]),
		Error: f.Errors["languages"], Options: orgLanguageOptions(lang, o.Languages...)}
	return orgFormPage{
		Form: f, Action: "/organizations",
		NameLangs: orgLanguageOptions(lang, v["name_lang"]),
		Names:     orgRows(o.Names, "names", false, func(n int) string { return s.i18n.T(lang, "org.form.other_name", "n", n) }, lang),
		Descs:     orgRows(o.Descriptions, "descriptions", true, func(n int) string { return s.i18n.T(lang, "org.form.description", "n", n) }, lang),
		Countries: orgCountryOptions(lang, v["country"]),
		Regions:   orgRegionOptions(v["country"]),
		Groups: map[string]orgGroup{
			"level": group("level", vocab.Level, v["level"]), "sector": group("sector", vocab.Sector, v["sector"]),
			"kind": group("kind", vocab.OrgKind, v["kind"]), "functions": group("functions", vocab.Function, o.Functions...),
			"topics": group("topics", vocab.Topic, o.Topics...), "languages": langs,
		},
	}
}

// forEdit makes the page the edit form of organization id.
func (p orgFormPage) forEdit(id int64, title string) orgFormPage {
	p.ID, p.Title, p.Action = id, title, fmt.Sprintf("/organizations/%d", id)
	return p
}

// orgRows returns the rows of texts ts, followed by empty rows, labelled
// with label(row number).
func orgRows(ts []directory.Text, field string, multiline bool, label func(int) string, lang string) []orgTextRow {
	n := max(orgMinRows, min(len(ts)+1, orgMaxRows))
	rows := make([]orgTextRow, n)
	for i := range rows {
		var t directory.Text
		if i < len(ts) {
			t = ts[i]
		}
		rows[i] = orgTextRow{Field: field, Index: i, Label: label(i + 1), Multiline: multiline, Value: t.Value,
			Langs: orgLanguageOptions(lang, t.Lang)}
	}
	return rows
}

// orgNew shows the empty form for a new organization. A country in the query
// (?country=LV) is chosen already; the form's country select asks for this
// page with htmx to refresh the region suggestions.
func (s *Server) orgNew(w http.ResponseWriter, r *http.Request) error {
	f := form{Values: map[string]string{"country": r.URL.Query().Get("country")}, Errors: map[string]string{}}
	return s.render(w, r, http.StatusOK, "org_form.html", s.newOrgFormPage(r, f, directory.Organization{}))
}

// orgEdit shows the form for a stored organization, carrying its version.
// An organization merged into another is read-only: its page, which links
// to the other one, opens instead.
func (s *Server) orgEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	o, err := s.dir.Org(r.Context(), id)
	if err != nil {
		return err
	}
	if o.MergedInto != 0 {
		http.Redirect(w, r, fmt.Sprintf("/organizations/%d", id), http.StatusSeeOther)
		return nil
	}
	f := form{Values: orgValues(o), Errors: map[string]string{}}
	return s.render(w, r, http.StatusOK, "org_form.html", s.newOrgFormPage(r, f, o).forEdit(o.ID, o.Name))
}
