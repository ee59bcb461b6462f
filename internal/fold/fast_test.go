package fold

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// referenceFold folds the whole text's decomposition at once: what Fold does
// rune by rune, with its table and its ASCII path.
func referenceFold(s string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		lower := unicode.ToLower(r)
		if lat, ok := romanize(prev, lower); ok {
			b.WriteString(lat)
		} else {
			writeRune(&b, r)
		}
		prev = lower
	}
	return fixBulgarianEnding(b.String())
}

// TestFoldMatchesReference folds every rune of the table's range, alone and
// between letters, as the reference does.
func TestFoldMatchesReference(t *testing.T) {
	for r := rune(0); r < decomposedBelow+0x200; r++ {
		for _, s := range []string{string(r), "ο" + string(r) + "a", "Ab" + string(r) + "iya", string(r) + "\u0301"} {
			if got, want := Fold(s), referenceFold(s); got != want {
				t.Fatalf("Fold(%q) = %q, reference %q", s, got, want)
			}
		}
	}
}

// FuzzFold checks that valid text folds as the reference folds it, and that
// no text keeps a combining mark or changes when folded again.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Łódź", "Ουρανός", "България", "e.V.", "Zaļā Brīvība", "\xffé", "a\xff\u0301", "ĲSSEL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if utf8.ValidString(s) {
			if want := referenceFold(s); got != want {
				t.Fatalf("Fold(%q) = %q, reference %q", s, got, want)
			}
		}
		for _, r := range got {
			if unicode.Is(unicode.Mn, r) {
				t.Fatalf("Fold(%q) = %q keeps the mark %U", s, got, r)
			}
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold(%q) = %q, folded again %q", s, got, again)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	names := []string{"Greenpeace Deutschland e.V.", "Biedrība Zaļā Brīvība", "Сдружение Зелени Балкани", "Ελληνική Εταιρεία Προστασίας της Φύσης"}
	for b.Loop() {
		for _, n := range names {
			Fold(n)
		}
	}
}
