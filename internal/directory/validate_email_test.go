package directory

import (
	"net/mail"
	"testing"
)

func TestPlainAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"info@example.org":          true,
		"first.last+tag@mail.ex.lv": true,
		"o'brien@example.ie":        true,
		"a@b-c.eu":                  true,
		"a@b":                       false,
		".a@example.org":            false,
		"a..b@example.org":          false,
		"a@-example.org":            false,
		"a@example-.org":            false,
		"a b@example.org":           false,
		"Name <a@example.org>":      false,
		"jānis@example.lv":          false, // not plain, but net/mail decides
		"a@example..org":            false,
		"@example.org":              false,
	} {
		if got := plainAddress(s); got != want {
			t.Errorf("plainAddress(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzPlainAddress checks that every plain address is one net/mail accepts
// as it is.
func FuzzPlainAddress(f *testing.F) {
	for _, s := range []string{"info@example.org", "a.b@c.d", "x@y", "\"a\"@b.c", "a@b.c."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plainAddress(s) {
			return
		}
		a, err := mail.ParseAddress(s)
		if err != nil || a.Address != s {
			t.Fatalf("plainAddress(%q) but net/mail: %v, %v", s, a, err)
		}
	})
}
