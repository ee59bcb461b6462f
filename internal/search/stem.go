package search

import (
	"sort"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/hungarian"
	"github.com/blevesearch/snowballstem/irish"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/romanian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/swedish"
)

// stemmers are the Snowball stemmers (snowballstem.org, generated Go code
// from github.com/blevesearch/snowballstem) for the official EU languages
// that have one: 13 of the 24. Bulgarian, Croatian, Czech, Estonian, Greek,
// Latvian, Lithuanian, Maltese, Polish, Slovak and Slovenian have none there,
// and their text is matched by exact words and prefixes only.
var stemmers = map[string]func(*snowballstem.Env) bool{
	"da": danish.Stem, "de": german.Stem, "en": english.Stem, "es": spanish.Stem,
	"fi": finnish.Stem, "fr": french.Stem, "ga": irish.Stem, "hu": hungarian.Stem,
	"it": italian.Stem, "nl": dutch.Stem, "pt": portuguese.Stem, "ro": romanian.Stem,
	"sv": swedish.Stem,
}

// stemLangs lists the keys of stemmers in order, for deterministic queries.
var stemLangs = func() []string {
	langs := make([]string, 0, len(stemmers))
	for l := range stemmers {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	return langs
}()

// stemLangIndex numbers the stemmer languages from 1, for compact tables.
var stemLangIndex = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, l := range stemLangs {
		m[l] = uint8(i + 1)
	}
	return m
}()

// HasStemmer reports whether text in the language (ISO 639-1) is stemmed.
func HasStemmer(lang string) bool {
	_, ok := stemmers[baseLang(lang)]
	return ok
}

// stem returns the stem of a folded word in lang, and false when lang has no
// stemmer. Words are folded before stemming, on both sides, so a query typed
// without diacritics meets text written with them.
func stem(lang, word string) (string, bool) {
	f, ok := stemmers[lang]
	if !ok {
		return "", false
	}
	env := snowballstem.NewEnv(word)
	f(env)
	s := env.Current()
	return s, s != ""
}
