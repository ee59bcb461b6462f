package initiative

import (
	"slices"
	"strings"
	"time"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// Limits of a call's texts, in runes.
const (
	maxCallTitle = 300
	maxCallText  = 20000
)

// validateCall puts c's fields in canonical form and returns its problems:
// a title, texts in known languages within their lengths, at least one
// partner role, known member states, topics and EU languages, a deadline,
// and for an open call one that has not passed on the day of today.
func validateCall(c *Call, today time.Time) directory.Problems {
	normalizeCall(c)
	var p directory.Problems
	add := func(field, key string, args ...any) { p = append(p, i18n.Invalid(field, key, args...)) }
	if len(c.Titles) == 0 {
		add("titles", "validation.required")
	}
	p = append(p, directory.TextProblems("titles", c.Titles, maxCallTitle)...)
	p = append(p, directory.TextProblems("texts", c.Texts, maxCallText)...)
	if len(c.Roles) == 0 {
		add("roles", "validation.required")
	}
	p = append(p, vocabProblems("roles", vocab.PartnerRole, c.Roles)...)
	p = append(p, vocabProblems("topics", vocab.Topic, c.Topics)...)
	p = append(p, memberStateProblems(&c.Countries)...)
	for _, l := range c.Languages {
		if _, ok := eu.LookupLanguage(l); !ok {
			add("languages", "validation.language", "value", l)
		}
	}
	switch {
	case c.Deadline.IsZero():
		add("deadline", "validation.required")
	case c.Open && c.Deadline.Before(dayOf(today)):
		add("deadline", "call.deadline_past")
	}
	return p
}

// normalizeCall trims the texts and drops empty ones, sorts the codes and
// makes the deadline a whole day.
func normalizeCall(c *Call) {
	c.Titles = dropEmpty(c.Titles, true)
	c.Texts = dropEmpty(c.Texts, false)
	c.Roles = normCodes(c.Roles, strings.ToLower)
	c.Topics = normCodes(c.Topics, strings.ToLower)
	c.Countries = normCodes(c.Countries, strings.ToUpper)
	c.Languages = normCodes(c.Languages, strings.ToLower)
	if !c.Deadline.IsZero() {
		c.Deadline = dayOf(c.Deadline)
	}
}

// dayOf returns the day of t (in t's zone) as midnight UTC.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// normCodes trims codes and puts them in canonical case, drops empty ones,
// and sorts and deduplicates the rest.
func normCodes(codes []string, canon func(string) string) []string {
	var out []string
	for _, c := range codes {
		if c = canon(strings.TrimSpace(c)); c != "" {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// vocabProblems reports the codes that are not terms of vocabulary name.
func vocabProblems(field, name string, codes []string) directory.Problems {
	var p directory.Problems
	for _, c := range codes {
		if !vocab.Known(name, c) {
			p = append(p, i18n.Invalid(field, "validation.vocab", "value", c))
		}
	}
	return p
}

// memberStateProblems turns *codes into EU codes ("GR" becomes "EL"),
// sorted, and reports those that are no member state.
func memberStateProblems(codes *[]string) directory.Problems {
	var p directory.Problems
	out := (*codes)[:0]
	for _, c := range *codes {
		if st, ok := eu.Lookup(c); ok {
			out = append(out, st.Code)
		} else {
			p = append(p, i18n.Invalid("countries", "validation.country", "value", c))
		}
	}
	slices.Sort(out)
	*codes = slices.Compact(out)
	return p
}
