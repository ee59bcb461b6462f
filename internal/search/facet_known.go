package search

import (
	"strings"

	"golang.org/x/text/language"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// facetValueKnown tells, per facet, whether a filter value is one the
// directory can hold: a country code its validation accepts, a NUTS region, a
// term of the facet's vocabulary, a language code.
var facetValueKnown = map[string]func(string) bool{
	"country":  KnownCountry,
	"region":   knownRegion,
	"level":    knownTerm(vocab.Level),
	"sector":   knownTerm(vocab.Sector),
	"kind":     knownTerm(vocab.OrgKind),
	"function": knownTerm(vocab.Function),
	"topic":    knownTerm(vocab.Topic),
	"language": knownLanguage,
}

// KnownValue reports whether value is one an organization can have in the
// facet, so that a filter on it can match anything; a value outside would
// only ever give an empty list. Case does not matter. A facet without a
// check takes any value.
func KnownValue(facet, value string) bool {
	known, ok := facetValueKnown[facet]
	return !ok || known(value)
}

// checkBoxFilters refuses a filter written in the query box ("country:ZZ")
// whose value no organization can have: it could only give an empty list.
func checkBoxFilters(filters map[string][]string) error {
	for _, name := range facetNames {
		for _, v := range filters[name] {
			if !KnownValue(name, v) {
				return i18n.Invalid("q", "search.unknown_value", "name", name, "value", v)
			}
		}
	}
	return nil
}

// KnownCountry reports whether v is a country code the directory takes: an
// ISO 3166-1 code of two or three letters, the EU's EL or the old UK, in any
// case.
func KnownCountry(v string) bool {
	return directory.ValidCountry(directory.CountryCode(v))
}

// knownRegion reports whether v is a NUTS 2024 code, in any case.
func knownRegion(v string) bool {
	_, ok := eu.Region(strings.ToUpper(strings.TrimSpace(v)))
	return ok
}

// knownTerm returns a check for the codes of a vocabulary, in any case.
func knownTerm(vocabName string) func(string) bool {
	return func(v string) bool { return vocab.Known(vocabName, strings.ToLower(strings.TrimSpace(v))) }
}

// knownLanguage reports whether v is an ISO 639-1 code, optionally with a
// region ("pt-PT"), as the search stores working languages.
func knownLanguage(v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(v, "-_"); i >= 0 {
		v = v[:i]
	}
	if _, ok := eu.LookupLanguage(v); ok {
		return true
	}
	b, err := language.ParseBase(v)
	return err == nil && b.String() == v && len(v) == 2
}
