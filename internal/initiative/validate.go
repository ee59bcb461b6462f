package initiative

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"coalition/internal/directory"
	"coalition/internal/fold"
	"coalition/internal/i18n"
	"coalition/internal/initiative/eci"
)

// Limits on text lengths, in runes.
const (
	maxTitle       = 300
	maxDescription = 20000
	maxGoals       = 5000
)

// slugPattern is what a public address may be: lower-case letters, digits
// and inner hyphens, 3 to 60 characters.
var slugPattern = regexp.MustCompile(`^[a-z0-9](?:[a-z0-9-]{1,58})[a-z0-9]$`)

// Validate puts in's fields in canonical form and returns every problem:
// a known kind and status, a title, texts in known languages within their
// lengths, dates in order, and for a European Citizens' Initiative a
// registration date the thresholds know and a collection period of at most
// 12 months starting on or after it. today bounds the registration date.
func Validate(in *Initiative, today time.Time) directory.Problems {
	normalize(in)
	var p directory.Problems
	add := func(field, key string, args ...any) { p = append(p, i18n.Invalid(field, key, args...)) }
	if !knownKind(in.Kind) {
		add("kind", "validation.required")
	}
	if !knownStatus(in.Status) {
		add("status", "validation.required")
	}
	if len(in.Titles) == 0 {
		add("titles", "validation.required")
	}
	p = append(p, directory.TextProblems("titles", in.Titles, maxTitle)...)
	p = append(p, directory.TextProblems("descriptions", in.Descriptions, maxDescription)...)
	if utf8.RuneCountInString(in.Goals) > maxGoals {
		add("goals", "validation.too_long", "max", maxGoals)
	}
	if in.Slug != "" && !slugPattern.MatchString(in.Slug) {
		add("slug", "validation.slug")
	}
	if in.AllianceGoal < 0 {
		add("alliance_goal", "validation.range", "min", 0, "max", 100000)
	}
	if !in.StartsOn.IsZero() && !in.EndsOn.IsZero() && in.EndsOn.Before(in.StartsOn) {
		add("ends_on", "validation.date_order")
	}
	return append(p, eciProblems(in, today)...)
}

// eciProblems checks the registration date and the collection period.
func eciProblems(in *Initiative, today time.Time) directory.Problems {
	var p directory.Problems
	if in.Kind != KindECI {
		in.RegisteredOn, in.CollectionStart, in.CollectionEnd = time.Time{}, time.Time{}, time.Time{}
		return nil
	}
	if !in.RegisteredOn.IsZero() {
		if _, err := eci.RegistrationDate(in.RegisteredOn.Format(time.DateOnly), today); err != nil {
			for _, e := range directory.AsProblems(err) {
				p = append(p, i18n.Invalid("registered_on", e.Key, e.Args...))
			}
		}
	}
	start, end := in.CollectionStart, in.CollectionEnd
	switch {
	case !start.IsZero() && !in.RegisteredOn.IsZero() && start.Before(in.RegisteredOn):
		p = append(p, i18n.Invalid("collection_start", "initiative.collection_before_registration"))
	case !start.IsZero() && !end.IsZero() && end.Before(start):
		p = append(p, i18n.Invalid("collection_end", "validation.date_order"))
	case !start.IsZero() && end.After(start.AddDate(1, 0, 0)):
		p = append(p, i18n.Invalid("collection_end", "initiative.collection_too_long"))
	}
	return p
}

// normalize trims the texts and drops empty ones, and makes dates whole days.
func normalize(in *Initiative) {
	in.Titles = dropEmpty(in.Titles, true)
	in.Descriptions = dropEmpty(in.Descriptions, false)
	in.Goals = strings.TrimSpace(directory.CleanText(in.Goals))
	in.Slug = strings.ToLower(strings.TrimSpace(in.Slug))
	for _, d := range []*time.Time{&in.StartsOn, &in.EndsOn, &in.RegisteredOn, &in.CollectionStart, &in.CollectionEnd} {
		if !d.IsZero() {
			*d = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
}

// dropEmpty normalizes texts and leaves out those without a value.
func dropEmpty(ts []directory.Text, oneLine bool) []directory.Text {
	directory.NormalizeTexts(ts, oneLine)
	out := ts[:0]
	for _, t := range ts {
		if t.Value != "" {
			out = append(out, t)
		}
	}
	return out
}

func knownKind(k Kind) bool {
	for _, x := range Kinds {
		if x.Kind == k {
			return true
		}
	}
	return false
}

func knownStatus(s Status) bool {
	for _, x := range Statuses {
		if x.Status == s {
			return true
		}
	}
	return false
}

// Slugify turns a title into a public address: folded to plain Latin letters,
// words joined by hyphens, at most 50 characters; "initiative" when nothing
// is left.
func Slugify(title string) string {
	words := strings.Fields(foldWords(title))
	s := strings.Join(words, "-")
	if len(s) > 50 {
		s = strings.TrimRight(s[:50], "-")
	}
	if len(s) < 3 {
		return "initiative"
	}
	return s
}

// foldWords folds s (case, diacritics, Cyrillic and Greek in Latin letters)
// and keeps only ASCII letters, digits and spaces.
func foldWords(s string) string {
	return strings.Map(func(r rune) rune {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			return r
		}
		return ' '
	}, fold.Fold(s))
}

func knownRole(r Role) bool {
	for _, x := range Roles {
		if x.Role == r {
			return true
		}
	}
	return false
}
