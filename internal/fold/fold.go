// Package fold turns text into comparable form for search and duplicate
// detection: lower case, no diacritics, the special letters of European alphabets
// spelled out in plain Latin (ł→l, ß→ss, ø→o, æ→ae, đ→d, ħ→h…), and Cyrillic and
// Greek transliterated to Latin, so "Łódź", "LODZ" and "Лодзь" meet. It does the
// same to indexed text and to queries, because SQLite's unicode61 tokenizer and
// PostgreSQL's unaccent each leave some of these letters alone.
package fold

import (
	"strings"
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
	var b strings.Builder
	b.Grow(len(s))
	prev := ' '
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		lower := unicode.ToLower(r)
		if lat, ok := romanize(prev, lower); ok {
			b.WriteString(lat)
		} else {
			writeRune(&b, r)
		}
		prev = lower
	}
	return fixBulgarianEnding(b.String())
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
