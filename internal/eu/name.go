package eu

import (
	"fmt"
	"strings"
	"sync"
)

// nameLanguages are the UI languages in which every state has a name in
// data/names.csv (besides the names in the states' own languages).
var nameLanguages = []string{"en", "bg", "ro", "lv", "sl"}

// stateNames holds the names of one state from data/names.csv.
type stateNames struct {
	byLang  map[string]string // UI-language names, then native names
	native  []string          // names in the state's own languages, first is primary
	aliases []string          // other accepted spellings
}

// names is data/names.csv by EU code, loaded on first use.
var names = sync.OnceValue(func() map[string]stateNames {
	return mustLoad(loadNames())
})

func loadNames() (map[string]stateNames, error) {
	header := append(append([]string{"code"}, nameLanguages...), "native", "aliases")
	t, err := readTable("names.csv", header...)
	if err != nil {
		return nil, err
	}
	out := make(map[string]stateNames, len(t.records))
	for _, rec := range t.records {
		n, err := parseNames(rec)
		if err != nil {
			return nil, err
		}
		out[rec[0]] = n
	}
	return out, nil
}

// parseNames reads one record: code, the UI-language names, native
// "lang:name|lang:name" pairs and "|"-separated aliases.
func parseNames(rec []string) (stateNames, error) {
	n := stateNames{byLang: make(map[string]string)}
	for i, lang := range nameLanguages {
		n.byLang[lang] = rec[1+i]
	}
	for _, pair := range splitList(rec[len(nameLanguages)+1]) {
		lang, name, ok := strings.Cut(pair, ":")
		if !ok {
			return n, fmt.Errorf("eu: names.csv: %s: native name %q lacks a language", rec[0], pair)
		}
		if _, taken := n.byLang[lang]; !taken {
			n.byLang[lang] = name
		}
		n.native = append(n.native, name)
	}
	n.aliases = splitList(rec[len(nameLanguages)+2])
	return n, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// Name returns the short name of m in lang, an ISO 639-1 code optionally
// followed by a region ("bg", "ro-RO"). Every UI language (en, bg, ro, lv,
// sl) has a name for every state; so do the state's own official languages
// ("de" for Germany gives "Deutschland"). Any other language falls back to
// English.
func (m MemberState) Name(lang string) string {
	n := names()[m.Code]
	if name, ok := n.byLang[baseLang(lang)]; ok {
		return name
	}
	return n.byLang["en"]
}

// NativeName returns the name of m in its (first) own official language:
// "Deutschland", "Ελλάδα", "België".
func (m MemberState) NativeName() string {
	if n := names()[m.Code]; len(n.native) > 0 {
		return n.native[0]
	}
	return ""
}

// baseLang lower-cases a language tag and drops its region: "RO-ro" → "ro".
func baseLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}
