package eu

import (
	"strings"
	"unicode"
)

// foldGroups maps letters with diacritics to their base letters, for the
// Latin and Greek alphabets of the EU's official languages. Cyrillic needs no
// entry: Bulgarian й is a letter of its own and only case is folded.
var foldGroups = map[string]string{
	"a": "àáâãäåāăą", "c": "çćčĉċ", "d": "ďđ", "e": "èéêëēĕėęě",
	"g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ",
	"l": "ĺļľŀł", "n": "ñńņňŉ", "o": "òóôõöøōŏő", "r": "ŕŗř",
	"s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ",
	"z": "źżž", "ss": "ß", "ae": "æ", "oe": "œ", "th": "þ", "dh": "ð",
	"α": "ά", "ε": "έ", "η": "ή", "ι": "ίϊΐ", "ο": "ό", "υ": "ύϋΰ",
	"ω": "ώ", "σ": "ς",
}

// foldMap is foldGroups inverted: one entry per accented letter.
var foldMap = invertFold(foldGroups)

func invertFold(groups map[string]string) map[rune]string {
	m := make(map[rune]string)
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}

// fold returns s lower-cased, without diacritics, with punctuation turned
// into spaces and runs of spaces collapsed: "Țările de Jos" and
// "tarile-de-jos" fold alike.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.Is(unicode.Mn, r): // combining mark of a decomposed letter
		case foldMap[r] != "":
			b.WriteString(foldMap[r])
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
