package search

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"coalition/internal/fold"
)

// foldTokens is the reference: fold.Tokens, folded again until stable, with
// words cut as the index does.
func foldTokens(s string) []string {
	ts := fold.Tokens(strings.ToValidUTF8(s, " "))
	for range 3 {
		again := fold.Tokens(strings.Join(ts, " "))
		if slices.Equal(again, ts) {
			break
		}
		ts = again
	}
	var out []string
	for _, t := range ts {
		out = append(out, cut(t))
	}
	return out
}

// pieces are the material of random text: ASCII, separators, letters with
// diacritics, special letters, Cyrillic and Greek (with the digraphs and
// endings fold treats specially), combining marks, other scripts.
var pieces = []string{
	"a", "Z", "7", " ", ".", "-", "'", "\t", ",", "iya", "IYA", "ия", "ου", "ΟΥ", "ό", "ύ",
	"é", "Ł", "ß", "ø", "Æ", "đ", "Ħ", "þ", "ı", "İ", "ǅ", "\u0301", "\u0308", "ſ",
	"ж", "Щ", "ъ", "ё", "Ђ", "α", "Θ", "ς", "中", "ع", "٣", "—", "\u00a0", "\u037e", "\xff", "Å",
	"Zeleni", "Балкани", "Ελλάδα", "straße",
}

func randomText(rng *rand.Rand) string {
	var b strings.Builder
	for range rng.IntN(20) {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// TestTokensEqualFold checks that the index's tokenizer, with its ASCII
// shortcut, gives exactly fold.Tokens.
func TestTokensEqualFold(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		s := randomText(rng)
		if got, want := tokens(s), foldTokens(s); !slices.Equal(got, want) {
			t.Fatalf("tokens(%q) = %q, fold.Tokens gives %q", s, got, want)
		}
	}
	long := strings.Repeat("x", 100) + "iya"
	if got := tokens(long + " " + strings.Repeat("ž", 80)); len(got[0]) != maxTermBytes || len(got[1]) > maxTermBytes {
		t.Errorf("long words not cut: %q", got)
	}
}

// FuzzTokens checks the tokenizer against fold.Tokens, and that a folded
// word folds to itself.
func FuzzTokens(f *testing.F) {
	for _, s := range pieces {
		f.Add(s + " x" + s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := tokens(s)
		if want := foldTokens(s); !slices.Equal(got, want) {
			t.Fatalf("tokens(%q) = %q, fold.Tokens gives %q", s, got, want)
		}
		for _, w := range got {
			if again := tokens(w); len(again) != 1 || again[0] != w {
				t.Fatalf("word %q folds to %q", w, again)
			}
		}
	})
}

func TestStem(t *testing.T) {
	for _, c := range []struct{ lang, a, b string }{
		{"en", "libraries", "library"},
		{"de", "walder", "wald"},
		{"fr", "bibliotheques", "bibliotheque"},
		{"it", "biblioteche", "biblioteca"},
	} {
		sa, oka := stem(c.lang, c.a)
		sb, okb := stem(c.lang, c.b)
		if !oka || !okb || sa != sb {
			t.Errorf("%s: %q → %q, %q → %q", c.lang, c.a, sa, c.b, sb)
		}
	}
	if _, ok := stem("lv", "biedribas"); ok {
		t.Error("Latvian has no stemmer")
	}
}
