package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// personMergeForm shows two people side by side (?keep=A&drop=B), as
// orgMergeForm does for organizations.
func (s *Server) personMergeForm(w http.ResponseWriter, r *http.Request) error {
	keep, drop, err := mergeIDs(r.URL.Query().Get("keep"), r.URL.Query().Get("drop"))
	if err != nil {
		return err
	}
	page, err := s.personMergePage(r.Context(), i18n.Lang(r.Context()), keep, drop)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "merge_form.html", page)
}

// personMerge merges the person drop into keep and opens the kept person.
func (s *Server) personMerge(w http.ResponseWriter, r *http.Request) error {
	f := readForm(r, "keep", "drop", "keep_version")
	keep, drop, err := mergeIDs(f.Values["keep"], f.Values["drop"])
	if err != nil {
		return err // the same record twice: no screen to show again
	}
	_, err = s.dir.MergePeople(r.Context(), directoryActor(r), keep, drop, formInt64(f.Values["keep_version"]))
	if err != nil {
		return s.mergeFailed(w, r, f, err, func(lang string) (mergePage, error) {
			return s.personMergePage(r.Context(), lang, keep, drop)
		})
	}
	s.redirectFlash(w, r, fmt.Sprintf("/people/%d", keep), "merge.done")
	return nil
}

// personMergePage compares the people keep and drop.
func (s *Server) personMergePage(ctx context.Context, lang string, keepID, dropID int64) (mergePage, error) {
	keep, err := s.dir.Person(ctx, keepID)
	if err != nil {
		return mergePage{}, err
	}
	drop, err := s.dir.Person(ctx, dropID)
	if err != nil {
		return mergePage{}, err
	}
	ka, err := s.dir.AffiliationsOfPerson(ctx, keepID)
	if err != nil {
		return mergePage{}, err
	}
	da, err := s.dir.AffiliationsOfPerson(ctx, dropID)
	if err != nil {
		return mergePage{}, err
	}
	page := mergePage{
		People:  true,
		Keep:    mergeSide{ID: keep.ID, Name: keep.Name(), URL: fmt.Sprintf("/people/%d", keep.ID), Version: keep.Version},
		Drop:    mergeSide{ID: drop.ID, Name: drop.Name(), URL: fmt.Sprintf("/people/%d", drop.ID), Version: drop.Version},
		Blocked: keep.Archived || drop.Archived || keep.MergedInto != 0 || drop.MergedInto != 0,
	}
	page.Rows = s.personMergeRows(lang, keep, drop, directory.CombinePeople(keep, drop))
	page.Rows = append(page.Rows, mergeCountRow(s.i18n.T(lang, "merge.field.affiliations"), len(ka), len(da)))
	page.mergeURLs("/people/merge")
	return page, nil
}

// personMergeRows compares the fields of two people and their combination.
func (s *Server) personMergeRows(lang string, keep, drop, out directory.Person) []mergeRow {
	t := func(key string) string { return s.i18n.T(lang, key) }
	row := func(label string, f func(p directory.Person) string) mergeRow {
		return newMergeRow(label, f(keep), f(drop), f(out))
	}
	return mergeRows(
		row(t("person.given_name"), func(p directory.Person) string { return p.GivenName }),
		row(t("person.family_name"), func(p directory.Person) string { return p.FamilyName }),
		row(mergeVocabName(vocab.PersonKind, lang), func(p directory.Person) string {
			return termLabel(vocab.PersonKind, p.Kind, lang)
		}),
		row(t("person.country"), func(p directory.Person) string { return countryName(lang, p.Country) }),
		row(t("person.languages"), func(p directory.Person) string { return strings.Join(p.Languages, ", ") }),
		row(t("person.email"), func(p directory.Person) string { return p.Email }),
		row(t("person.phone"), func(p directory.Person) string { return p.Phone }),
		row(t("person.website"), func(p directory.Person) string { return p.Website }),
		row(t("person.social"), func(p directory.Person) string { return p.Social }),
		row(t("person.political_group"), func(p directory.Person) string { return p.PoliticalGroup }),
		row(t("person.party"), func(p directory.Person) string { return p.Party }),
		row(t("person.external_id"), func(p directory.Person) string { return p.ExternalID }),
		row(t("person.consent"), func(p directory.Person) string { return s.consentSummary(lang, p.Consent) }),
		row(t("person.source"), func(p directory.Person) string { return p.Source }),
	)
}

// consentSummary writes a consent record on one line: basis, date, source.
func (s *Server) consentSummary(lang string, c *directory.Consent) string {
	if c == nil {
		return ""
	}
	return s.basisLabel(lang, c.Basis) + ", " + personDayText(c.Date) + ", " + c.Source
}
