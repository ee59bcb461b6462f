package directory

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"coalition/internal/fold"
)

// synth generates a synthetic multilingual directory with planted duplicates:
// a duplicate copies a recent original in one of several forms (diacritics
// removed, other script, legal form added or removed, word order changed, same
// PIC under another name, a typo in its distinctive word). It remembers the
// planted pairs as ground truth.
type synth struct {
	rng     *rand.Rand
	dupRate float64
	recent  []synthOrg // originals that may still be copied
	planted [][2]int64
}

// synthOrg is a generated original with what its variants need.
type synthOrg struct {
	org                Organization
	core, form, invent string // the name without legal form, its form, its invented word
	c                  *genCountry
}

func newSynth(seed uint64, dupRate float64) *synth {
	return &synth{rng: rand.New(rand.NewPCG(seed, 42)), dupRate: dupRate}
}

// scan returns a scan function that generates n organizations with ids 1…n.
func (g *synth) scan(n int) func(context.Context, func(Organization) error) error {
	return func(_ context.Context, fn func(Organization) error) error {
		for id := int64(1); id <= int64(n); id++ {
			if err := fn(g.next(id)); err != nil {
				return err
			}
		}
		return nil
	}
}

func (g *synth) next(id int64) Organization {
	if len(g.recent) > 100 && g.rng.Float64() < g.dupRate {
		k := g.rng.IntN(len(g.recent))
		orig := g.recent[k]
		g.recent[k] = g.recent[len(g.recent)-1]
		g.recent = g.recent[:len(g.recent)-1]
		g.planted = append(g.planted, [2]int64{orig.org.ID, id})
		return g.variant(orig, id)
	}
	o := g.original(id, &genCountries[g.rng.IntN(len(genCountries))])
	if len(g.recent) < 4096 {
		g.recent = append(g.recent, o)
	} else {
		g.recent[g.rng.IntN(len(g.recent))] = o
	}
	return o.org
}

func (g *synth) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// original generates a new organization of country c.
func (g *synth) original(id int64, c *genCountry) synthOrg {
	s := synthOrg{c: c, invent: g.invented(c)}
	w1, w2 := g.pick(c.words), g.pick(c.words)
	switch g.rng.IntN(4) {
	case 0:
		s.core = w1 + " " + g.pick(c.links) + " " + w2 + " " + s.invent
	case 1:
		s.core = s.invent + " " + g.pick(c.cities)
	case 2:
		s.core = w1 + " " + s.invent + " " + g.pick(c.cities)
	default:
		s.core = w1 + " " + strings.ToLower(w2) + " " + s.invent
	}
	if g.rng.IntN(10) < 6 {
		s.form = g.pick(c.forms)
	}
	s.org = Organization{ID: id, Name: withForm(s.core, s.form, g.rng.IntN(2) == 0), Country: c.code}
	g.identifiers(&s)
	return s
}

// identifiers gives s some registry ids, a website, an e-mail address and an
// English alternative name.
func (g *synth) identifiers(s *synthOrg) {
	o, slug := &s.org, fold.Key(s.invent)
	if g.rng.IntN(10) < 4 {
		o.Registry.PIC = fmt.Sprintf("9%08d", o.ID)
	}
	if g.rng.IntN(100) < 15 {
		o.Registry.Transparency = fmt.Sprintf("%012d-%02d", 7_000_000+o.ID, o.ID%97)
	}
	if g.rng.IntN(10) < 7 {
		o.Website = fmt.Sprintf("https://www.%s%d.eu/", strings.ReplaceAll(slug, " ", ""), o.ID)
	}
	if o.Website != "" && g.rng.IntN(10) < 3 {
		o.Email = "info@" + websiteKey(o.Website)
	}
	if g.rng.IntN(10) == 0 {
		o.Names = []Text{{Lang: "en", Value: g.pick(englishWords) + " " + titleWords(slug)}}
	}
}

// invented returns a made-up proper name of three syllables in c's
// letters, each with one or two consonants before its vowel and sometimes one
// after, so that made-up names are about as far apart as real ones.
func (g *synth) invented(c *genCountry) string {
	var b strings.Builder
	cons := func() rune { return c.cons[g.rng.IntN(len(c.cons))] }
	for range 3 {
		b.WriteRune(cons())
		if g.rng.IntN(10) < 3 {
			b.WriteRune(cons())
		}
		b.WriteRune(c.vows[g.rng.IntN(len(c.vows))])
		if g.rng.IntN(10) < 3 {
			b.WriteRune(cons())
		}
	}
	r := []rune(b.String())
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func withForm(core, form string, prefix bool) string {
	switch {
	case form == "":
		return core
	case prefix:
		return form + " " + core
	}
	return core + " " + form
}

// variant returns a duplicate of s with the given id in one of the planted forms.
func (g *synth) variant(s synthOrg, id int64) Organization {
	o := s.org
	o.ID, o.Names = id, nil
	switch g.rng.IntN(6) {
	case 0:
		o.Name = stripDiacritics(o.Name)
	case 1:
		o.Name = otherScript(o.Name, s.c.latin)
	case 2:
		o.Name = withForm(s.core, toggleForm(s, g.pick(s.c.forms)), g.rng.IntN(2) == 0)
	case 3:
		words := strings.Fields(s.core)
		o.Name = withForm(strings.Join(append(words[1:], words[0]), " "), s.form, false)
	case 4:
		return g.renamed(s, id)
	default:
		o.Name = strings.Replace(o.Name, s.invent, g.typo(s.invent), 1)
	}
	o.Registry, o.Email = RegistryIDs{}, ""
	if o.Website != "" && g.rng.IntN(2) == 0 {
		o.Website = "http://" + websiteKey(o.Website)
	}
	return o
}

// renamed returns another organization under the same PIC, or a typo variant
// when s has no PIC.
func (g *synth) renamed(s synthOrg, id int64) Organization {
	if s.org.Registry.PIC == "" {
		o := s.org
		o.ID, o.Names, o.Registry, o.Email = id, nil, RegistryIDs{}, ""
		o.Name = strings.Replace(o.Name, s.invent, g.typo(s.invent), 1)
		return o
	}
	o := g.original(id, s.c).org
	p := s.org.Registry.PIC
	o.Registry = RegistryIDs{PIC: p[:3] + " " + p[3:6] + " " + p[6:]}
	return o
}

func toggleForm(s synthOrg, other string) string {
	if s.form != "" {
		return ""
	}
	return other
}

// typo changes one letter of word after the first: replaced, dropped, or
// swapped with the next.
func (g *synth) typo(word string) string {
	r := []rune(word)
	i := 1 + g.rng.IntN(len(r)-2)
	switch g.rng.IntN(3) {
	case 0:
		r[i] = 'x'
	case 1:
		r = append(r[:i], r[i+1:]...)
	default:
		r[i], r[i+1] = r[i+1], r[i]
	}
	return string(r)
}

var specialLetters = strings.NewReplacer("ß", "ss", "ł", "l", "Ł", "L", "đ", "d", "Đ", "D", "ø", "o", "æ", "ae")

// stripDiacritics removes accents as people do on keyboards without them.
func stripDiacritics(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(specialLetters.Replace(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// otherScript writes a Cyrillic or Greek name in Latin letters, and a Latin
// one in capitals (its other usual spelling in registers).
func otherScript(s string, latin bool) string {
	if latin {
		return strings.ToUpper(s)
	}
	return titleWords(fold.Fold(s))
}

func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
