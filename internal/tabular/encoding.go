package tabular

import (
	"bytes"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Names of the encodings Detect can return.
const (
	UTF8        = "utf-8"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1250 = "windows-1250"
	Windows1251 = "windows-1251"
	Windows1252 = "windows-1252"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// lookupEncoding finds an encoding by a WHATWG label ("windows-1250", "cp1251",
// "latin2", "utf-16le") or a bare Windows code page number ("1250"). It returns
// nil for UTF-8, which needs no decoding.
func lookupEncoding(name string) (encoding.Encoding, string, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	if len(name) == 4 && strings.HasPrefix(name, "12") {
		name = "windows-" + name
	}
	switch name {
	case "utf8", "utf-8":
		return nil, UTF8, nil
	case "utf16", "utf-16":
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), "utf-16", nil
	}
	e, err := htmlindex.Get(name)
	if err != nil {
		return nil, "", invalid("import.encoding", "value", name)
	}
	canonical, _ := htmlindex.Name(e)
	if canonical == UTF8 {
		return nil, UTF8, nil
	}
	return e, canonical, nil
}

// decoder returns r decoded to UTF-8 from the named encoding, or r itself for
// UTF-8 (after its byte order mark, if any). UTF-16 keeps or drops its BOM as
// the transformer decides.
func decoder(r io.Reader, e encoding.Encoding) io.Reader {
	if e == nil {
		return r
	}
	return transform.NewReader(r, e.NewDecoder())
}

// Detect guesses the encoding of a file from its first bytes: a byte order mark
// decides (UTF-8, UTF-16 LE or BE); valid UTF-8 is UTF-8; anything else is
// decoded as Windows-1250, -1251 and -1252 and the most plausible text wins
// (see plausibility). It returns the encoding's name.
func Detect(sample []byte) string {
	switch {
	case bytes.HasPrefix(sample, bomUTF8):
		return UTF8
	case bytes.HasPrefix(sample, bomUTF16LE):
		return UTF16LE
	case bytes.HasPrefix(sample, bomUTF16BE):
		return UTF16BE
	case validUTF8Prefix(sample):
		return UTF8
	}
	best, bestScore := Windows1252, 0
	for i, name := range []string{Windows1252, Windows1250, Windows1251} {
		score := plausibility(sample, candidates[name])
		if i == 0 || score > bestScore {
			best, bestScore = name, score
		}
	}
	return best
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

// candidate is one single-byte code page Detect considers: its table, the
// letters frequent in the languages written with it (worth 2) and letters
// that occur but rarely (worth 1). A Cyrillic code page counts every Cyrillic
// letter as frequent.
type candidate struct {
	cm         *charmap.Charmap
	frequent   string
	occasional string
	cyrillic   bool
}

var candidates = map[string]candidate{
	Windows1252: {cm: charmap.Windows1252,
		frequent:   "àáâãäåæçèéêëìíîïñòóôöøùúüßœÀÁÂÄÅÆÇÈÉÊÍÎÑÓÔÖØÚÜ",
		occasional: "õûýÿþðÕÛÝ"},
	Windows1250: {cm: charmap.Windows1250,
		frequent:   "áâäăąćčďđéęěíîĺľłńňóôőöřśşšťţúůűüýźżžÁÂÄĂĄĆČĎĐÉĘĚÍĹĽŁŃŇÓÔŐÖŘŚŞŠŤŢÚŮŰÜÝŹŻŽ",
		occasional: "ŕëçŔËÇ"},
	Windows1251: {cm: charmap.Windows1251, cyrillic: true},
}

// plausibility scores sample read in code page c, byte by byte. A non-ASCII
// letter earns its weight in c (see candidate); a Cyrillic letter touching a
// Latin one, a symbol inside a word and a Latin letter between two other
// non-ASCII letters cost points (Western and Central European words rarely
// have three accented letters in a row; Cyrillic words are nothing else); an
// undefined byte or a control character costs most.
func plausibility(sample []byte, c candidate) int {
	score := 0
	for i, b := range sample {
		if b < utf8.RuneSelf {
			continue
		}
		score += c.weigh(c.cm.DecodeByte(b), c.neighbours(sample, i))
	}
	return score
}

// neighbourhood describes the bytes around one non-ASCII byte.
type neighbourhood struct {
	asciiLetter bool // an ASCII letter just before or after
	highLetters int  // how many of the two neighbours are non-ASCII letters
	letters     int  // how many of the two neighbours are letters of any kind
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

func (c candidate) weigh(r rune, n neighbourhood) int {
	switch {
	case r == utf8.RuneError || unicode.IsControl(r):
		return -5
	case !unicode.IsLetter(r):
		if n.letters == 2 {
			return -3
		}
		return 0
	case c.cyrillic:
		if n.asciiLetter {
			return -3
		}
		return 2
	case n.highLetters == 2:
		return -2
	case strings.ContainsRune(c.frequent, r):
		return 2
	case strings.ContainsRune(c.occasional, r):
		return 1
	}
	return 0
}
