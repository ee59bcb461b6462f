package directory

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCollapse(t *testing.T) {
	for in, want := range map[string]string{
		"Zaļā Brīvība":           "Zaļā Brīvība",
		"  Zaļā   Brīvība \n":    "Zaļā Brīvība",
		"Zaļā\tBrīvība":          "Zaļā Brīvība",
		"Zaļā\u00a0Brīvība":      "Zaļā Brīvība",
		"Zaļā\u2003 Brīvība":     "Zaļā Brīvība",
		"a\r\nb":                 "a b",
		"a\x00b\x7f":             "ab",
		"bad \xff byte":          "bad \uFFFD byte",
		"":                       "",
		"\u3000Tokyo\u3000Dome ": "Tokyo Dome",
	} {
		if got := collapse(in); got != want {
			t.Errorf("collapse(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"line one\r\nline two  ": "line one\nline two",
		"tab\there":              "tab\there",
		"nul\x00":                "nul",
		"\xc3\x28":               "\uFFFD(",
		" Rīga ":                 "Rīga",
		"\u202eabc\u202c Rīga":   "abc Rīga", // right-to-left override
		"Zaļā\u200bBrīvība":      "ZaļāBrīvība",
		"\ufeffName":             "Name",
		"Rīga\u0085":             "Rīga",
		"क्\u200dष":              "क्\u200dष", // the zero-width joiner stays
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzCleanChecks holds the byte-wise fast paths of isClean and collapsed to
// their plain definitions.
func FuzzCleanChecks(f *testing.F) {
	for _, s := range []string{"Zaļā  Brīvība", "a\u00a0b", "ok", " x\ty", "é\x01", "\xffa", "a \u2003b", "Zaļā\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		plainClean := utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool {
			return r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || invisible(r)
		})
		if got := isClean(s); got != plainClean {
			t.Fatalf("isClean(%q) = %v", s, got)
		}
		if got, want := collapsed(s), collapsedRunes(s, false); got != want {
			t.Fatalf("collapsed(%q) = %v, rune by rune %v", s, got, want)
		}
	})
}
