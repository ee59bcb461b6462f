package i18n

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

var formSuffix = map[plural.Form]string{
	plural.Zero: "zero", plural.One: "one", plural.Two: "two",
	plural.Few: "few", plural.Many: "many", plural.Other: "other",
}

// N translates a counted message. The catalog holds one entry per CLDR plural form
// the language uses, as key.one, key.few, key.other and so on; N picks the form for
// n by the language's CLDR rules (Latvian zero/one/other, Slovenian one/two/few/other,
// Romanian one/few/other, Bulgarian and English one/other) and fills {n} and args.
// When the language lacks the chosen form it uses key.other.
func (b *Bundle) N(lang, key string, n int, args ...any) string {
	form := plural.Cardinal.MatchPlural(language.Make(lang), abs(n), 0, 0, 0, 0)
	args = append([]any{"n", n}, args...)
	full := key + "." + formSuffix[form]
	if _, ok := b.catalogs[lang][full]; ok {
		return b.T(lang, full, args...)
	}
	return b.T(lang, key+".other", args...)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
