package api

import (
	"errors"

	"coalition/internal/i18n"
	"coalition/internal/search"
)

// checkFilters returns a validation error for each filter value no
// organization can have, naming its parameter, or nil.
func checkFilters(filters map[string][]string) error {
	var bad []error
	for _, name := range search.FacetNames() {
		for _, v := range filters[name] {
			if !search.KnownValue(name, v) {
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
