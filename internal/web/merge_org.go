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

// orgMergeForm shows two organizations side by side (?keep=A&drop=B) with
// the record merging them would make, a link that swaps them and the form
// that merges.
func (s *Server) orgMergeForm(w http.ResponseWriter, r *http.Request) error {
	keep, drop, err := mergeIDs(r.URL.Query().Get("keep"), r.URL.Query().Get("drop"))
	if err != nil {
		return err
	}
	page, err := s.orgMergePage(r.Context(), i18n.Lang(r.Context()), keep, drop)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "merge_form.html", page)
}

// orgMerge merges drop into keep if keep is still at the version shown,
// forgets the pairs of drop in the duplicate list and opens the kept
// organization. A failure (a stale version, an archived record) shows the
// merge screen again, with fresh data and the translated reason; the same
// record twice has no screen and answers as orgMergeForm does (422).
func (s *Server) orgMerge(w http.ResponseWriter, r *http.Request) error {
	f := readForm(r, "keep", "drop", "keep_version")
	keep, drop, err := mergeIDs(f.Values["keep"], f.Values["drop"])
	if err != nil {
		return err // the same record twice: no screen to show again
	}
	_, err = s.dir.MergeOrgs(r.Context(), directoryActor(r), keep, drop, formInt64(f.Values["keep_version"]))
	if err != nil {
		return s.mergeFailed(w, r, f, err, func(lang string) (mergePage, error) {
			return s.orgMergePage(r.Context(), lang, keep, drop)
		})
	}
	if err := s.jobs.ForgetDuplicates(r.Context(), drop); err != nil {
		// The merge is done; the list marks the pair as gone until the next scan.
		s.logger.WarnContext(r.Context(), "forget merged duplicate pairs", "org", drop, "error", err)
	}
	s.redirectFlash(w, r, fmt.Sprintf("/organizations/%d", keep), "merge.done")
	return nil
}

// mergeFailed shows a merge screen (made by page) with the reason a merge
// failed, or returns err when it is not the user's to fix.
func (s *Server) mergeFailed(w http.ResponseWriter, r *http.Request, f form, err error, page func(string) (mergePage, error)) error {
	code, ok := s.fail(r, &f, err)
	if !ok {
		return err
	}
	p, perr := page(i18n.Lang(r.Context()))
	if perr != nil {
		return perr
	}
	p.Error = f.Message
	return s.render(w, r, code, "merge_form.html", p)
}

// orgMergePage compares the organizations keep and drop.
func (s *Server) orgMergePage(ctx context.Context, lang string, keepID, dropID int64) (mergePage, error) {
	keep, err := s.dir.Org(ctx, keepID)
	if err != nil {
		return mergePage{}, err
	}
	drop, err := s.dir.Org(ctx, dropID)
	if err != nil {
		return mergePage{}, err
	}
	ka, err := s.dir.AffiliationsOfOrg(ctx, keepID)
	if err != nil {
		return mergePage{}, err
	}
	da, err := s.dir.AffiliationsOfOrg(ctx, dropID)
	if err != nil {
		return mergePage{}, err
	}
	page := mergePage{
		Keep:    mergeSide{ID: keep.ID, Name: keep.Name, URL: fmt.Sprintf("/organizations/%d", keep.ID), Version: keep.Version},
		Drop:    mergeSide{ID: drop.ID, Name: drop.Name, URL: fmt.Sprintf("/organizations/%d", drop.ID), Version: drop.Version},
		Blocked: keep.Archived || drop.Archived || keep.MergedInto != 0 || drop.MergedInto != 0,
	}
	page.Rows = s.orgMergeRows(lang, keep, drop, directory.CombineOrgs(keep, drop))
	page.Rows = append(page.Rows, mergeCountRow(s.i18n.T(lang, "merge.field.affiliations"), len(ka), len(da)))
	page.mergeURLs("/duplicates/merge")
	return page, nil
}

// orgMergeRows compares the fields of two organizations and their combination.
func (s *Server) orgMergeRows(lang string, keep, drop, out directory.Organization) []mergeRow {
	t := func(key string) string { return s.i18n.T(lang, key) }
	row := func(label string, f func(o directory.Organization) string) mergeRow {
		return newMergeRow(label, f(keep), f(drop), f(out))
	}
	terms := func(name string, f func(o directory.Organization) []string) mergeRow {
		return row(mergeVocabName(name, lang), func(o directory.Organization) string { return mergeTerms(name, f(o), lang) })
	}
	return mergeRows(
		row(t("merge.field.name"), func(o directory.Organization) string { return o.Name }),
		row(t("merge.field.other_names"), func(o directory.Organization) string { return mergeTexts(o.Names, 0) }),
		row(t("merge.field.descriptions"), func(o directory.Organization) string { return mergeTexts(o.Descriptions, 120) }),
		row(t("merge.field.country"), func(o directory.Organization) string { return countryName(lang, o.Country) }),
		row(t("merge.field.region"), func(o directory.Organization) string { return o.Region }),
		row(t("merge.field.city"), func(o directory.Organization) string { return o.City }),
		terms(vocab.Level, func(o directory.Organization) []string { return nonEmpty(o.Level) }),
		terms(vocab.Sector, func(o directory.Organization) []string { return nonEmpty(o.Sector) }),
		terms(vocab.OrgKind, func(o directory.Organization) []string { return nonEmpty(o.Kind) }),
		terms(vocab.Function, func(o directory.Organization) []string { return o.Functions }),
		terms(vocab.Topic, func(o directory.Organization) []string { return o.Topics }),
		row(t("merge.field.languages"), func(o directory.Organization) string { return strings.Join(o.Languages, ", ") }),
		row(t("merge.field.members"), func(o directory.Organization) string { return mergeCount(o.Members) }),
		row(t("merge.field.audience"), func(o directory.Organization) string { return mergeCount(o.Audience) }),
		row(t("merge.field.website"), func(o directory.Organization) string { return o.Website }),
		row(t("merge.field.email"), func(o directory.Organization) string { return o.Email }),
		row(t("merge.field.phone"), func(o directory.Organization) string { return o.Phone }),
		row(t("merge.field.transparency"), func(o directory.Organization) string { return o.Registry.Transparency }),
		row(t("merge.field.pic"), func(o directory.Organization) string { return o.Registry.PIC }),
		row(t("merge.field.national"), func(o directory.Organization) string { return o.Registry.National }),
		row(t("merge.field.logo"), func(o directory.Organization) string { return mergeFlag(o.HasLogo, t("merge.yes")) }),
		row(t("merge.field.source"), func(o directory.Organization) string { return o.Source }),
	)
}

// mergeTexts writes tagged texts one a line, "lv: …", each cut to limit
// characters when limit > 0.
func mergeTexts(ts []directory.Text, limit int) string {
	lines := make([]string, 0, len(ts))
	for _, t := range ts {
		v := t.Value
		if r := []rune(v); limit > 0 && len(r) > limit {
			v = string(r[:limit]) + "…"
		}
		if t.Lang != "" {
			v = t.Lang + ": " + v
		}
		lines = append(lines, v)
	}
	return strings.Join(lines, "\n")
}

// nonEmpty returns a one-code list, or none for "".
func nonEmpty(code string) []string {
	if code == "" {
		return nil
	}
	return []string{code}
}

// mergeFlag writes yes for true and nothing for false.
func mergeFlag(b bool, yes string) string {
	if b {
		return yes
	}
	return ""
}
