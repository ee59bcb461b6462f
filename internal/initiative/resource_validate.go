package initiative

import (
	"strings"
	"time"
	"unicode/utf8"

	"coalition/internal/directory"
	"coalition/internal/i18n"
)

// maxResourceValue is the largest value a resource may have, in cents.
const maxResourceValue = 1_000_000_000_000_00

// validateResource normalizes r and returns its problems, each naming its
// field: one giver (a partner of the pipeline or a source in words), what it
// is, a known kind and status, a value of at least 0 in a three-letter
// currency, a day, not in the future for what was received.
func validateResource(r *Resource, today time.Time) directory.Problems {
	normalizeResource(r)
	var p directory.Problems
	add := func(field, key string, args ...any) { p = append(p, i18n.Invalid(field, key, args...)) }
	switch {
	case r.EngagementID == 0 && r.Source == "":
		add("source", "resource.giver_required")
	case r.EngagementID != 0 && r.Source != "":
		add("source", "resource.giver_twice")
	}
	if r.What == "" {
		add("what", "validation.required")
	}
	if r.Kind != ResourceMoney && r.Kind != ResourceInKind {
		add("kind", "validation.vocab", "value", r.Kind)
	}
	if r.Status != ResourcePledged && r.Status != ResourceReceived {
		add("status", "validation.vocab", "value", r.Status)
	}
	if r.Value < 0 || r.Value > maxResourceValue {
		add("value", "validation.number")
	}
	if !currencyPattern(r.Currency) {
		add("currency", "validation.currency")
	}
	p = append(p, resourceDayProblems(r, today)...)
	return append(p, resourceTextProblems(r)...)
}

// normalizeResource trims what the user typed.
func normalizeResource(r *Resource) {
	r.Source, r.What = directory.CollapseSpace(r.Source), directory.CollapseSpace(r.What)
	r.Kind, r.Status = strings.TrimSpace(r.Kind), strings.TrimSpace(r.Status)
	r.Currency = strings.ToUpper(strings.TrimSpace(r.Currency))
	r.Note = directory.CleanText(r.Note)
}

// resourceDayProblems checks the day: given, and not in the future for what
// was received (a pledge may name the day it is expected).
func resourceDayProblems(r *Resource, today time.Time) directory.Problems {
	switch {
	case r.On.IsZero():
		return directory.Problems{i18n.Invalid("on", "validation.required")}
	case r.Status == ResourceReceived && r.On.After(today):
		return directory.Problems{i18n.Invalid("on", "validation.date_future")}
	}
	return nil
}

// resourceTextProblems checks the lengths of the texts.
func resourceTextProblems(r *Resource) directory.Problems {
	var p directory.Problems
	for _, t := range []struct {
		field, value string
		max          int
	}{{"source", r.Source, maxShort}, {"what", r.What, maxShort}, {"note", r.Note, maxNotes}} {
		if utf8.RuneCountInString(t.value) > t.max {
			p = append(p, i18n.Invalid(t.field, "validation.too_long", "max", t.max))
		}
	}
	return p
}
