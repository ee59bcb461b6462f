package initiative

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// Limits of an engagement's texts, in runes.
const (
	maxDuties = 5000
	maxNotes  = 5000
	maxShort  = 200
)

// validateEngagement normalizes e and returns its problems. Besides the
// fields, two rules: a partner reaches "committed" or "active" only with a
// commitment on record (date, who confirmed it, how), and logo permission is
// given only with a firm commitment (hadLogo: it was given before; a
// permission given stays on record when the commitment lapses, and the logo
// is simply not shown).
func validateEngagement(e *Engagement, today time.Time, hadLogo bool) directory.Problems {
	normalizeEngagement(e)
	var p directory.Problems
	add := func(field, key string, args ...any) { p = append(p, i18n.Invalid(field, key, args...)) }
	if (e.OrgID == 0) == (e.PersonID == 0) {
		add("partner", "engagement.partner")
	}
	if e.Country != "" {
		if st, ok := eu.Lookup(e.Country); ok {
			e.Country = st.Code
		} else {
			add("country", "validation.country", "value", e.Country)
		}
	}
	for _, r := range e.Roles {
		if !vocab.Known(vocab.PartnerRole, r) {
			add("roles", "validation.vocab", "value", r)
		}
	}
	if e.Level != "" && !vocab.Known(vocab.Level, e.Level) {
		add("level", "validation.vocab", "value", e.Level)
	}
	if !vocab.Known(vocab.Stage, e.Stage) {
		add("stage", "validation.vocab", "value", e.Stage)
	}
	p = append(p, textProblems(e)...)
	p = append(p, pledgeProblems(e)...)
	return append(p, commitmentProblems(e, today, hadLogo)...)
}

// normalizeEngagement trims and sorts what the user typed.
func normalizeEngagement(e *Engagement) {
	e.Country = strings.ToUpper(strings.TrimSpace(e.Country))
	e.Level, e.Stage = strings.TrimSpace(e.Level), strings.TrimSpace(e.Stage)
	if e.Stage == "" {
		e.Stage = StageIdentified
	}
	slices.Sort(e.Roles)
	e.Roles = slices.Compact(slices.DeleteFunc(e.Roles, func(r string) bool { return strings.TrimSpace(r) == "" }))
	e.Duties, e.Notes = directory.CleanText(e.Duties), directory.CleanText(e.Notes)
	e.Delivered.Results = directory.CleanText(e.Delivered.Results)
	e.Pledge.InKind = directory.CleanText(e.Pledge.InKind)
	e.Pledge.Currency = strings.ToUpper(strings.TrimSpace(e.Pledge.Currency))
	e.Commitment.ConfirmedBy = directory.CollapseSpace(e.Commitment.ConfirmedBy)
	e.Commitment.How = directory.CollapseSpace(e.Commitment.How)
}

func textProblems(e *Engagement) directory.Problems {
	var p directory.Problems
	for _, t := range []struct {
		field, value string
		max          int
	}{
		{"duties", e.Duties, maxDuties}, {"notes", e.Notes, maxNotes}, {"results", e.Delivered.Results, maxDuties},
		{"in_kind", e.Pledge.InKind, maxShort}, {"confirmed_by", e.Commitment.ConfirmedBy, maxShort},
		{"confirmed_how", e.Commitment.How, maxShort},
	} {
		if utf8.RuneCountInString(t.value) > t.max {
			p = append(p, i18n.Invalid(t.field, "validation.too_long", "max", t.max))
		}
	}
	return p
}

// pledgeProblems checks the counts: whole numbers of at least 0, per member
// state, and a currency with any money.
func pledgeProblems(e *Engagement) directory.Problems {
	var p directory.Problems
	for _, m := range []struct {
		field  string
		counts *map[string]int
	}{{"pledge_signatures", &e.Pledge.Signatures}, {"delivered_signatures", &e.Delivered.Signatures}} {
		p = append(p, countProblems(m.field, m.counts)...)
	}
	if e.Pledge.Volunteers < 0 {
		p = append(p, i18n.Invalid("volunteers", "validation.range", "min", 0, "max", 1000000))
	}
	if e.Pledge.Money < 0 {
		p = append(p, i18n.Invalid("money", "validation.range", "min", 0, "max", 1000000000))
	}
	if e.Pledge.Money > 0 && !currencyPattern(e.Pledge.Currency) {
		p = append(p, i18n.Invalid("currency", "validation.currency"))
	}
	return p
}

// countProblems turns the keys of counts into EU codes and checks the values.
func countProblems(field string, counts *map[string]int) directory.Problems {
	var p directory.Problems
	out := map[string]int{}
	for code, n := range *counts {
		st, ok := eu.Lookup(code)
		switch {
		case !ok:
			p = append(p, i18n.Invalid(field, "validation.country", "value", code))
		case n < 0:
			p = append(p, i18n.Invalid(field, "eci.support.bad_count", "value", n))
		case n > 0:
			out[st.Code] += n
		}
	}
	*counts = out
	return p
}

func currencyPattern(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// commitmentProblems applies the commitment rules.
func commitmentProblems(e *Engagement, today time.Time, hadLogo bool) directory.Problems {
	var p directory.Problems
	c := &e.Commitment
	if !c.LogoPermission {
		c.LogoOn = time.Time{}
	} else if c.LogoOn.IsZero() {
		c.LogoOn = today
	}
	if (e.Stage == StageCommitted || e.Stage == StageActive) && !c.Firm() {
		p = append(p, i18n.Invalid("stage", "engagement.commitment_required"))
	}
	if c.LogoPermission && !hadLogo && !e.IsFirm() {
		p = append(p, i18n.Invalid("logo_permission", "engagement.logo_needs_commitment"))
	}
	if !c.On.IsZero() && c.On.After(today) {
		p = append(p, i18n.Invalid("committed_on", "validation.date_future"))
	}
	return p
}
