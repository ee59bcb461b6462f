package eu

import (
	"fmt"
	"sync"
)

// nameIndex maps every folded name and alias to an EU code, loaded on first
// use.
var nameIndex = sync.OnceValue(func() map[string]string {
	return mustLoad(buildNameIndex(names()))
})

// buildNameIndex folds every name of every state. Two states sharing a
// folded name would make LookupName ambiguous, so that is an error.
func buildNameIndex(all map[string]stateNames) (map[string]string, error) {
	idx := make(map[string]string)
	for code, n := range all {
		for _, name := range n.all() {
			key := fold(name)
			if other, ok := idx[key]; ok && other != code {
				return nil, fmt.Errorf("eu: name %q belongs to both %s and %s", name, other, code)
			}
			idx[key] = code
		}
	}
	return idx, nil
}

// all returns every name and alias of a state.
func (n stateNames) all() []string {
	out := make([]string, 0, len(n.byLang)+len(n.aliases))
	for _, name := range n.byLang {
		out = append(out, name)
	}
	return append(out, n.aliases...)
}

// LookupName finds a current member state by a name in any UI language, in
// one of its own languages, or by a common long or older form, ignoring
// case, diacritics and punctuation: "Latvija", "Латвия", "Letonia" and
// "latvia" all give Latvia. The United Kingdom is not found here; use
// LookupNameAny.
func LookupName(name string) (MemberState, bool) {
	m, ok := LookupNameAny(name)
	if !ok || !m.Current() {
		return MemberState{}, false
	}
	return m, true
}

// LookupNameAny is LookupName extended to former member states.
func LookupNameAny(name string) (MemberState, bool) {
	code, ok := nameIndex()[fold(name)]
	if !ok {
		return MemberState{}, false
	}
	return LookupAny(code)
}
