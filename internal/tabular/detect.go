package tabular

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Detect guesses the encoding of a file from its first bytes: a byte order mark
// decides (UTF-8, UTF-16 LE or BE); UTF-8 with at most as many damaged lines
// as sound ones is UTF-8 (see mostlyUTF8); anything else is decoded as
// Windows-1252, -1250, -1251 and -1257 and the most plausible text wins (see
// plausibility). It returns the encoding's name; of code pages that read the
// sample alike, the first in detectOrder.
func Detect(sample []byte) string {
	switch {
	case bytes.HasPrefix(sample, bomUTF8):
		return UTF8
	case bytes.HasPrefix(sample, bomUTF16LE):
		return UTF16LE
	case bytes.HasPrefix(sample, bomUTF16BE):
		return UTF16BE
	case mostlyUTF8(sample):
		return UTF8
	}
	best, bestScore := 0, 0
	for i, name := range detectOrder {
		if score := candidates[name].plausibility(sample); i == 0 || score > bestScore {
			best, bestScore = i, score
		}
	}
	return detectOrder[sameReading(sample, best)]
}

// detectOrder lists the code pages Detect weighs, the one it names first when
// several read a sample alike.
var detectOrder = [...]string{Windows1252, Windows1250, Windows1251, Windows1257}

// sameReading returns the first code page in detectOrder that reads sample
// exactly as detectOrder[best] does: German text, or French without à, è or
// ê, is the same in Windows-1252 and -1250, and Estonian without š or ž is
// the same in Windows-1252 and -1257.
func sameReading(sample []byte, best int) int {
	var seen [256]bool
	for _, b := range sample {
		seen[b] = true
	}
	for i := range best {
		if readsAlike(&seen, candidates[detectOrder[i]].cm, candidates[detectOrder[best]].cm) {
			return i
		}
	}
	return best
}

// readsAlike reports whether code pages a and b decode each non-ASCII byte
// marked in seen to the same rune.
func readsAlike(seen *[256]bool, a, b *charmap.Charmap) bool {
	for c := utf8.RuneSelf; c < len(seen); c++ {
		if seen[c] && a.DecodeByte(byte(c)) != b.DecodeByte(byte(c)) {
			return false
		}
	}
	return true
}

// mostlyUTF8 reports whether sample reads as UTF-8 with a few damaged lines.
// Of its lines with bytes beyond ASCII, those that are valid UTF-8 (holding
// multi-byte sequences) must be at least as many as those that are not. Text
// in a single-byte code page is almost never valid UTF-8 by accident, so
// nearly every line of it with an accented letter counts against UTF-8;
// a UTF-8 file with a stray byte loses only that line, which the reader then
// rejects as import.invalid_text. A sample of pure ASCII is UTF-8.
func mostlyUTF8(sample []byte) bool {
	sound, damaged := 0, 0
	for line := range bytes.Lines(sample) {
		switch {
		case !hasNonASCII(line):
		case validUTF8Prefix(line):
			sound++
		default:
			damaged++
		}
	}
	return sound >= damaged
}

// hasNonASCII reports whether b holds a byte beyond ASCII.
func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// binaryData reports whether sample is binary data (a picture, a PDF…)
// rather than text in UTF-8 or a single-byte code page: it holds a NUL byte,
// or more than one byte in twenty is an ASCII control character other than
// tab, line and page breaks. UTF-16 text holds NUL bytes too; callers do not
// ask about it.
func binaryData(sample []byte) bool {
	if bytes.IndexByte(sample, 0) >= 0 {
		return true
	}
	controls := 0
	for _, c := range sample {
		if (c < ' ' && strings.IndexByte("\t\n\v\f\r", c) < 0) || c == 0x7F {
			controls++
		}
	}
	return controls*20 > len(sample)
}

// validUTF8Prefix reports whether b is valid UTF-8, allowing a rune cut off
// by the end of the sample.
func validUTF8Prefix(b []byte) bool {
	for i := 0; i < utf8.UTFMax && i < len(b); i++ {
		if utf8.Valid(b[:len(b)-i]) {
			return i == 0 || !utf8.FullRune(b[len(b)-i:])
		}
	}
	return utf8.Valid(b)
}

