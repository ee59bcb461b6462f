// Package i18n holds Coalition's message catalogs, one embedded JSON file per
// language, and everything needed to speak a user's language: negotiation from a
// query switch, a stored preference or Accept-Language; placeholder substitution;
// CLDR plural forms; and LocalizedError, the error type domain code returns so
// that front ends can show it translated.
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"

	"golang.org/x/text/language"
)

//go:embed catalog/*.json
var catalogFS embed.FS

// Languages lists the UI languages in the order the language switcher shows them.
// The first one is the fallback for keys missing elsewhere (tests forbid that).
var Languages = []string{"en", "bg", "ro", "lv", "sl"}

// Fallback is the language used when nothing better matches.
const Fallback = "en"

var endonyms = map[string]string{
	"en": "English", "bg": "Български", "ro": "Română", "lv": "Latviešu", "sl": "Slovenščina",
}

// Endonym returns a UI language's name in that language, for the switcher.
func Endonym(lang string) string { return endonyms[lang] }

// Bundle is the set of loaded catalogs. It is safe for concurrent use once loaded.
type Bundle struct {
	catalogs map[string]map[string]string
	matcher  language.Matcher
	tags     []language.Tag
}

// Load parses the embedded catalogs. It fails when a catalog is missing or malformed,
// so a broken catalog stops the program at start rather than at a request.
func Load() (*Bundle, error) {
	b := &Bundle{catalogs: map[string]map[string]string{}}
	for _, lang := range Languages {
		data, err := catalogFS.ReadFile(path.Join("catalog", lang+".json"))
		if err != nil {
			return nil, fmt.Errorf("i18n: catalog %s: %w", lang, err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("i18n: catalog %s: %w", lang, err)
		}
		b.catalogs[lang] = m
		b.tags = append(b.tags, language.Make(lang))
	}
	b.matcher = language.NewMatcher(b.tags)
	return b, nil
}

// MustLoad is Load for tests and program start; it panics on a broken catalog.
func MustLoad() *Bundle {
	b, err := Load()
	if err != nil {
		panic(err)
	}
	return b
}

// Supported reports whether lang is one of the UI languages.
func (b *Bundle) Supported(lang string) bool {
	_, ok := b.catalogs[lang]
	return ok
}

// Keys returns the sorted keys of one language's catalog.
func (b *Bundle) Keys(lang string) []string {
	keys := make([]string, 0, len(b.catalogs[lang]))
	for k := range b.catalogs[lang] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Raw returns a catalog entry without substitution, and whether it exists.
func (b *Bundle) Raw(lang, key string) (string, bool) {
	s, ok := b.catalogs[lang][key]
	return s, ok
}

// T translates key into lang. Args are name/value pairs that fill {name}
// placeholders: T("lv", "user.greeting", "name", "Anna"). A key missing in lang
// falls back to English; a key missing everywhere is returned as is, so it shows
// up in screenshots and tests instead of vanishing.
func (b *Bundle) T(lang, key string, args ...any) string {
	s, ok := b.catalogs[lang][key]
	if !ok {
		if s, ok = b.catalogs[Fallback][key]; !ok {
			return key
		}
	}
	return fill(s, args)
}

func fill(s string, args []any) string {
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+fmt.Sprint(args[i])+"}", fmt.Sprint(args[i+1]))
	}
	return strings.NewReplacer(pairs...).Replace(s)
}

// Negotiate picks the UI language: an explicit switch (?lang=) wins, then the
// user's stored preference, then the browser's Accept-Language header, then English.
func (b *Bundle) Negotiate(query, preference, acceptLanguage string) string {
	for _, l := range []string{query, preference} {
		if l = strings.ToLower(strings.TrimSpace(l)); b.Supported(l) {
			return l
		}
	}
	if acceptLanguage == "" {
		return Fallback
	}
	tags, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil || len(tags) == 0 {
		return Fallback
	}
	_, idx, conf := b.matcher.Match(tags...)
	if conf == language.No {
		return Fallback
	}
	return Languages[idx]
}
