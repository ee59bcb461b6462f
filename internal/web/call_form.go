package web

import (
	"net/http"
	"slices"
	"strconv"
	"time"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// callFields are the single inputs of the call form; their names are the
// service's field names, so problems land beside them. "lang" is the
// language of the title and text typed; "action" closes or reopens a call.
var callFields = []string{"lang", "titles", "texts", "deadline", "responsible", "open", "version", "action"}

// callFromForm reads the posted call form over cur (the stored call, or a
// new one of its initiative): the title and text replace those in the
// chosen language, the other translations stay. A deadline that is no date
// is a problem beside its input. Without a responsible team member the
// stored one stays.
func callFromForm(r *http.Request, cur initiative.Call) (form, initiative.Call, error) {
	f := readForm(r, callFields...)
	v, c := f.Values, cur
	c.Titles = withText(cur.Titles, v["lang"], v["titles"])
	c.Texts = withText(cur.Texts, v["lang"], v["texts"])
	c.Roles, c.Countries = r.PostForm["roles"], r.PostForm["countries"]
	c.Topics, c.Languages = r.PostForm["topics"], r.PostForm["languages"]
	c.Version = formInt64(v["version"])
	if v["responsible"] != "" {
		c.Responsible = formInt64(v["responsible"])
	}
	c.Open = v["open"] == "1" || cur.ID == 0
	switch v["action"] {
	case "close":
		c.Open = false
	case "reopen":
		c.Open = true
	}
	var err error
	c.Deadline, err = personDay("deadline", v["deadline"])
	return f, c, err
}

// withText returns ts with the text in lang set to value: replaced in
// place, or added at the end.
func withText(ts []directory.Text, lang, value string) []directory.Text {
	out := slices.Clone(ts)
	for i := range out {
		if out[i].Lang == lang {
			out[i].Value = value
			return out
		}
	}
	return append(out, directory.Text{Lang: lang, Value: value})
}

// callValues are the form values of call c with its title and text in
// lang (else its main ones, in their language).
func callValues(lang string, c initiative.Call) map[string]string {
	title, text := textIn(lang, c.Titles), textIn(lang, c.Texts)
	v := map[string]string{"lang": defaultTo(title.Lang, lang), "titles": title.Value, "deadline": personDayText(c.Deadline),
		"version": strconv.FormatInt(c.Version, 10)}
	if text.Lang == v["lang"] {
		v["texts"] = text.Value
	}
	if c.Responsible != 0 {
		v["responsible"] = strconv.FormatInt(c.Responsible, 10)
	}
	if c.Open {
		v["open"] = "1"
	}
	return v
}

// callFormPage is the data of call_form.html: the form that publishes a
// call (ID 0) or edits one.
type callFormPage struct {
	In        initiativeView
	Form      form
	ID        int64
	Action    string
	Open      bool
	Manage    bool
	Public    string // the call's page on the board, on an edit
	Langs     []orgOption
	Roles     []orgOption
	States    []orgOption
	Topics    []orgOption
	Languages []orgOption
	Team      []orgOption
	Stale     bool
}

// callPicked are the codes ticked or chosen on the form.
type callPicked struct{ Roles, Countries, Topics, Languages []string }

// pickedOf returns the codes of c.
func pickedOf(c initiative.Call) callPicked {
	return callPicked{Roles: c.Roles, Countries: c.Countries, Topics: c.Topics, Languages: c.Languages}
}

// newCallFormPage lays out the call form of initiative in with the values
// of f and the codes picked.
func (s *Server) newCallFormPage(r *http.Request, in initiative.Initiative, f form, p callPicked) (callFormPage, error) {
	lang := i18n.Lang(r.Context())
	page := callFormPage{In: s.newInitiativeView(lang, in, time.Now().UTC()), Form: f, Action: callsPath(in.ID) + "/new",
		Langs: euLanguageOptions(lang, f.Values["lang"]), Roles: orgTermOptions(vocab.PartnerRole, lang, p.Roles...),
		States: memberStateOptions(lang, p.Countries), Topics: orgTermOptions(vocab.Topic, lang, p.Topics...),
		Languages: euLanguageOptions(lang, p.Languages...)}
	ms, err := s.inits.Team(r.Context(), initiativeActor(r), in.ID)
	for _, m := range ms {
		id := strconv.FormatInt(m.UserID, 10)
		page.Team = append(page.Team, orgOption{Value: id, Label: defaultTo(m.Name, m.Email), Selected: id == f.Values["responsible"]})
	}
	return page, err
}