// candidate is one single-byte code page Detect considers: its table and,
// for a Latin code page, the worth of each non-ASCII byte's letter in each
// language written with it (see alphabet). A Cyrillic code page counts every
// Cyrillic letter as frequent.
type candidate struct {
	cm       *charmap.Charmap
	cyrillic bool
	langs    []letterWeights
}

// letterWeights holds the worth in one language of the letter each byte from
// 0x80 up stands for: inside a word, and at its start or end.
type letterWeights [2][256 - utf8.RuneSelf]int8

// latinCandidate returns the candidate of a Latin code page used for the
// languages of alphabets.
func latinCandidate(cm *charmap.Charmap, alphabets []alphabet) candidate {
	c := candidate{cm: cm}
	for _, a := range alphabets {
		var w letterWeights
		for i := range w[0] {
			r := cm.DecodeByte(byte(i + utf8.RuneSelf))
			w[0][i], w[1][i] = a.weight(r, false), a.weight(r, true)
		}
		c.langs = append(c.langs, w)
	}
	return c
}

var candidates = map[string]candidate{
	Windows1252: latinCandidate(charmap.Windows1252, westernAlphabets),
	Windows1250: latinCandidate(charmap.Windows1250, centralAlphabets),
	Windows1251: {cm: charmap.Windows1251, cyrillic: true},
	Windows1257: latinCandidate(charmap.Windows1257, balticAlphabets),
}

// plausibility scores sample read in code page c, byte by byte. A non-ASCII
// letter earns its worth in the one language of c that fits the sample best
// (see alphabet); a Cyrillic letter touching a Latin one, a symbol inside a
// word and a Latin letter between two other non-ASCII letters cost points
// (Latin-script words rarely have three accented letters in a row; Cyrillic
// words are nothing else); an undefined byte or a control character costs
// most.
func (c candidate) plausibility(sample []byte) int {
	score, inLang := 0, make([]int, len(c.langs))
	for i, b := range sample {
		if b < utf8.RuneSelf {
			continue
		}
		n := c.neighbours(sample, i)
		if w, ok := c.weigh(c.cm.DecodeByte(b), n); ok {
			score += w
			continue
		}
		for j := range c.langs {
			inLang[j] += int(c.langs[j][n.edge()][b-utf8.RuneSelf])
		}
	}
	if len(inLang) > 0 {
		score += slices.Max(inLang)
	}
	return score
}

// neighbourhood describes the bytes around one non-ASCII byte.
type neighbourhood struct {
	asciiLetter bool // an ASCII letter just before or after
	highLetters int  // how many of the two neighbours are non-ASCII letters
	letters     int  // how many of the two neighbours are letters of any kind
}

// edge returns 1 when the byte starts or ends a word, else 0 (the index
// into letterWeights).
func (n neighbourhood) edge() int {
	if n.letters < 2 {
		return 1
	}
	return 0
}

func (c candidate) neighbours(sample []byte, i int) neighbourhood {
	var n neighbourhood
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(sample) {
			continue
		}
		b := sample[j]
		switch {
		case b < utf8.RuneSelf && ('a' <= b|0x20 && b|0x20 <= 'z'):
			n.asciiLetter = true
			n.letters++
		case b >= utf8.RuneSelf && unicode.IsLetter(c.cm.DecodeByte(b)):
			n.highLetters++
			n.letters++
		}
	}
	return n
}

// weigh returns the worth of r where its neighbourhood decides it, and false
// where the language does: a Latin letter in a plausible place.
func (c candidate) weigh(r rune, n neighbourhood) (int, bool) {
	switch {
	case r == utf8.RuneError || unicode.IsControl(r):
		return -5, true
	case !unicode.IsLetter(r):
		if n.letters == 2 {
			return -3, true
		}
		return 0, true
	case c.cyrillic:
		if n.asciiLetter {
			return -3, true
		}
		return 2, true
	case n.highLetters == 2:
		return -2, true
	}
	return 0, false
}
