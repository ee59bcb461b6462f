// Package fold turns text into comparable form for search and duplicate
// detection: lower case, no diacritics, the special letters of European alphabets
// spelled out in plain Latin (ł→l, ß→ss, ø→o, æ→ae, đ→d, ħ→h…), and Cyrillic and
// Greek transliterated to Latin, so "Łódź", "LODZ" and "Лодзь" meet. It does the
// same to indexed text and to queries, because SQLite's unicode61 tokenizer and
// PostgreSQL's unaccent each leave some of these letters alone.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
	"golang.org/x/text/unicode/norm"
)

// special spells out letters that Unicode decomposition does not reduce to a
// base letter plus marks.
var special = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'œ': "oe", 'Œ': "oe",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h",
	'þ': "th", 'Þ': "th", 'ı': "i", 'ŀ': "l", 'Ŀ': "l", 'ĸ': "k", 'ŉ': "n", 'ſ': "s",
	'ŧ': "t", 'Ŧ': "t", 'ƒ': "f", 'Ƒ': "f",
}

// Fold returns s in lower case without diacritics, with special Latin letters
// spelled out and non-Latin letters (Cyrillic, Greek…) transliterated. Anything
// that is neither a letter nor a digit becomes a space.
func Fold(s string) string {
	if isASCII(s) {
		return fixBulgarianEnding(foldASCII(s))
	}
	tab := runeFolds()
	var b strings.Builder
	b.Grow(len(s))
	prev := ' '
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			c := foldASCIIByte(byte(r))
			b.WriteByte(c)
			prev = rune(c)
		case r < decomposedBelow && !tab[r].afterO:
			e := &tab[r]
			b.WriteString(e.out)
			if e.setsPrev {
				prev = e.prev
			}
		default:
			prev = foldRune(&b, prev, r)
		}
	}
	return fixBulgarianEnding(b.String())
}

// foldRune writes the folded r, given the lower-case letter before it, and
// returns the letter it leaves as the one before the next.
func foldRune(b *strings.Builder, prev, r rune) rune {
	for _, d := range decompose(r) {
		lower := unicode.ToLower(d)
		if lat, ok := romanize(prev, lower); ok {
			b.WriteString(lat)
		} else {
			writeRune(b, d)
		}
		prev = lower
	}
	return prev
}

// runeFold is what Fold writes for one rune, worked out once.
type runeFold struct {
	out      string
	prev     rune // the letter the rune leaves as the one before the next
	setsPrev bool // false for a lone mark, which leaves the letter before alone
	afterO   bool // the rune spells differently after ο (Greek ου): fold it each time
}

// runeFolds holds the folding of every rune below decomposedBelow.
var runeFolds = sync.OnceValue(func() []runeFold {
	t := make([]runeFold, decomposedBelow)
	for r := range rune(decomposedBelow) {
		var b strings.Builder
		const none = -1
		prev := foldRune(&b, none, r)
		t[r] = runeFold{out: b.String(), prev: prev, setsPrev: prev != none}
		for _, d := range decompose(r) {
			t[r].afterO = t[r].afterO || unicode.ToLower(d) == 'υ'
		}
	}
	return t
})

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldASCII folds an ASCII string: letters in lower case, digits kept,
// everything else a space.
func foldASCII(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		b[i] = foldASCIIByte(s[i])
	}
	return string(b)
}

// foldASCIIByte folds one ASCII character: a letter in lower case, a digit
// kept, anything else a space.
func foldASCIIByte(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		return c
	}
	return ' '
}

// decomposedBelow is the end of the runes whose decomposition is kept in a
// table: the Latin, Greek and Cyrillic blocks, and everything between.
const decomposedBelow = 0x2000

// decomposed holds, for each rune below decomposedBelow, its canonical
// decomposition without combining marks.
var decomposed = sync.OnceValue(func() []string {
	t := make([]string, decomposedBelow)
	for r := range rune(decomposedBelow) {
		t[r] = withoutMarks(r)
	}
	return t
})

// decompose returns r's canonical decomposition without its combining marks
// ("é" → "e"; a lone mark → ""). Decomposing rune by rune gives what
// decomposing the whole text would, once the marks are dropped: only marks
// are reordered.
func decompose(r rune) string {
	if r < decomposedBelow {
		return decomposed()[r]
	}
	return withoutMarks(r)
}

// withoutMarks decomposes r and drops the nonspacing marks.
func withoutMarks(r rune) string {
	return strings.Map(func(d rune) rune {
		if unicode.Is(unicode.Mn, d) {
			return -1
		}
		return d
	}, norm.NFD.String(string(r)))
}

// fixBulgarianEnding spells a word-final -ия as -ia, as the Bulgarian
// Streamlined System does ("България" → "balgaria", "София" → "sofia").
func fixBulgarianEnding(s string) string {
	if !strings.Contains(s, "iya") {
		return s
	}
	words := strings.SplitAfter(s, " ")
	for i, w := range words {
		trimmed := strings.TrimRight(w, " ")
		if strings.HasSuffix(trimmed, "iya") {
			words[i] = strings.TrimSuffix(trimmed, "iya") + "ia" + w[len(trimmed):]
		}
	}
	return strings.Join(words, "")
}

func writeRune(b *strings.Builder, r rune) {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		} else if !('a' <= r && r <= 'z' || '0' <= r && r <= '9') {
			r = ' '
		}
		b.WriteRune(r)
	case special[r] != "":
		b.WriteString(special[r])
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		writeTranslit(b, r)
	default:
		b.WriteByte(' ')
	}
}

// writeTranslit writes a non-ASCII letter: a Latin one in lower case, any other
// script transliterated to Latin.
func writeTranslit(b *strings.Builder, r rune) {
	if unicode.Is(unicode.Latin, r) {
		b.WriteRune(unicode.ToLower(r))
		return
	}
	for _, c := range unidecode.Unidecode(string(r)) {
		if c < utf8.RuneSelf {
			writeRune(b, c)
		}
	}
}

// Tokens returns the folded words of s, in order, without empty ones.
func Tokens(s string) []string {
	return strings.Fields(Fold(s))
}

// Key returns the folded words of s joined by single spaces: a comparison key.
func Key(s string) string {
	return strings.Join(Tokens(s), " ")
}
