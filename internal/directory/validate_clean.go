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
// characters other than tab and newline (a CR LF becomes LF) and without
// invisible formatting characters, trimmed: neither database accepts every
// byte (PostgreSQL refuses NUL), and none belongs in a name or a description.
func clean(s string) string {
	if isClean(s) {
		return strings.TrimSpace(s)
	}
	s = strings.ToValidUTF8(strings.ReplaceAll(s, "\r\n", "\n"), "\uFFFD")
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f || invisible(r) {
			return -1
		}
		return r
	}, s))
}

// invisible reports whether r is a character that shows nothing but can
// change how the text around it reads or compares: the bidirectional
// embeddings, overrides, isolates and marks (a name written backwards on
// screen), zero-width spaces, the word joiner and the byte order mark, and
// the C1 controls. The zero-width joiner and non-joiner stay: some scripts
// and emoji need them.
func invisible(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f && r != 0x85, // C1 controls; NEL is white space
		r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c,
		r == 0x200b, r == 0x2060, r == 0xfeff:
		return true
	}
	return false
}

// isClean reports whether s is valid UTF-8 without the characters clean
// removes: most values are, and need no copy.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return utf8.ValidString(s[i:]) && noControl(s[i:]) && !strings.ContainsFunc(s[i:], invisible)
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
