package directory

import (
	"fmt"
	"testing"
)

// commonNames returns 180 names of German organizations made of a few common
// words: a type, a topic and a city, each shared by 30 names or more.
func commonNames() []Organization {
	var out []Organization
	for _, kind := range []string{"Zentrum", "Netzwerk", "Initiative", "Bündnis", "Forum"} {
		for _, topic := range []string{"Umwelt", "Jugend", "Kultur", "Bildung", "Umweltschutz", "Frauen"} {
			for _, city := range []string{"Berlin", "Hamburg", "Graz", "Linz", "Jönköping", "Linköping"} {
				out = append(out, Organization{Name: fmt.Sprintf("%s für %s %s", kind, topic, city), Country: "DE"})
			}
		}
	}
	return out
}

// inDirectory returns an index of orgs with words counted as the scan counts
// them.
func inDirectory(orgs []Organization) *dupIndex {
	x := newDupIndex()
	for _, o := range orgs {
		x.add(prepareOrg(o))
	}
	x.countWords()
	return x
}

func TestSimilarNamesInDirectory(t *testing.T) {
	in := func(name, city string) Organization { return Organization{Name: name, Country: "DE", City: city} }
	cases := []struct {
		name    string
		a, b    Organization
		similar bool
	}{
		{"distinctive words, a city added", in("Zeleni Balkani", ""), in("Zeleni Balkani Graz", ""), true},
		{"distinctive words, a rare word added", in("Zeleni Balkani", ""), in("Zeleni Balkani Energia", ""), false},
		{"common words, a city added", in("Jugend für Umwelt", ""), in("Jugend für Umwelt Berlin", ""), false},
		{"common words, their own city added", in("Jugend für Umwelt", "Berlin"), in("Jugend für Umwelt Berlin", "Berlin"), true},
		{"common words, another city", in("Jugend für Umwelt", "Linz"), in("Jugend für Umwelt Graz", "Graz"), false},
		{"common words, one differs", in("Zentrum für Umwelt und Jugend und Kultur Berlin", ""),
			in("Netzwerk für Umwelt und Jugend und Kultur Berlin", ""), false},
		{"close common words", in("Forum für Kultur Jönköping", ""), in("Forum für Kultur Linköping", ""), false},
		{"typo in a common word", in("Zentrum für Umweltschutz Berlin", ""), in("Zentrum für Umweltschuz Berlin", ""), true},
		{"misspelled legal form", in("Stihting Groen Land", ""), in("Groen Land", ""), true},
		{"distinctive words, one differs", in("Zeleni Balkani Graz", ""), in("Zeleni Balkani Linz", ""), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := inDirectory(append(commonNames(), c.a, c.b))
			a, b := len(x.recs)-2, len(x.recs)-1
			score, why := x.score(a, b)
			if got := why&reasonSimilarName != 0; got != c.similar {
				t.Errorf("%q ~ %q: score %.2f %v, want similar %v", c.a.Name, c.b.Name, score, why.keys(), c.similar)
			}
			if back, _ := x.score(b, a); back != score {
				t.Errorf("not symmetric: %.2f and %.2f", score, back)
			}
		})
	}
}

func TestDistinctiveWords(t *testing.T) {
	x := inDirectory(append(commonNames(), Organization{Name: "Zeleni Balkani", Country: "BG"}))
	for word, want := range map[string]bool{"berlin": false, "umwelt": false, "fur": false, "balkani": true} {
		t.Run(word, func(t *testing.T) {
			if got := x.distinctive(x.dict.id(word)); got != want {
				t.Errorf("distinctive(%q) = %v", word, got)
			}
		})
	}
	if w, v := x.weight(x.dict.id("balkani")), x.weight(x.dict.id("berlin")); w <= v {
		t.Errorf("a rare word weighs %d, a common one %d", w, v)
	}
}
