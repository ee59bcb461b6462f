package gen

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"coalition/internal/directory"
	"coalition/internal/fold"
)

// phrase is a piece of text with its ASCII slug ("Zaļā brīvība", "zala-briviba").
type phrase struct {
	text string // as written in a name
	run  string // in running text (descriptions)
	slug string
}

func newPhrase(text string) phrase {
	return phrase{text: text, run: text, slug: slugOf(text)}
}

// slugOf folds s to lower-case ASCII words joined by hyphens.
func slugOf(s string) string { return strings.Join(fold.Tokens(s), "-") }

// typ is a type of organization in one language: Verein, biedrība, SIA.
type typ struct {
	kind   int // index in kinds
	word   phrase
	suffix string
	flags  string // t topic, b brand, e eponym
	key    uint64 // what the type adds to a name's comparison key; 0 for legal forms
	sufKey uint64 // the same for the suffix alone, for templates without the type word
	acr    string // initials of the type word, for web domains
}

// lang is a compiled langSpec.
type lang struct {
	code    string
	spec    *langSpec
	types   [][]typ // by kind index
	civil   []template
	public  []template
	company []template
	topics  [nTopics]phrase
	topAcr  [nTopics]string // initials of each topic phrase's longer words
	topMain [nTopics]string // the longest word of each topic phrase, folded
	and     string          // conjunction between two topics; "" when topics are not paired
	pairs   [nTopics]string // each topic as the second of a pair
	pairOK  [nTopics]bool   // whether the topic may be paired: it has no conjunction of its own
	brands  []phrase
	male    []phrase
	female  []phrase
	family  [][2]phrase // masculine, feminine
	frames  [][]piece
	acts    []phrase
	groups  []phrase
	actPick picker
	grpPick picker
}

// compileLang checks and compiles s; a mistake in the word lists is a
// programming error and panics at start-up (and in the tests).
func compileLang(s *langSpec) *lang {
	l := &lang{code: s.code, spec: s, types: make([][]typ, len(kinds))}
	for _, t := range s.types {
		ty := compileType(s.code, t)
		l.types[ty.kind] = append(l.types[ty.kind], ty)
	}
	l.civil = compileTemplates(s, pick(s.civil, s.attr, defaultCivil, attrCivil))
	l.public = compileTemplates(s, pick(s.public, s.attr, defaultPublic, attrPublic))
	l.company = compileTemplates(s, pick(s.company, false, defaultCompany, nil))
	l.compileWords()
	return l
}

func pick(own []string, attr bool, def, attrDef []string) []string {
	switch {
	case own != nil:
		return own
	case attr:
		return attrDef
	}
	return def
}

func compileType(code, s string) typ {
	f := strings.Split(s, "|")
	if len(f) != 4 {
		panic(fmt.Sprintf("gen: %s: type %q: want kind|word|suffix|flags", code, s))
	}
	k := kindIndex(f[0])
	if k < 0 {
		panic(fmt.Sprintf("gen: %s: type %q: unknown kind", code, s))
	}
	w := newPhrase(f[1])
	return typ{kind: k, word: w, suffix: f[2], flags: f[3], key: wordsKey(f[1] + " " + f[2]),
		sufKey: wordsKey(f[2]), acr: initials(w.slug)}
}

// wordsKey is a hash of the comparison key (directory.NameKey) of s: 0 when s
// is only legal-form words, so that types that differ only by legal form give
// names that compare equal.
func wordsKey(s string) uint64 {
	k := directory.NameKey(s)
	if k == "" {
		return 0
	}
	return hashString(k)
}

func (l *lang) compileWords() {
	s := l.spec
	for i, t := range s.topics {
		name, run, ok := strings.Cut(t, "|")
		if name == "" {
			panic(fmt.Sprintf("gen: %s: topic %d is empty", s.code, i))
		}
		l.topics[i] = newPhrase(name)
		l.topAcr[i], l.topMain[i] = initials(l.topics[i].slug), longest(l.topics[i].slug)
		switch {
		case ok:
			l.topics[i].run = run
		case s.title:
			l.topics[i].run = strings.ToLower(name)
		}
	}
	l.compilePairs()
	l.brands = compileBrands(s)
	l.male, l.female = phrases(s.male), phrases(s.female)
	for _, f := range s.family {
		m, w, ok := strings.Cut(f, "|")
		if !ok {
			w = m
		}
		l.family = append(l.family, [2]phrase{newPhrase(m), newPhrase(w)})
	}
	for _, f := range s.frames {
		l.frames = append(l.frames, parsePieces(f))
	}
	if len(l.frames) < 3 || len(l.male) == 0 || len(l.female) == 0 || len(l.family) == 0 {
		panic(fmt.Sprintf("gen: %s: too few frames or names", s.code))
	}
	l.acts, l.groups = phrases(s.acts), phrases(s.groups)
	l.actPick, l.grpPick = zipf(len(l.acts), 1), zipf(len(l.groups), 1)
}

// compilePairs prepares each topic as the second member of a pair.
func (l *lang) compilePairs() {
	if len(l.spec.and) == 0 {
		return
	}
	l.and = l.spec.and[0]
	for i, t := range l.topics {
		l.pairs[i] = t.text
		l.pairOK[i] = !strings.Contains(" "+t.text+" ", " "+l.and+" ")
		for _, rule := range l.spec.and[1:] {
			prefix, repl, _ := strings.Cut(rule, ">")
			if rest, ok := strings.CutPrefix(t.text, prefix); ok {
				l.pairs[i] = repl + rest
				break
			}
		}
	}
}

func phrases(ss []string) []phrase {
	out := make([]phrase, len(ss))
	for i, s := range ss {
		out[i] = newPhrase(s)
	}
	return out
}

// compileBrands makes every adjective–noun pair, the adjective agreeing with the
// noun's gender, the whole starting with a capital letter.
func compileBrands(s *langSpec) []phrase {
	var out []phrase
	for _, n := range s.nouns {
		noun, g, _ := strings.Cut(n, "|")
		for _, a := range s.adjs {
			adj := genderForm(a, g)
			b := adj + " " + noun
			if s.adjAfter {
				b = noun + " " + adj
			}
			out = append(out, newPhrase(capitalize(b)))
		}
	}
	if len(out) < 50 {
		panic(fmt.Sprintf("gen: %s: only %d brands", s.code, len(out)))
	}
	return out
}

// genderForm picks the form of adjective a ("m|f|n") for gender g.
func genderForm(a, g string) string {
	forms := strings.Split(a, "|")
	i := strings.Index("mfn", g)
	if i < 0 || i >= len(forms) {
		i = 0
	}
	return forms[i]
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if u := unicode.ToUpper(r); u != r {
		return string(u) + s[n:]
	}
	return s
}

// initials returns the first letters of a slug's words of three letters or
// more: "verein-fur-umweltschutz" gives "vfu".
func initials(slug string) string {
	var b []byte
	for _, w := range strings.Split(slug, "-") {
		if len(w) >= 3 {
			b = append(b, w[0])
		}
	}
	return string(b)
}

// longest returns the longest word of a slug.
func longest(slug string) string {
	best := ""
	for _, w := range strings.Split(slug, "-") {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}
