package eci

import (
	"maps"
	"strings"
	"testing"
)

func TestReadSupportCSV(t *testing.T) {
	in := "\uFEFFcountry;count\nDE;70 000\nLatvija;6.480\nБългария;12000\nEL;16,000\nGR;1\nAtlantis;5\nFR;-3\nIT;many\nES\n\nPT;0\n"
	got, problems, err := ReadSupportCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"DE": 70000, "LV": 6480, "BG": 12000, "EL": 16000, "PT": 0}
	if !maps.Equal(got, want) {
		t.Errorf("counts = %v, want %v", got, want)
	}
	wantProblems := []Problem{
		{Line: 6, Field: "country", Key: KeyTwice, Args: []any{"country", "EL"}},
		{Line: 7, Field: "country", Key: KeyUnknownCountry, Args: []any{"value", "Atlantis"}},
		{Line: 8, Field: "count", Key: KeyBadCount, Args: []any{"value", "-3"}},
		{Line: 9, Field: "count", Key: KeyBadCount, Args: []any{"value", "many"}},
		{Line: 10, Key: KeyColumns},
	}
	checkProblems(t, problems, wantProblems)
}

func checkProblems(t *testing.T, got, want []Problem) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("problems = %+v, want %+v", got, want)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Line != w.Line || g.Field != w.Field || g.Key != w.Key || len(g.Args) != len(w.Args) {
			t.Errorf("problem %d = %+v, want %+v", i, g, w)
			continue
		}
		for j := range w.Args {
			if g.Args[j] != w.Args[j] {
				t.Errorf("problem %d = %+v, want %+v", i, g, w)
			}
		}
	}
}

func TestReadSupportCSVWithoutHeader(t *testing.T) {
	got, problems, _ := ReadSupportCSV(strings.NewReader("germany,100\nslovenia,\"9,000\"\n"))
	if want := map[string]int{"DE": 100, "SI": 9000}; !maps.Equal(got, want) || len(problems) != 0 {
		t.Errorf("counts %v, problems %+v", got, problems)
	}
	_, problems, _ = ReadSupportCSV(strings.NewReader(""))
	checkProblems(t, problems, []Problem{{Key: KeyEmpty}})
}

func TestParseSupportJSON(t *testing.T) {
	got, problems := ParseSupportJSON([]byte(`{"DE": 70000, "Latvia": 9000, "LV": 1, "SI": -5, "AT": 1.5, "BE": "12 000", "XX": 3, "FR": true, "DE": 2}`))
	if want := map[string]int{"DE": 70000, "LV": 9000, "BE": 12000}; !maps.Equal(got, want) {
		t.Errorf("counts = %v, want %v", got, want)
	}
	checkProblems(t, problems, []Problem{
		{Field: "LV", Key: KeyTwice, Args: []any{"country", "LV"}},
		{Field: "SI", Key: KeyBadCount, Args: []any{"value", "-5"}},
		{Field: "AT", Key: KeyBadCount, Args: []any{"value", "1.5"}},
		{Field: "XX", Key: KeyUnknownCountry, Args: []any{"value", "XX"}},
		{Field: "FR", Key: KeyBadCount, Args: []any{"value", "true"}},
		{Field: "DE", Key: KeyTwice, Args: []any{"country", "DE"}},
	})
	for _, raw := range []string{`[1, 2]`, `"DE"`, `{"DE": 1`, ``} {
		if _, problems := ParseSupportJSON([]byte(raw)); len(problems) == 0 || problems[0].Key != KeyNotObject {
			t.Errorf("ParseSupportJSON(%q) problems = %+v", raw, problems)
		}
	}
}

// FuzzReadSupportCSV: any input gives counts and problems, never a panic, and
// every count it returns is a member state's and not negative.
func FuzzReadSupportCSV(f *testing.F) {
	for _, s := range []string{"DE,1\n", "country;count\nLatvija;6.480\n", "\"a,b\nc", "EL\t1\nGR\t2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		counts, _, err := ReadSupportCSV(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		for code, n := range counts {
			if _, ok := LookupCountry(code); !ok || n < 0 {
				t.Fatalf("count %s = %d", code, n)
			}
		}
	})
}
