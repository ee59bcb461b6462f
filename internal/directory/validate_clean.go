package directory

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// collapse trims s and turns every run of white space inside it into one space,
// after clean.
func collapse(s string) string {
	s = clean(s)
	if collapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports whether s, trimmed, has no space to collapse: no white
// space but single spaces.
func collapsed(s string) bool {
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return collapsedRunes(s[i:], prevSpace)
		case c == ' ' && prevSpace, c != ' ' && asciiSpace(c):
			return false
		}
		prevSpace = c == ' '
	}
	return true
}

// asciiSpace reports whether c is ASCII white space as unicode.IsSpace sees it.
func asciiSpace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// collapsedRunes is collapsed for text that follows a space when prevSpace.
func collapsedRunes(s string, prevSpace bool) bool {
	for _, r := range s {
		switch {
		case r == ' ' && prevSpace, r != ' ' && unicode.IsSpace(r):
			return false
		}
		prevSpace = r == ' '
	}
	return true
}

// clean returns s as valid UTF-8 (bad bytes become U+FFFD) without control
// characters other than tab and newline (a CR LF becomes LF), trimmed: neither
// database accepts every byte (PostgreSQL refuses NUL), and none belongs in a
// name or a description.
func clean(s string) string {
	if isClean(s) {
		return strings.TrimSpace(s)
	}
	s = strings.ToValidUTF8(strings.ReplaceAll(s, "\r\n", "\n"), "\uFFFD")
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f {
			return -1
		}
		return r
	}, s))
}

// isClean reports whether s is valid UTF-8 without the characters clean
// removes: most values are, and need no copy.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return utf8.ValidString(s[i:]) && noControl(s[i:])
		}
		if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
			return false
		}
	}
	return true
}

// noControl reports whether s holds none of the control characters clean
// removes, all of them ASCII.
func noControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
			return false
		}
	}
	return true
}
