// Package vocab holds Coalition's controlled vocabularies: partner roles,
// sectors, kinds of organisation, civil-society functions, levels,
// categories of cooperation, kinds of person, pipeline stages and topics.
// Each term has a stable lowercase snake_case code, stored in the database
// and used in the API, and a label in every UI language, kept in one
// embedded JSON file per language (labels/en.json, …).
//
// The data never changes at run time; the package is safe for concurrent
// use.
package vocab

import "slices"

// labelLanguages are the languages of the label files, English first.
var labelLanguages = [...]string{"en", "bg", "ro", "lv", "sl"}

// UILanguages are the languages in which every vocabulary and every term
// has a label, English first (the fallback). Changing this slice does not
// change which label files are read.
var UILanguages = slices.Clone(labelLanguages[:])

// Term is one entry of a vocabulary. Obtain terms from Get, All or
// Vocabulary.Term: a Term built by hand has no vocabulary and no label.
type Term struct {
	Code  string
	vocab string
}

// Key returns the label key of t, "vocabulary.code" ("sector.public").
func (t Term) Key() string { return t.vocab + "." + t.Code }

// Label returns the label of t in lang, an ISO 639-1 code optionally
// followed by a region ("bg", "ro-RO"), falling back to English and then to
// the code itself.
func (t Term) Label(lang string) string {
	return label(t.Key(), lang, t.Code)
}

// Vocabulary is a named, ordered list of terms.
type Vocabulary struct {
	Name  string
	Terms []Term
}

// Label returns the name of v as a heading in lang ("Sector", "Сектор"),
// with the same fallbacks as Term.Label.
func (v Vocabulary) Label(lang string) string {
	return label(v.Name, lang, v.Name)
}

// Has reports whether code is a term of v.
func (v Vocabulary) Has(code string) bool {
	_, ok := v.Term(code)
	return ok
}

// Term returns the term of v with the given code.
func (v Vocabulary) Term(code string) (Term, bool) {
	i := slices.IndexFunc(v.Terms, func(t Term) bool { return t.Code == code })
	if i < 0 {
		return Term{}, false
	}
	return v.Terms[i], true
}

// Codes returns the codes of v's terms in order.
func (v Vocabulary) Codes() []string {
	codes := make([]string, len(v.Terms))
	for i, t := range v.Terms {
		codes[i] = t.Code
	}
	return codes
}

// Get returns the vocabulary with the given name ("sector", "topic" …).
// The caller may modify the returned terms slice.
func Get(name string) (Vocabulary, bool) {
	for _, d := range definitions {
		if d.name == name {
			return d.vocabulary(), true
		}
	}
	return Vocabulary{}, false
}

// All returns every vocabulary in a fixed order.
func All() []Vocabulary {
	out := make([]Vocabulary, len(definitions))
	for i, d := range definitions {
		out[i] = d.vocabulary()
	}
	return out
}

// known holds every vocabulary's codes, by vocabulary name.
var known = func() map[string]map[string]bool {
	m := make(map[string]map[string]bool, len(definitions))
	for _, d := range definitions {
		m[d.name] = make(map[string]bool, len(d.codes))
		for _, c := range d.codes {
			m[d.name][c] = true
		}
	}
	return m
}()

// Known reports whether code is a term of the vocabulary called name, with
// one map lookup: for checking many codes, as an import does.
func Known(name, code string) bool {
	return known[name][code]
}
