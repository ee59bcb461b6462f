package gen

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece is a literal text or a slot ({T}, {p}…) of a template or frame.
type piece struct {
	lit  string
	slot byte
}

// parsePieces splits "{T} für {P}" into slots and literals.
func parsePieces(s string) []piece {
	var out []piece
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 || i+2 >= len(s) || s[i+2] != '}' {
			return append(out, piece{lit: s})
		}
		if i > 0 {
			out = append(out, piece{lit: s[:i]})
		}
		out = append(out, piece{slot: s[i+1]})
		s = s[i+3:]
	}
	return out
}

// Parts a template needs.
const (
	needTopic = 1 << iota
	needBrand
	needEponym
	needCity
	hasType // the template writes the type word {T}
)

// template is a compiled name template.
type template struct {
	pieces []piece
	needs  int
	key    uint64 // the template's own words, for the comparison key
}

func compileTemplates(s *langSpec, srcs []string) []template {
	out := make([]template, len(srcs))
	for i, src := range srcs {
		src = strings.ReplaceAll(src, "{Q}", s.quote[0]+"{B}"+s.quote[1])
		if !strings.Contains(src, "{S}") {
			src += "{S}"
		}
		out[i] = compileTemplate(s.code, src)
	}
	return out
}

func compileTemplate(code, src string) template {
	t := template{pieces: parsePieces(src)}
	var lits strings.Builder
	for _, p := range t.pieces {
		switch p.slot {
		case 0:
			lits.WriteString(p.lit)
		case 'P':
			t.needs |= needTopic
		case 'B':
			t.needs |= needBrand
		case 'E':
			t.needs |= needEponym
		case 'C', 'A':
			t.needs |= needCity
		case 'T':
			t.needs |= hasType
		case 'S', 'D':
		default:
			panic(fmt.Sprintf("gen: %s: template %q: unknown slot {%c}", code, src, p.slot))
		}
	}
	t.key = wordsKey(lits.String())
	return t
}

// fits reports whether a type with the given flags can fill t.
func (t *template) fits(flags string) bool {
	return (t.needs&needTopic == 0 || strings.IndexByte(flags, 't') >= 0) &&
		(t.needs&needBrand == 0 || strings.IndexByte(flags, 'b') >= 0) &&
		(t.needs&needEponym == 0 || strings.IndexByte(flags, 'e') >= 0)
}

// nameParts are the chosen parts of one organization's name.
type nameParts struct {
	typ    *typ
	tmpl   *template
	topic  int // always chosen: it is the organization's main topic
	topic2 int // a second topic paired with the first in the name, or -1
	city   *city
	brand  int
	given  *phrase
	family *phrase
}

// render writes the name into a and returns it.
func (n *nameParts) render(a *arena, l *lang) string {
	start := a.start()
	afterTopic := false
	for _, p := range n.tmpl.pieces {
		text := n.slotText(p, l)
		if afterTopic && l.spec.hyphen && sameVowel(a.buf, text) {
			a.writeByte('-')
		}
		if p.slot == 'E' {
			n.writeEponym(a, l.spec.famFirst)
		} else {
			a.write(text)
		}
		if p.slot == 'P' && n.topic2 >= 0 && l.and != "" {
			a.write(" ")
			a.write(l.and)
			a.write(" ")
			a.write(l.pairs[n.topic2])
		}
		afterTopic = p.slot == 'P'
	}
	a.capitalizeFrom(start)
	return a.str(start)
}

// slotText returns the text of a literal or a slot other than {E}.
func (n *nameParts) slotText(p piece, l *lang) string {
	switch p.slot {
	case 0:
		return p.lit
	case 'T':
		return n.typ.word.text
	case 'S':
		return n.typ.suffix
	case 'D':
		return l.spec.dept
	case 'P':
		return l.topics[n.topic].text
	case 'C':
		return n.city.name.text
	case 'A':
		return n.city.attr.text
	case 'B':
		return l.brands[n.brand].text
	}
	return ""
}

func (n *nameParts) writeEponym(a *arena, famFirst bool) {
	first, second := n.given, n.family
	if famFirst {
		first, second = second, first
	}
	a.write(first.text)
	a.write(" ")
	a.write(second.text)
}

// sameVowel reports whether the text written so far ends with the vowel text
// starts with: Finnish then joins the parts of a compound with a hyphen.
func sameVowel(buf []byte, text string) bool {
	if len(buf) == 0 || text == "" {
		return false
	}
	last, _ := utf8.DecodeLastRune(buf)
	first, _ := utf8.DecodeRuneInString(text)
	last, first = unicode.ToLower(last), unicode.ToLower(first)
	return last == first && strings.ContainsRune("aeiouyäö", last)
}

// key returns a hash of what makes two names compare equal in one country:
// the template's and the type's own words (unless they are legal forms) and
// every part that appears in the name, whatever its order.
func (n *nameParts) key(country, language int) uint64 {
	h := mix(uint64(country)<<8|uint64(language), n.tmpl.key)
	if n.tmpl.needs&hasType != 0 {
		h = mix(h, n.typ.key)
	} else {
		h = mix(h, n.typ.sufKey)
	}
	if n.tmpl.needs&needTopic != 0 {
		lo, hi := n.topic, n.topic2
		if hi >= 0 && hi < lo {
			lo, hi = hi, lo
		}
		h = mix(mix(h, uint64(lo+1)), uint64(hi+2))
	}
	if n.tmpl.needs&needBrand != 0 {
		h = mix(h, uint64(n.brand+1))
	}
	if n.tmpl.needs&needCity != 0 {
		h = mix(h, n.city.id)
	}
	if n.tmpl.needs&needEponym != 0 {
		h = mix(mix(h, hashString(n.given.text)), hashString(n.family.text))
	}
	return h
}

// capitalizeFrom upper-cases the first letter written since start when its
// upper-case form has the same length in UTF-8 (true of every EU alphabet).
func (a *arena) capitalizeFrom(start int) {
	if start >= len(a.buf) {
		return
	}
	if c := a.buf[start]; c >= 'a' && c <= 'z' {
		a.buf[start] = c - 'a' + 'A'
		return
	}
	r, n := utf8.DecodeRune(a.buf[start:])
	if u := unicode.ToUpper(r); u != r && utf8.RuneLen(u) == n {
		utf8.EncodeRune(a.buf[start:], u)
	}
}
