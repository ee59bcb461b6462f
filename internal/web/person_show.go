package web

import (
	"context"
	"net/http"
	"time"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// personPage is the data of person_show.html.
type personPage struct {
	Person       directory.Person
	Kind         string // labels in the page's language
	Country      string
	Basis        string
	ConsentDate  string
	Affiliations []affiliationRow
	History      []historyRow
	Duplicates   []personMatch
	AffForm      form // the form that adds an affiliation
}

// affiliationRow is one affiliation of the person, with the organization's name.
type affiliationRow struct {
	ID, OrgID      int64
	OrgName, Role  string
	From, To       string
	Current        bool
	OrgUnavailable bool // the organization could not be read
}

// personShow shows a person: details, consent record, affiliations with the
// form to add one, possible duplicates and the history.
func (s *Server) personShow(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	page, err := s.personPage(r.Context(), i18n.Lang(r.Context()), id, readForm(r))
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "person_show.html", page)
}

// personPage gathers what the person page shows; affForm is the state of the
// affiliation form.
func (s *Server) personPage(ctx context.Context, lang string, id int64, affForm form) (personPage, error) {
	p, err := s.dir.Person(ctx, id)
	if err != nil {
		return personPage{}, err
	}
	page := personPage{Person: p, Kind: termLabel(vocab.PersonKind, p.Kind, lang),
		Country: countryName(lang, p.Country), AffForm: affForm}
	if p.Consent != nil {
		page.Basis, page.ConsentDate = s.basisLabel(lang, p.Consent.Basis), personDayText(p.Consent.Date)
	}
	if page.Affiliations, err = s.affiliationRows(ctx, id); err != nil {
		return personPage{}, err
	}
	if !p.Archived {
		if page.Duplicates, err = s.personMatches(ctx, lang, p); err != nil {
			return personPage{}, err
		}
	}
	hs, err := s.dir.PersonHistory(ctx, id)
	if err != nil {
		return personPage{}, err
	}
	page.History = s.historyRows(lang, hs)
	return page, nil
}

// affiliationRows lists a person's affiliations with their organizations' names.
func (s *Server) affiliationRows(ctx context.Context, personID int64) ([]affiliationRow, error) {
	as, err := s.dir.AffiliationsOfPerson(ctx, personID)
	if err != nil {
		return nil, err
	}
	today := time.Now().UTC()
	rows := make([]affiliationRow, 0, len(as))
	for _, a := range as {
		row := affiliationRow{ID: a.ID, OrgID: a.OrgID, Role: a.Role, From: personDayText(a.From),
			To: personDayText(a.To), Current: a.Current(today)}
		if o, err := s.dir.Org(ctx, a.OrgID); err == nil {
			row.OrgName = o.Name
		} else {
			row.OrgUnavailable = true
		}
		rows = append(rows, row)
	}
	return rows, nil
}
