package gen

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"coalition/internal/fold"
	"coalition/internal/vocab"
)

// city is a place an organization is based in.
type city struct {
	name  phrase // Köln, Rīga
	attr  phrase // the genitive or attributive form: Rīgas, Budapesti
	loc   string // with its preposition: "in Köln", "Rīgā"
	latin string // in Latin letters, for English texts
	nuts  string // NUTS 2024 level-3 code
	id    uint64
}

// countryLang is a language of a country with its cities.
type countryLang struct {
	lang   *lang
	index  int // the language's position in world.langs, for name keys
	slot   int // a number unique to the country and language, for per-run state
	cities []city
	pick   picker
}

// country is a compiled countrySpec.
type country struct {
	code, tld, phone string
	index            int
	langs            []countryLang
	pick             picker
	network          countryLang // the European networks based here
}

// world is everything the generator draws from, compiled once.
type world struct {
	countries []country
	pick      picker
	langs     []*lang
	en        *lang
}

// english returns the compiled English language.
func (w *world) english() *lang { return w.en }

// maxLangs bounds the languages of a country, its European networks included.
const maxLangs = 4

// kinds are the vocab org_kind codes, in vocabulary order.
var kinds = mustCodes(vocab.OrgKind)

func mustCodes(name string) []string {
	v, ok := vocab.Get(name)
	if !ok {
		panic("gen: no vocabulary " + name)
	}
	return v.Codes()
}

func kindIndex(code string) int {
	for i, k := range kinds {
		if k == code {
			return i
		}
	}
	return -1
}

// langSpecs names every language's word material; "eu" is the English of
// European networks.
var langSpecs = map[string]*langSpec{
	"en": &specEN, "eu": &specEU, "ga": &specGA, "mt": &specMT, "de": &specDE, "nl": &specNL, "da": &specDA,
	"sv": &specSV, "fr": &specFR, "it": &specIT, "es": &specES, "pt": &specPT, "pl": &specPL, "cs": &specCS,
	"sk": &specSK, "hu": &specHU, "sl": &specSL, "hr": &specHR, "bg": &specBG, "ro": &specRO, "el": &specEL,
	"lv": &specLV, "lt": &specLT, "et": &specET, "fi": &specFI,
}

// theWorld compiles the word lists and countries on first use.
var theWorld = sync.OnceValue(func() *world {
	w := &world{}
	byKey := map[string]int{}
	for _, key := range sortedKeys(langSpecs) {
		byKey[key] = len(w.langs)
		w.langs = append(w.langs, compileLang(langSpecs[key]))
	}
	weights := make([]float64, len(countrySpecs))
	for i, cs := range countrySpecs {
		w.countries = append(w.countries, compileCountry(i, cs, w.langs, byKey))
		weights[i] = max(cs.pop, 1)
	}
	w.pick = weighted(weights...)
	w.en = w.langs[byKey["en"]]
	return w
})

func sortedKeys(m map[string]*langSpec) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func compileCountry(index int, cs countrySpec, langs []*lang, byKey map[string]int) country {
	c := country{code: cs.code, tld: cs.tld, phone: cs.phone, index: index}
	shares := make([]float64, len(cs.langs))
	for i, ls := range cs.langs {
		li, ok := byKey[ls.lang]
		if !ok {
			panic(fmt.Sprintf("gen: %s: unknown language %q", cs.code, ls.lang))
		}
		cl := countryLang{lang: langs[li], index: li, slot: index*maxLangs + i}
		for _, s := range ls.cities {
			cl.cities = append(cl.cities, compileCity(langs[li].spec, s))
		}
		cl.pick = zipf(len(cl.cities), 0.8)
		c.langs = append(c.langs, cl)
		shares[i] = ls.share
	}
	c.pick = weighted(shares...)
	eu := byKey["eu"]
	if len(cs.langs) >= maxLangs {
		panic(fmt.Sprintf("gen: %s: more than %d languages", cs.code, maxLangs-1))
	}
	c.network = countryLang{lang: langs[eu], index: eu, slot: index*maxLangs + maxLangs - 1,
		cities: c.langs[0].cities[:1], pick: weighted(1)}
	return c
}

// compileCity reads "Name|NUTS|locative|attributive".
func compileCity(s *langSpec, src string) city {
	f := strings.Split(src, "|")
	for len(f) < 4 {
		f = append(f, "")
	}
	c := city{name: newPhrase(f[0]), nuts: f[1], loc: f[2], attr: newPhrase(f[3]), id: hashString(f[0])}
	if c.loc == "" {
		c.loc = strings.TrimSpace(s.in + " " + f[0])
	}
	if f[3] == "" {
		c.attr = c.name
	}
	c.latin = latinName(f[0])
	return c
}

// latinName spells a Cyrillic or Greek place name in Latin letters; a name
// already in Latin letters is kept.
func latinName(s string) string {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			words := fold.Tokens(s)
			for i, w := range words {
				words[i] = capitalize(w)
			}
			return strings.Join(words, " ")
		}
	}
	return s
}
