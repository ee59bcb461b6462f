package directory

import "testing"

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
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}
