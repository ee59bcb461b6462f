package web

import (
	"time"

	"coalition/internal/eu"
	"coalition/internal/initiative"
)

// initiativeView is an initiative with every code named in the UI language
// and its dates written out, for the overview and the group page.
type initiativeView struct {
	ID                   int64
	Title, Kind, Status  string
	ECI                  bool
	OtherTitles, Descs   []orgText
	Goals                string
	StartsOn, EndsOn     string
	RegisteredOn         string
	CollectionStart      string
	CollectionEnd        string
	Period               *periodView // the thresholds in force, for an ECI
	AllianceGoal         int
	Public               bool
	Slug                 string
	CreatedAt, UpdatedAt time.Time
}

// periodView is the version of the ECI thresholds an initiative's
// registration date selects (today's while it is not registered).
type periodView struct {
	From, To  string // To is "" while the period is open
	Legal     string // the legal act, in English
	Reference string // the thresholds page for the date
	Today     bool   // not registered yet: the thresholds of today are shown
}

// newInitiativeView labels in for lang; today picks the thresholds of an
// ECI that is not registered yet.
func (s *Server) newInitiativeView(lang string, in initiative.Initiative, today time.Time) initiativeView {
	v := initiativeView{ID: in.ID, Title: in.Title(lang), Kind: s.kindLabel(lang, in.Kind),
		Status: s.statusLabel(lang, in.Status), ECI: in.Kind == initiative.KindECI,
		Descs: orgTexts(lang, in.Descriptions), Goals: in.Goals,
		StartsOn: personDayText(in.StartsOn), EndsOn: personDayText(in.EndsOn),
		RegisteredOn: personDayText(in.RegisteredOn), CollectionStart: personDayText(in.CollectionStart),
		CollectionEnd: personDayText(in.CollectionEnd), AllianceGoal: in.AllianceGoal, Public: in.Public,
		Slug: in.Slug, CreatedAt: in.CreatedAt, UpdatedAt: in.UpdatedAt}
	for _, t := range orgTexts(lang, in.Titles) {
		if t.Value != v.Title {
			v.OtherTitles = append(v.OtherTitles, t)
		}
	}
	if v.ECI {
		v.Period = thresholdPeriod(in.RegisteredOn, today)
	}
	return v
}

// thresholdPeriod describes the thresholds in force for an initiative
// registered on day (zero: not registered, today's apply); nil when the
// reference data has none.
func thresholdPeriod(day, today time.Time) *periodView {
	v := &periodView{Today: day.IsZero(), Reference: referenceDataURL}
	if v.Today {
		day = today
	} else {
		v.Reference += "?registered=" + day.Format(time.DateOnly)
	}
	p, err := eu.Period(day)
	if err != nil {
		return nil
	}
	v.From, v.To, v.Legal = personDayText(p.From), personDayText(p.To), p.Legal
	return v
}
