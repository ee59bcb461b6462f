package gen

import (
	"sort"
	"strings"
	"testing"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/fold"
)

func TestCitiesAreRegionsOfTheirCountry(t *testing.T) {
	for _, cs := range countrySpecs {
		if _, ok := eu.Lookup(cs.code); !ok {
			t.Errorf("%s is not a member state", cs.code)
		}
		for _, ls := range cs.langs {
			for _, c := range ls.cities {
				code := strings.Split(c, "|")[1]
				r, ok := eu.Region(code)
				m, _ := eu.Lookup(r.Country)
				if !ok || r.Level != 3 || m.ISO != cs.code {
					t.Errorf("%s: city %q: %s is not a level-3 region of the country", cs.code, c, code)
				}
			}
		}
	}
	if len(countrySpecs) != 27 {
		t.Errorf("%d countries", len(countrySpecs))
	}
}

func TestEveryLanguageNamesEveryKind(t *testing.T) {
	w := theWorld()
	for key, spec := range langSpecs {
		l := compileLang(spec)
		for k, types := range l.types {
			if len(types) == 0 && key != "eu" {
				t.Errorf("%s: no type of kind %s", key, kinds[k])
			}
		}
		if len(l.frames) < 4 || len(l.acts) < 10 || len(l.groups) < 10 {
			t.Errorf("%s: too few frames, activities or groups", key)
		}
	}
	if len(w.langs) != len(langSpecs) {
		t.Errorf("%d languages compiled of %d", len(w.langs), len(langSpecs))
	}
}

// Names are kept apart by their parts; that only works when the parts of a
// language compare apart too.
func TestWordListsCompareApart(t *testing.T) {
	for key, l := range theWorld().langsByKey() {
		seen := map[string]string{}
		add := func(what, text string) {
			k := directory.NameKey(text)
			if prev, dup := seen[k]; dup && k != "" {
				t.Errorf("%s: %s %q compares equal to %q", key, what, text, prev)
			}
			seen[k] = text
		}
		for _, p := range l.topics {
			add("topic", p.text)
		}
		for _, b := range l.brands {
			add("brand", b.text)
		}
	}
}

func (w *world) langsByKey() map[string]*lang {
	out := map[string]*lang{}
	for key, spec := range langSpecs {
		for _, l := range w.langs {
			if l.spec == spec {
				out[key] = l
			}
		}
	}
	return out
}

// Real text follows Zipf's law: the frequency of the word of rank r is about
// proportional to 1/r. The descriptions must too: function words and a few
// domain words very frequent, place names rare.
func TestDescriptionWordsFollowZipf(t *testing.T) {
	counts := map[string]int{}
	total := 0
	for _, o := range generate(t, 7, 20_000) {
		if o.NameLang != "de" {
			continue
		}
		for _, w := range fold.Tokens(o.Descriptions[0].Value) {
			counts[w]++
			total++
		}
	}
	freq := make([]int, 0, len(counts))
	for _, c := range counts {
		freq = append(freq, c)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(freq)))
	if len(freq) < 100 {
		t.Fatalf("only %d distinct words", len(freq))
	}
	if freq[0] < 20*freq[99] || freq[9] < 3*freq[99] {
		t.Errorf("frequencies not skewed: rank 1 %d, rank 10 %d, rank 100 %d", freq[0], freq[9], freq[99])
	}
	if city := counts["dresden"]; city == 0 || city*20 > freq[0] {
		t.Errorf("a city should be rare but present: %d against %d", city, freq[0])
	}
}
