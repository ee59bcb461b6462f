package search

import (
	"hash/maphash"
	"iter"
	"strings"
	"unicode/utf8"

	"coalition/internal/fold"
)

// maxTermBytes bounds an indexed or queried word; longer words are cut at a
// rune boundary, on both sides, so they still meet.
const maxTermBytes = 64

// appendTokens appends the folded words of s to dst. The result is
// fold.Tokens(s), with invalid UTF-8 read as spaces and words cut to
// maxTermBytes. A folded word folds to itself (fold's fuzz test checks it),
// so a rendered query parses back to the same words.
//
// Runs of ASCII letters and digits, the bulk of European text, are
// lower-cased here, and every run holding another character goes through
// fold.Tokens. This is sound because folding is local: an ASCII character
// that is neither a letter nor a digit always folds to a space, and no rule
// of fold looks across a space except the word-final "-iya" → "-ia" of
// Bulgarian romanization, applied here too. A test checks the equivalence
// against fold.Tokens on random text.
func appendTokens(dst []string, s string) []string {
	for chunk := range chunks(s) {
		if isASCII(chunk) {
			dst = append(dst, cut(lowerASCII(chunk)))
		} else {
			dst = appendFolded(dst, strings.ToValidUTF8(chunk, " "))
		}
	}
	return dst
}

// tokens returns the folded words of s.
func tokens(s string) []string { return appendTokens(nil, s) }

// chunks yields the runs of s that hold no ASCII separator (an ASCII
// character other than a letter or digit).
func chunks(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < utf8.RuneSelf && !isAlnum(c) {
				if start >= 0 && !yield(s[start:i]) {
					return
				}
				start = -1
			} else if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// appendFolded appends fold.Tokens(s), each word cut to maxTermBytes.
func appendFolded(dst []string, s string) []string {
	for _, t := range fold.Tokens(s) {
		dst = append(dst, cut(t))
	}
	return dst
}

// cut shortens a word to at most maxTermBytes without splitting a rune, and
// spells a final "-iya" as "-ia" the way fold does with whole words, so a
// folded word folds to itself.
func cut(t string) string {
	if len(t) > maxTermBytes {
		i := maxTermBytes
		for i > 0 && !utf8.RuneStart(t[i]) {
			i--
		}
		t = t[:i]
	}
	if strings.HasSuffix(t, "iya") {
		t = t[:len(t)-3] + "ia"
	}
	return t
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerASCII lower-cases an ASCII string, without allocating when it is
// already in lower case.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// baseLang lower-cases a language tag and drops its region: "pt-BR" → "pt".
func baseLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

// Keys of the term dictionary. Plain words are stored as they are; the other
// kinds begin with a control byte, so they sort before every word and never
// answer a prefix.
const (
	stemMark   = "\x01" // "\x01de:umwelt": a stem of a description word, by language
	facetMark  = "\x03" // "\x03country:LV": a facet value, only while building
	facetSplit = ":"
)

func stemKey(lang, stem string) string { return stemMark + lang + ":" + stem }

// nameSeed keys nameHash; the hashes live only in this process's memory.
var nameSeed = maphash.MakeSeed()

// nameHash identifies a whole folded name: the index keeps a hash per name
// rather than a dictionary key, to find an exact full-name match.
func nameHash(words []string) uint64 {
	var h maphash.Hash
	h.SetSeed(nameSeed)
	for i, w := range words {
		if i > 0 {
			h.WriteByte(' ')
		}
		h.WriteString(w)
	}
	return h.Sum64()
}

func facetKey(facet int, value string) string {
	return facetMark + facetNames[facet] + facetSplit + value
}

// isPlain reports whether a dictionary key is a word (not a stem, name or facet key).
func isPlain(key string) bool { return key != "" && key[0] > facetMark[0] }
