package web

import (
	"slices"
	"time"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// callView is a partner call with every code named in the UI language, for
// the board, the call's page and the team's list.
type callView struct {
	ID                 int64
	Title              directory.Text
	Text               directory.Text
	InitiativeID       int64
	InitiativeTitle    string
	InitiativeSlug     string
	Roles, Topics      []string
	Countries          []string // none: any member state
	Languages          []string // none: any language
	Deadline           string   // YYYY-MM-DD
	Open, Accepting    bool
	Responsible        string // the team member's name, on the team's list
	PublicURL, TeamURL string
	UpdatedAt          time.Time
	Version            int64
}

// newCallView names the codes of c in lang; now decides whether it still
// accepts answers.
func newCallView(lang string, c initiative.Call, now time.Time) callView {
	return callView{ID: c.ID, Title: textIn(lang, c.Titles), Text: textIn(lang, c.Texts),
		InitiativeID: c.InitiativeID, InitiativeTitle: c.InitiativeTitle(lang), InitiativeSlug: c.InitiativeSlug,
		Roles: orgTermLabels(vocab.PartnerRole, c.Roles, lang), Topics: orgTermLabels(vocab.Topic, c.Topics, lang),
		Countries: stateNames(lang, c.Countries), Languages: languageNames(lang, c.Languages),
		Deadline: personDayText(c.Deadline), Open: c.Open, Accepting: c.Accepting(now),
		PublicURL: publicCallPath(c.ID), TeamURL: teamCallPath(c.InitiativeID, c.ID), UpdatedAt: c.UpdatedAt, Version: c.Version}
}

// newCallViews names the codes of several calls.
func newCallViews(lang string, cs []initiative.Call, now time.Time) []callView {
	out := make([]callView, len(cs))
	for i, c := range cs {
		out[i] = newCallView(lang, c, now)
	}
	return out
}

// languageNames names language codes in lang, in the order given.
func languageNames(lang string, codes []string) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = orgLanguageName(lang, c)
	}
	return out
}

// euLanguageOptions lists the official EU languages named and sorted in
// lang, with the codes in selected marked.
func euLanguageOptions(lang string, selected ...string) []orgOption {
	ls := eu.Languages()
	out := make([]orgOption, len(ls))
	for i, l := range ls {
		out[i] = orgOption{Value: l.Code, Label: orgLanguageName(lang, l.Code), Selected: slices.Contains(selected, l.Code)}
	}
	orgSortOptions(lang, out)
	return out
}
