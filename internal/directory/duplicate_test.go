package directory

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// scorePair scores two organizations with the code the scan and OrgDuplicates use.
func scorePair(a, b Organization) (float64, []string) {
	x := newDupIndex()
	x.add(prepareOrg(a))
	x.add(prepareOrg(b))
	score, why := x.score(0, 1)
	return score, why.keys()
}

func org(name, country string) Organization { return Organization{Name: name, Country: country} }

func TestDuplicateMatches(t *testing.T) {
	withPIC := func(o Organization, pic string) Organization { o.Registry.PIC = pic; return o }
	withSite := func(o Organization, site string) Organization { o.Website = site; return o }
	withAlt := func(o Organization, alt string) Organization { o.Names = []Text{{Lang: "en", Value: alt}}; return o }
	cases := []struct {
		name   string
		a, b   Organization
		min    float64
		reason string
	}{
		{"legal form", org("Greenpeace e.V.", "DE"), org("Greenpeace", "DE"), ScoreStrong, "duplicate.same_name"},
		{"Cyrillic and Latin", org("Сдружение Зелени Балкани", "BG"), org("Zeleni Balkani", "BG"), ScoreStrong, "duplicate.other_script"},
		{"diacritics and case", org("Hnutí DUHA z.s.", "CZ"), org("Hnuti Duha", "CZ"), ScoreStrong, "duplicate.same_name"},
		{"word order", org("Biedrība Zaļā Brīvība", "LV"), org("Zaļā Brīvība, biedrība", "LV"), ScoreStrong, "duplicate.same_name"},
		{"Greek", org("Ελληνική Εταιρεία Προστασίας της Φύσης", "GR"), org("Elliniki Etaireia Prostasias tis Fysis", "GR"), ScoreStrong, "duplicate.other_script"},
		{"alternative name", withAlt(org("Ελληνική Εταιρεία Προστασίας της Φύσης", "GR"), "Hellenic Society for the Protection of Nature"),
			org("Hellenic Society for the Protection of Nature", "GR"), ScoreStrong, "duplicate.same_name"},
		{"same PIC, other names", withPIC(org("Zavod Pod Kozolcem", "SI"), "999 123 456"), withPIC(org("Inštitut za trajnostni razvoj", "SI"), "999-123-456"), ScoreCertain, "duplicate.same_registry_id"},
		{"typo", org("Natuurpunt vzw", "BE"), org("Natuurpnt", "BE"), ScorePossible, "duplicate.similar_name"},
		{"transliteration variant", org("Obshtestvo za ustoychivo razvitie", "BG"), org("Obschestvo za ustojchivo razvitie", "BG"), ScorePossible, "duplicate.similar_name"},
		{"same name, other country", org("Greenpeace", "DE"), org("Greenpeace", "AT"), ScorePossible, "duplicate.other_country"},
		{"same website", withSite(org("Greenpeace", "DE"), "https://www.greenpeace.de/"), withSite(org("Greenpeace e.V.", "DE"), "greenpeace.de"), 0.99, "duplicate.same_website"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			score, why := scorePair(c.a, c.b)
			if score < c.min-scoreEpsilon || !slices.Contains(why, c.reason) {
				t.Errorf("score %.2f %v, want at least %.2f with %s", score, why, c.min, c.reason)
			}
			if back, _ := scorePair(c.b, c.a); back != score {
				t.Errorf("not symmetric: %.2f and %.2f", score, back)
			}
		})
	}
}

