package web

import (
	"fmt"
	"net/http"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// personFormFields are the inputs of the person form, in form order.
var personFormFields = []string{
	"given_name", "family_name", "kind", "country", "languages", "email", "phone", "website",
	"social", "political_group", "party", "external_id", "source",
	"consent_basis", "consent_date", "consent_source", "consent_note",
}

// personFormPage is the data of person_form.html, for a new person (ID 0) or
// an edit.
type personFormPage struct {
	Form       form
	ID         int64
	Version    int64
	Name       string // the stored name, in the heading of an edit
	Kinds      []personChoice
	Bases      []personChoice
	Countries  []personChoice
	Duplicates []personMatch // possible duplicates found on create
}

// personMatch is a possible duplicate of a person, for a warning or a list.
type personMatch struct {
	ID      int64
	Name    string
	Country string
	Score   int      // percent
	Reasons []string // translated
}

// newPersonFormPage fills the choices of the form in the request's language.
func (s *Server) newPersonFormPage(r *http.Request, f form) personFormPage {
	lang := i18n.Lang(r.Context())
	return personFormPage{Form: f, Kinds: personVocabChoices(vocab.PersonKind, lang),
		Bases: s.basisChoices(lang), Countries: personCountryChoices(lang)}
}

// personFromForm builds a person from the form's values. Only the consent
// date can fail here; the service checks the rest.
func personFromForm(f form) (directory.Person, error) {
	v := f.Values
	p := directory.Person{
		GivenName: v["given_name"], FamilyName: v["family_name"], Kind: v["kind"],
		Country: strings.ToUpper(v["country"]), Languages: splitCodes(v["languages"]),
		Email: v["email"], Phone: v["phone"], Website: v["website"], Social: v["social"],
		PoliticalGroup: v["political_group"], Party: v["party"], ExternalID: v["external_id"],
		Source: v["source"],
	}
	date, err := personDay("consent.date", v["consent_date"])
	if err != nil {
		return p, err
	}
	c := directory.Consent{Basis: v["consent_basis"], Date: date, Source: v["consent_source"], Note: v["consent_note"]}
	if c != (directory.Consent{}) {
		p.Consent = &c
	}
	return p, nil
}

// personValues is the inverse of personFromForm, for the edit form.
func personValues(p directory.Person) map[string]string {
	v := map[string]string{
		"given_name": p.GivenName, "family_name": p.FamilyName, "kind": p.Kind, "country": p.Country,
		"languages": strings.Join(p.Languages, ", "), "email": p.Email, "phone": p.Phone,
		"website": p.Website, "social": p.Social, "political_group": p.PoliticalGroup,
		"party": p.Party, "external_id": p.ExternalID, "source": p.Source,
	}
	if c := p.Consent; c != nil {
		v["consent_basis"], v["consent_date"] = c.Basis, personDayText(c.Date)
		v["consent_source"], v["consent_note"] = c.Source, c.Note
	}
	return v
}

// splitCodes splits a list of codes typed with commas, semicolons or spaces.
func splitCodes(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' })
}

// personNew shows the empty form for a new person.
func (s *Server) personNew(w http.ResponseWriter, r *http.Request) error {
	page := s.newPersonFormPage(r, readForm(r))
	return s.render(w, r, http.StatusOK, "person_form.html", page)
}

// personEdit shows the form for a stored person, carrying its version. A
// person merged into another is read-only: their page opens instead.
func (s *Server) personEdit(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	p, err := s.dir.Person(r.Context(), id)
	if err != nil {
		return err
	}
	if p.MergedInto != 0 {
		http.Redirect(w, r, fmt.Sprintf("/people/%d", id), http.StatusSeeOther)
		return nil
	}
	page := s.newPersonFormPage(r, form{Values: personValues(p), Errors: map[string]string{}})
	page.ID, page.Version, page.Name = p.ID, p.Version, p.Name()
	return s.render(w, r, http.StatusOK, "person_form.html", page)
}
