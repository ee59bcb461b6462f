package search

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

func TestParse(t *testing.T) {
	w := func(s string) Term { return Term{Words: []string{s}} }
	cases := []struct {
		in   string
		want Parsed
	}{
		{"", Parsed{}},
		{"Zaļā  Rīga", Parsed{Terms: []Term{w("zala"), w("riga")}, Prefix: true}},
		{"zaļā rīga ", Parsed{Terms: []Term{w("zala"), w("riga")}}},
		{`"green party" europe`, Parsed{Terms: []Term{{Words: []string{"green", "party"}, Quoted: true}, w("europe")}, Prefix: true}},
		{`europe “green party”`, Parsed{Terms: []Term{w("europe"), {Words: []string{"green", "party"}, Quoted: true}}}},
		{`green -party -"big business"`, Parsed{
			Terms:   []Term{w("green")},
			Exclude: []Term{w("party"), {Words: []string{"big", "business"}, Quoted: true}},
		}},
		{"e.V. Berlin", Parsed{Terms: []Term{w("e"), w("v"), w("berlin")}, Prefix: true}},
		{"-e.V.", Parsed{Exclude: []Term{{Words: []string{"e", "v"}, Quoted: true}}}},
		{"country:el Kind:NGO topic:environment_climate water", Parsed{
			Terms:   []Term{w("water")},
			Filters: map[string][]string{"country": {"GR"}, "kind": {"ngo"}, "topic": {"environment_climate"}},
			Prefix:  true,
		}},
		{"water -country:LV region:lv006", Parsed{
			Terms:   []Term{w("water")},
			Filters: map[string][]string{"region": {"LV006"}},
			Negate:  map[string][]string{"country": {"LV"}},
		}},
		{"colour:red http://x.eu", Parsed{Terms: []Term{w("colour"), w("red"), w("http"), w("x"), w("eu")}, Prefix: true}},
		{`- "" -"" country: !!`, Parsed{Terms: []Term{w("country")}}},
		{`"unterminated phrase`, Parsed{Terms: []Term{{Words: []string{"unterminated", "phrase"}, Quoted: true}}}},
		{"Σοφία София", Parsed{Terms: []Term{w("sofia"), w("sofia")}, Prefix: true}},
	}
	for _, c := range cases {
		got, err := Parse(c.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", c.in, got, c.want)
		}
		checkRoundTrip(t, c.in, got)
	}
}

func TestParseLimits(t *testing.T) {
	cases := []struct{ in, key string }{
		{strings.Repeat("a", MaxQueryRunes+1), "search.query_too_long"},
		{strings.Repeat(strings.Repeat("ж", 32)+" ", 15), "search.query_too_long"}, // each ж folds to "zh"
		{strings.Repeat("a ", MaxTerms+1), "search.too_many_terms"},
		{manyFilters(MaxTerms) + "x", "search.too_many_terms"},
	}
	for _, c := range cases {
		_, err := Parse(c.in)
		var le *i18n.LocalizedError
		if !errors.As(err, &le) || le.Key != c.key || le.Field != "q" || !errors.Is(err, errs.ErrInvalid) {
			t.Errorf("Parse(%.20q…) = %v, want %s", c.in, err, c.key)
		}
	}
	if _, err := Parse(strings.Repeat("a", MaxQueryRunes)); err != nil {
		t.Errorf("a query of exactly the limit: %v", err)
	}
	if _, err := NewIndex().Search(Query{Text: strings.Repeat("x ", 40)}); err == nil {
		t.Error("Search accepted too many terms")
	}
}

func manyFilters(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "topic:t%d ", i)
	}
	return b.String()
}

// checkRoundTrip checks that the rendered form of p parses back to p.
func checkRoundTrip(t *testing.T, in string, p Parsed) {
	t.Helper()
	text := p.Render()
	again, err := Parse(text)
	if err != nil {
		t.Fatalf("Parse(%q) ok, but its rendering %q fails: %v", in, text, err)
	}
	if !reflect.DeepEqual(again, p) {
		t.Fatalf("Parse(%q) = %+v\nrendered %q\nparses to %+v", in, p, text, again)
	}
}

// FuzzParse checks that the parser never panics and that a parsed query,
// rendered, parses to the same thing.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "green", "green ", `"a b" -c -"d e" country:LV -kind:ngo`, "region:lv006 topic:energy x",
		"Зелени Балкани", "Αθήνα", "ß ø æ đ ħ ł", "e.V.", "--x", `a"b"c`, "country:el:x", "x\u0301",
		"\x00\xff", "«Les Verts» „Grüne“", strings.Repeat("щ", 200),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse(s)
		if err != nil {
			return
		}
		checkRoundTrip(t, s, p)
	})
}
