package directory

import (
	"errors"
	"net/mail"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// Problems is every validation problem of one record. It is an error, so a
// service returns it as one value; errors.Is(err, errs.ErrInvalid) holds for it,
// and errors.As finds its first *i18n.LocalizedError.
type Problems []*i18n.LocalizedError

// Error joins the problems' own texts (field and key), one after the other.
func (p Problems) Error() string {
	parts := make([]string, len(p))
	for i, e := range p {
		parts[i] = e.Error()
	}
	return "directory: invalid: " + strings.Join(parts, "; ")
}

// Unwrap returns the problems as errors, for errors.Is and errors.As.
func (p Problems) Unwrap() []error {
	out := make([]error, len(p))
	for i, e := range p {
		out[i] = e
	}
	return out
}

// AsProblems returns the validation problems carried by err: all of them for a
// Problems, one for a single *i18n.LocalizedError, none otherwise.
func AsProblems(err error) Problems {
	var p Problems
	if errors.As(err, &p) {
		return p
	}
	var le *i18n.LocalizedError
	if errors.As(err, &le) {
		return Problems{le}
	}
	return nil
}

// Limits on text lengths, in characters (runes).
const (
	maxName        = 500
	maxDescription = 5000
	maxShort       = 200
	maxURL         = 2000
	maxPhone       = 50
)

// problems collects validation problems while a record is checked.
type problems []*i18n.LocalizedError

func (p *problems) add(field, key string, args ...any) {
	*p = append(*p, i18n.Invalid(field, key, args...))
}

// maxLen adds a too_long problem when s has more than max runes.
func (p *problems) maxLen(field, s string, max int) {
	if len(s) > max && utf8.RuneCountInString(s) > max { // no text has more runes than bytes
		p.add(field, "validation.too_long", "max", max)
	}
}

// CountryCode is a country code in the form the directory stores: upper
// case, the EU's EL and the old UK as ISO's GR and GB, a three-letter ISO
// code as its two-letter twin.
func CountryCode(c string) string {
	c = strings.ToUpper(clean(c))
	switch c {
	case "EL":
		return "GR"
	case "UK":
		return "GB"
	}
	if len(c) == 3 && isLetters(c) {
		if r, err := language.ParseRegion(c); err == nil && r.IsCountry() {
			return r.String()
		}
	}
	return c
}

// checkCountry adds a problem when c (already normalized) is not an ISO 3166-1
// country code.
func (p *problems) checkCountry(field, c string) {
	if c == "" {
		return
	}
	if !ValidCountry(c) {
		p.add(field, "validation.country", "value", c)
	}
}

// ValidCountry reports whether c, as CountryCode gives it, is an ISO 3166-1
// country code.
func ValidCountry(c string) bool {
	r, err := language.ParseRegion(c)
	return len(c) == 2 && isLetters(c) && err == nil && r.IsCountry()
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// normLang lower-cases a language code and keeps only its language part
// ("pt-PT" → "pt"); a three-letter code with a two-letter twin becomes the twin.
func normLang(code string) string {
	code = strings.ToLower(clean(code))
	if i := strings.IndexAny(code, "-_"); i > 0 {
		code = code[:i]
	}
	if len(code) == 3 {
		if b, err := language.ParseBase(code); err == nil && len(b.String()) == 2 {
			return b.String()
		}
	}
	return code
}

// knownLang reports whether code is an ISO 639-1 code: an official EU language
// or any other language golang.org/x/text knows.
func knownLang(code string) bool {
	if _, ok := eu.LookupLanguage(code); ok {
		return true
	}
	b, err := language.ParseBase(code)
	return err == nil && len(code) == 2 && b.String() == code
}

// normCodes trims and lower-cases codes with norm, drops empty ones, and sorts
// and deduplicates the rest.
func normCodes(codes []string, norm func(string) string) []string {
	if normalCodes(codes, norm) {
		return codes
	}
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		if c = norm(c); c != "" {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// normalCodes reports whether codes are normalized already: each its own
// norm, none empty, in strictly ascending order. Most imported cells are.
func normalCodes(codes []string, norm func(string) string) bool {
	for i, c := range codes {
		if c == "" || norm(c) != c || (i > 0 && codes[i-1] >= c) {
			return false
		}
	}
	return true
}

func lowerCode(s string) string { return strings.ToLower(clean(s)) }

// checkLangs adds a problem for each unknown language code.
func (p *problems) checkLangs(field string, codes []string) {
	for _, c := range codes {
		if !knownLang(c) {
			p.add(field, "validation.language", "value", c)
		}
	}
}

// checkVocab adds a problem for each code that is not a term of the named
// vocabulary; empty codes are allowed (the field is optional).
func (p *problems) checkVocab(field, name string, codes ...string) {
	for _, c := range codes {
		if c != "" && !vocab.Known(name, c) {
			p.add(field, "validation.vocab", "value", c)
		}
	}
}

// normURL trims a web address and gives it https:// when it has no scheme.
func normURL(s string) string {
	s = clean(s)
	if s != "" && !strings.Contains(s, "://") {
		s = "https://" + s
	}
	return s
}

// checkURL adds a problem unless s is empty or an http(s) address with a host
// name that has a dot.
func (p *problems) checkURL(field, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.Contains(u.Hostname(), ".") ||
		strings.ContainsAny(s, " \t\n") || u.User != nil {
		p.add(field, "validation.url")
		return
	}
	p.maxLen(field, s, maxURL)
}

// checkEmail adds a problem unless s is empty or a plain address such as
// name@example.org.
func (p *problems) checkEmail(field, s string) {
	if s == "" {
		return
	}
	if !plainAddress(s) {
		a, err := mail.ParseAddress(s)
		if err != nil || a.Address != s || !strings.Contains(s[strings.LastIndex(s, "@")+1:], ".") {
			p.add(field, "validation.email")
			return
		}
	}
	p.maxLen(field, s, maxShort)
}

var phoneRE = regexp.MustCompile(`^\+?[0-9 ()./-]+$`)

// checkPhone adds a problem unless s is empty or a telephone number: digits
// with optional + at the start and spaces, brackets, dots, slashes or dashes.
func (p *problems) checkPhone(field, s string) {
	if s == "" {
		return
	}
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if !phoneRE.MatchString(s) || digits < 3 || len(s) > maxPhone {
		p.add(field, "validation.phone")
	}
}

// normTexts trims each text, lower-cases its language and collapses white space
// in its value when oneLine is set.
func normTexts(ts []Text, oneLine bool) {
	for i := range ts {
		ts[i].Lang = normLang(ts[i].Lang)
		if oneLine {
			ts[i].Value = collapse(ts[i].Value)
		} else {
			ts[i].Value = clean(ts[i].Value)
		}
	}
}

// checkTexts adds problems for texts with an unknown language, an empty value
// or a value longer than max.
func (p *problems) checkTexts(field string, ts []Text, max int) {
	for _, t := range ts {
		if t.Lang != "" && !knownLang(t.Lang) {
			p.add(field, "validation.language", "value", t.Lang)
		}
		if t.Value == "" {
			p.add(field, "validation.required")
		}
		p.maxLen(field, t.Value, max)
	}
}

// result returns the problems, or nil when there are none.
func (p problems) result() []*i18n.LocalizedError {
	if len(p) == 0 {
		return nil
	}
	return p
}
