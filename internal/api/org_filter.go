package api

import (
	"errors"
	"strings"

	"golang.org/x/text/language"

	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/search"
	"coalition/internal/vocab"
)

// facetValueKnown tells, per search facet, whether a filter value is one the
// directory can hold: a country code its validation accepts, a NUTS region, a
// term of the facet's vocabulary, a language code. A value outside these
// would only ever give an empty list, so it is refused instead.
var facetValueKnown = map[string]func(string) bool{
	"country":  knownCountry,
	"region":   knownRegion,
	"level":    knownTerm(vocab.Level),
	"sector":   knownTerm(vocab.Sector),
	"kind":     knownTerm(vocab.OrgKind),
	"function": knownTerm(vocab.Function),
	"topic":    knownTerm(vocab.Topic),
	"language": knownLanguage,
}

// checkFilters returns a validation error for each filter value no
// organization can have, naming its parameter, or nil.
func checkFilters(filters map[string][]string) error {
	var bad []error
	for _, name := range search.FacetNames() {
		known := facetValueKnown[name]
		for _, v := range filters[name] {
			if known != nil && !known(v) {
				bad = append(bad, unknownValue(name, v))
			}
		}
	}
	return errors.Join(bad...)
}

// unknownValue is the error of a filter parameter's value outside its vocabulary.
func unknownValue(param, value string) error {
	return i18n.Invalid(param, "search.unknown_value", "name", param, "value", value)
}

// knownCountry reports whether v is a member state's EU or ISO code or an
// ISO 3166-1 country code, in any case.
func knownCountry(v string) bool {
	v = strings.ToUpper(strings.TrimSpace(v))
	if _, ok := eu.Lookup(v); ok {
		return true
	}
	r, err := language.ParseRegion(v)
	return err == nil && r.IsCountry() && r.String() == v
}

// knownRegion reports whether v is a NUTS 2024 code.
func knownRegion(v string) bool {
	_, ok := eu.Region(v)
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
