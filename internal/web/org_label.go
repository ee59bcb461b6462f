package web

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"coalition/internal/eu"
	"coalition/internal/vocab"
)

// orgOption is one choice of a select, datalist, checkbox group or facet.
type orgOption struct {
	Value, Label string
	Selected     bool
	Field        string // the input's name (facets only)
	Count        int    // results having the value (facets only)
}

// orgExtraLanguages are the languages offered for names, descriptions and
// working languages besides the 24 official languages of the EU: neighbours'
// and regional languages organizers meet often.
var orgExtraLanguages = []string{"ca", "eu", "gl", "lb", "cy", "no", "is", "sq", "bs", "sr", "mk", "tr", "uk", "ru", "be"}

// countryName names a country by its ISO or EU code in lang: member states
// (and the United Kingdom) from the eu package, other countries from CLDR. A
// code that is not a country (ZZ, which CLDR calls "Unknown Region"; a
// continent such as 150) is returned as it is.
func countryName(lang, code string) string {
	if code == "" {
		return ""
	}
	if m, ok := eu.LookupAny(code); ok {
		return m.Name(lang)
	}
	if r, err := language.ParseRegion(code); err == nil && r.IsCountry() {
		if name := display.Regions(language.Make(lang)).Name(r); name != "" {
			return name
		}
	}
	return code
}

// orgRegionLabel names a NUTS region by its own (national) name and code.
func orgRegionLabel(code string) string {
	if r, ok := eu.Region(code); ok {
		return r.Label + " (" + r.Code + ")"
	}
	return code
}

// orgLanguageName names a language code in lang, capitalized as a label
// (CLDR writes "latviešu", "română" in lower case, as within a sentence),
// falling back to the code.
func orgLanguageName(lang, code string) string {
	if code == "" {
		return ""
	}
	name := display.Languages(language.Make(lang)).Name(language.Make(code))
	if name == "" {
		return code
	}
	r, size := utf8.DecodeRuneInString(name)
	return string(unicode.ToTitle(r)) + name[size:]
}

// termLabel names a term of a controlled vocabulary in lang, or returns
// the code when the vocabulary does not have it.
func termLabel(vocabName, code, lang string) string {
	v, _ := vocab.Get(vocabName)
	if t, ok := v.Term(code); ok {
		return t.Label(lang)
	}
	return code
}

// orgTermLabels names several terms of one vocabulary.
func orgTermLabels(vocabName string, codes []string, lang string) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = termLabel(vocabName, c, lang)
	}
	return out
}

// orgTermOptions lists the terms of a vocabulary in lang, in its order, with
// the codes in selected marked.
func orgTermOptions(vocabName, lang string, selected ...string) []orgOption {
	v, _ := vocab.Get(vocabName)
	out := make([]orgOption, len(v.Terms))
	for i, t := range v.Terms {
		out[i] = orgOption{Value: t.Code, Label: t.Label(lang), Selected: slices.Contains(selected, t.Code)}
	}
	return out
}

// orgLanguageOptions lists the offered languages by their name in lang,
// sorted by that name, with the codes in selected marked; a selected code not
// offered is added, so editing never loses a value.
func orgLanguageOptions(lang string, selected ...string) []orgOption {
	codes := slices.Clone(orgLanguageCodes())
	for _, c := range selected {
		if c != "" && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	out := make([]orgOption, len(codes))
	for i, c := range codes {
		out[i] = orgOption{Value: c, Label: orgLanguageName(lang, c), Selected: slices.Contains(selected, c)}
	}
	orgSortOptions(lang, out)
	return out
}

// orgLanguageCodes are the official EU languages and orgExtraLanguages.
var orgLanguageCodes = sync.OnceValue(func() []string {
	var codes []string
	for _, l := range eu.Languages() {
		codes = append(codes, l.Code)
	}
	return append(codes, orgExtraLanguages...)
})

// orgSortOptions sorts options by label in the collation order of lang.
func orgSortOptions(lang string, opts []orgOption) {
	c := collate.New(language.Make(lang))
	slices.SortStableFunc(opts, func(a, b orgOption) int { return c.CompareString(a.Label, b.Label) })
}

// orgCountryGroups are the choices of the country select: the member states,
// then every other country, each group sorted by name in lang.
type orgCountryGroups struct {
	EU, Other []orgOption
}

// orgCountryOptions lists the countries for the country select in lang with
// code selected. A stored code that is not a known country stays selectable.
func orgCountryOptions(lang, code string) orgCountryGroups {
	all := orgCountriesIn(lang)
	g := orgCountryGroups{EU: slices.Clone(all.EU), Other: slices.Clone(all.Other)}
	found := code == ""
	for _, opts := range [][]orgOption{g.EU, g.Other} {
		for i := range opts {
			opts[i].Selected = opts[i].Value == code
			found = found || opts[i].Selected
		}
	}
	if !found {
		g.Other = append(g.Other, orgOption{Value: code, Label: code, Selected: true})
	}
	return g
}

// orgCountryCache holds the sorted country groups of each UI language.
var orgCountryCache sync.Map // language → orgCountryGroups

// orgCountriesIn returns the country groups in lang, sorted by name, computed
// once per language.
func orgCountriesIn(lang string) orgCountryGroups {
	if g, ok := orgCountryCache.Load(lang); ok {
		return g.(orgCountryGroups)
	}
	var g orgCountryGroups
	for _, m := range eu.MemberStates() {
		g.EU = append(g.EU, orgOption{Value: m.ISO, Label: m.Name(lang)})
	}
	for _, c := range orgOtherCountries() {
		g.Other = append(g.Other, orgOption{Value: c, Label: countryName(lang, c)})
	}
	orgSortOptions(lang, g.EU)
	orgSortOptions(lang, g.Other)
	orgCountryCache.Store(lang, g)
	return g
}

// orgOtherCountries are the ISO 3166-1 codes CLDR knows as countries, other
// than the current member states, in code order: the codes the directory's
// validation accepts.
var orgOtherCountries = sync.OnceValue(func() []string {
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if _, member := eu.Lookup(code); err != nil || !r.IsCountry() || r.String() != code || member {
				continue
			}
			out = append(out, code)
		}
	}
	return out
})

// orgRegionOptions lists the NUTS regions of a country for the region
// field's suggestions.
func orgRegionOptions(country string) []orgOption {
	var out []orgOption
	for _, r := range eu.Regions(country, 0) {
		out = append(out, orgOption{Value: r.Code, Label: r.Label})
	}
	return out
}
