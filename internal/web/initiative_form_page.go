package web

import (
	"net/http"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
)

// initiativeFormPage is the data of initiative_form.html: the form for a new
// initiative (ID 0) or the settings of one.
type initiativeFormPage struct {
	Form     form
	ID       int64
	Title    string // the stored title, in the heading of an edit
	Action   string
	Kind     orgGroup // the kind select
	Status   orgGroup // the status select
	Titles   []orgTextRow
	Descs    []orgTextRow
	Stale    bool   // the initiative changed since the form was loaded
	ECIStart string // the earliest registration date
	Today    string // the latest registration date
}

// newInitiativeFormPage lays out the form in the request's language with the
// values of f and the texts of in.
func (s *Server) newInitiativeFormPage(r *http.Request, f form, in initiative.Initiative) initiativeFormPage {
	lang := i18n.Lang(r.Context())
	label := func(key string) func(int) string {
		return func(n int) string { return s.i18n.T(lang, key, "n", n) }
	}
	first := []directory.Text{{Lang: lang}} // the first row is in the UI language until texts are typed
	if len(in.Titles) == 0 {
		in.Titles = first
	}
	if len(in.Descriptions) == 0 {
		in.Descriptions = first
	}
	return initiativeFormPage{Form: f, Action: "/initiatives",
		Kind: orgGroup{Name: "kind", Label: s.i18n.T(lang, "initiative.field.kind"), Error: f.Errors["kind"],
			Options: s.kindOptions(lang, f.Values["kind"])},
		Status: orgGroup{Name: "status", Label: s.i18n.T(lang, "initiative.field.status"), Error: f.Errors["status"],
			Options: s.statusOptions(lang, f.Values["status"])},
		Titles:   orgRows(in.Titles, "titles", false, label("initiative.form.title_row"), lang),
		Descs:    orgRows(in.Descriptions, "descriptions", true, label("initiative.form.description_row"), lang),
		ECIStart: eci.Start, Today: time.Now().UTC().Format(time.DateOnly)}
}

// forEdit makes the page the settings form of initiative id.
func (p initiativeFormPage) forEdit(id int64, title string) initiativeFormPage {
	p.ID, p.Title, p.Action = id, title, initiativePath(id)
	return p
}

// initiativeNew shows the empty form for a new initiative: an ECI in
// preparation unless the query names another kind (?kind=campaign).
func (s *Server) initiativeNew(w http.ResponseWriter, r *http.Request) error {
	kind := r.URL.Query().Get("kind")
	if kind == "" {
		kind = string(initiative.KindECI)
	}
	f := form{Values: map[string]string{"kind": kind, "status": string(initiative.StatusPreparing)}, Errors: map[string]string{}}
	return s.render(w, r, http.StatusOK, "initiative_form.html", s.newInitiativeFormPage(r, f, initiative.Initiative{}))
}

// initiativeEdit shows the settings of an initiative, carrying its version;
// only those who may manage it see the form.
func (s *Server) initiativeEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	in, a, err := s.inits.Get(r.Context(), initiativeActor(r), id)
	if err != nil {
		return err
	}
	if !a.CanManage() {
		return errs.ErrForbidden
	}
	f := form{Values: initiativeValues(in), Errors: map[string]string{}}
	page := s.newInitiativeFormPage(r, f, in).forEdit(id, in.Title(i18n.Lang(r.Context())))
	return s.render(w, r, http.StatusOK, "initiative_form.html", page)
}
