package store

import (
	"strings"
	"unicode/utf8"

	"coalition/internal/directory"
)

// The JSON lists the store writes (encodeCodes, encodeTexts) have one form:
// no spaces, the keys "lang" then "value", and strings written as they are
// unless they hold a quote, a backslash or a control character. Reading that
// form directly is several times faster than encoding/json, which took a
// third of the time of reading a million organizations. Anything else (an
// escape, a space, a row written by other means) goes to encoding/json, so
// the result is always what encoding/json gives; FuzzJSONLists holds the two
// to that.

// plainCodes reads a JSON array of strings in the store's form; ok is false
// when s is in any other form.
func plainCodes(s string) (out []string, ok bool) { return plainList(s, plainString) }

// plainTexts reads a JSON array of {"lang":…,"value":…} objects in the
// store's form; ok is false when s is in any other form.
func plainTexts(s string) (out []directory.Text, ok bool) { return plainList(s, plainText) }

// plainList reads a JSON array whose items item reads, each returning the
// item and what follows it.
func plainList[T any](s string, item func(string) (T, string, bool)) ([]T, bool) {
	rest, ok := strings.CutPrefix(s, "[")
	var out []T
	for ok {
		var v T
		if v, rest, ok = item(rest); !ok {
			return nil, false
		}
		out = append(out, v)
		if rest == "]" {
			return out, true
		}
		rest, ok = strings.CutPrefix(rest, ",")
	}
	return nil, false
}

// plainText reads {"lang":…,"value":…} at the start of s.
func plainText(s string) (t directory.Text, rest string, ok bool) {
	if rest, ok = strings.CutPrefix(s, `{"lang":`); !ok {
		return t, "", false
	}
	if t.Lang, rest, ok = plainString(rest); !ok {
		return t, "", false
	}
	if rest, ok = strings.CutPrefix(rest, `,"value":`); !ok {
		return t, "", false
	}
	if t.Value, rest, ok = plainString(rest); !ok {
		return t, "", false
	}
	rest, ok = strings.CutPrefix(rest, "}")
	return t, rest, ok
}

// plainString reads a JSON string without escapes at the start of s: valid
// UTF-8 without control characters between two quotes. It returns the string
// and what follows it.
func plainString(s string) (v, rest string, ok bool) {
	if len(s) == 0 || s[0] != '"' {
		return "", "", false
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			v = s[1:i]
			return v, s[i+1:], utf8.ValidString(v)
		case c == '\\' || c < 0x20:
			return "", "", false
		}
	}
	return "", "", false
}