func TestDuplicateNonMatches(t *testing.T) {
	national := func(o Organization, n string) Organization { o.Registry.National = n; return o }
	withSite := func(o Organization, site string) Organization { o.Website = site; return o }
	cases := []struct {
		name  string
		a, b  Organization
		below float64
	}{
		{"European namesake", org("Friends of the Earth", "GB"), org("Friends of the Earth Europe", "BE"), ScoreStrong},
		{"same name, other country", org("Greenpeace", "DE"), org("Greenpeace", "AT"), ScoreStrong},
		{"common word", org("Zelena Ljubljana", "SI"), org("Zelena Slovenija", "SI"), ScorePossible},
		{"common words", org("Verein für Umweltschutz Berlin", "DE"), org("Verein für Naturschutz Berlin", "DE"), ScorePossible},
		{"one word added", org("Greenpeace", "DE"), org("Greenpeace Energy", "DE"), ScorePossible},
		{"similar, other country", org("Natuurpunt", "BE"), org("Natuurpnt", "NL"), ScorePossible},
		{"national number, other country", national(org("Alpha", "DE"), "12345"), national(org("Beta", "AT"), "12345"), ScorePossible},
		{"shared platform", withSite(org("Alpha", "DE"), "https://facebook.com/alpha"), withSite(org("Beta", "DE"), "facebook.com/beta"), 0.01},
		{"same website only", withSite(org("Greenpeace Deutschland", "DE"), "greenpeace.org"), withSite(org("Greenpeace Nordic", "SE"), "greenpeace.org"), ScorePossible},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if score, why := scorePair(c.a, c.b); score >= c.below-scoreEpsilon {
				t.Errorf("score %.2f %v, want below %.2f", score, why, c.below)
			}
		})
	}
}

func TestSimilarNames(t *testing.T) {
	cases := []struct {
		a, b    string
		similar bool
	}{
		{"Friends of the Earth", "Friends of the Earth Europe", true},
		{"Zeleni Balkani", "Zelenite Balkani", true},
		{"Asociatia Tinerilor din Cluj", "Asociatia Tinerlor din Cluj", true},
		{"Radio Zelena Voda", "Rdio Zelena Voda", true},
		{"Kultur für Bonn", "Kultur für Born", false},
		{"Zelena Ljubljana", "Zelena Slovenija", false},
		{"Greenpeace", "Greenpeace Energy", false},
		{"Agenda 21 Wien", "Agenda 22 Wien", false},
		{"Jugend für Berlin", "Jugend für Bonn", false},
		{"Klimabündnis Österreich", "Klimabündnis Deutschland", false},
	}
	for _, c := range cases {
		x := newDupIndex()
		x.add(prepareOrg(org(c.a, "")))
		x.add(prepareOrg(org(c.b, "")))
		o := x.overlap(x.words(0), x.words(1), nil)
		if got := o.similar(); got != c.similar {
			t.Errorf("%q ~ %q: similarity %.2f", c.a, c.b, o.similarity())
		}
	}
}

func TestEditDistance(t *testing.T) {
	cases := []struct {
		s, t string
		want int
	}{
		{"balkani", "balkani", 0}, {"balkani", "balkan", 1}, {"balkani", "blakani", 1},
		{"tsentar", "centar", 2}, {"abc", "xyz", 3}, {"umweltschutz", "naturschutz", 3},
	}
	for _, c := range cases {
		if got := editDistance(c.s, c.t, 2); got != min(c.want, 3) {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.s, c.t, got, min(c.want, 3))
		}
	}
}

func TestWebsiteKey(t *testing.T) {
	same := []string{"https://www.example.org/", "http://example.org", "EXAMPLE.org/about", "www.example.org:443/?x=1", "example.org."}
	for _, s := range same {
		if got := websiteKey(s); got != "example.org" {
			t.Errorf("websiteKey(%q) = %q", s, got)
		}
	}
	if websiteKey("https://facebook.com/alpha") == websiteKey("https://www.facebook.com/beta/") {
		t.Error("pages on a shared platform meet")
	}
	if registryKey(" 123456789012-34 ") != registryKey("12345678901234") || registryKey("0123.456.789") != "0123456789" {
		t.Error("registry ids not normalized")
	}
}

// TestEditDistanceBand checks the banded distance against the whole table on
// random words over a small alphabet, where near misses are common.
func TestEditDistanceBand(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, 3+rng.IntN(8))
		for i := range b {
			b[i] = "abc"[rng.IntN(3)]
		}
		return string(b)
	}
	for range 20000 {
		s, w, bound := word(), word(), 1+rng.IntN(2)
		if got, want := editDistance(s, w, bound), min(fullDistance(s, w), bound+1); got != want {
			t.Fatalf("editDistance(%q, %q, %d) = %d, want %d", s, w, bound, got, want)
		}
	}
}

// fullDistance is the optimal-string-alignment distance over the whole table.
func fullDistance(s, t string) int {
	d := make([][]int, len(s)+1)
	for i := range d {
		d[i] = make([]int, len(t)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(s)][len(t)]
}
