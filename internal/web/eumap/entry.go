package eumap

import (
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"coalition/internal/eu"
)

// entry is a member state as the map draws it.
type entry struct {
	code  string
	name  string // in the map's language
	state State  // with Label and Title filled in
	step  int
	shape shape
}

// over reports whether the state has reached its threshold.
func (e entry) over() bool { return e.step == Steps-1 }

// entries pairs the member states' outlines with their values, sorted by
// name in lang so that keyboard and screen-reader users meet them in
// alphabetical order. A state missing from values has no support.
func entries(all []shape, values map[string]State, lang string) []entry {
	var out []entry
	for _, s := range all {
		m, ok := eu.Lookup(s.code) // false for countries outside the EU
		if !ok {
			continue
		}
		out = append(out, newEntry(m, s, values[s.code], lang))
	}
	c := collate.New(language.Make(lang))
	slices.SortFunc(out, func(a, b entry) int { return c.CompareString(a.name, b.name) })
	return out
}

// newEntry fills in the defaults of a state's label and title.
func newEntry(m eu.MemberState, s shape, v State, lang string) entry {
	e := entry{code: m.Code, name: m.Name(lang), state: v, step: Step(v.Share), shape: s}
	if e.state.Label == "" {
		e.state.Label = percent(v.Share)
	}
	if e.state.Title == "" {
		e.state.Title = e.name + ": " + e.state.Label
	}
	return e
}
