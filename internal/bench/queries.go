package bench

import (
	"context"
	"sort"

	"coalition/internal/directory"
	"coalition/internal/fold"
	"coalition/internal/store"
)

// benchQuery is one query of the fixed mix.
type benchQuery struct {
	Words   []string
	Country string
	Kind    string
}

// sampleSize is how many organizations the query mix's words are drawn from.
const sampleSize = 50000

// queryMix derives a fixed, reproducible mix of 1–3-word queries from the
// loaded directory: the most common words alone (the hard case: they match a
// large share of all records), mid-frequency and rare words, two- and
// three-word combinations, prefixes as typed, each with and without facet
// filters on country and kind.
func queryMix(ctx context.Context, db *store.DB) ([]benchQuery, error) {
	freq, countries, kinds, err := sampleWords(ctx, db)
	if err != nil {
		return nil, err
	}
	words := byFrequency(freq, 3)
	common, mid, rare := band(words, 0, 12), band(words, len(words)/50, 24), band(words, len(words)/3, 24)
	var mix []benchQuery
	add := func(ws ...string) { mix = append(mix, benchQuery{Words: ws}) }
	for _, w := range common {
		add(w)
	}
	for i, w := range mid {
		add(w)
		add(w, common[i%len(common)])
		add(prefix(w))
		add(mid[(i+1)%len(mid)], prefix(w))
	}
	for i, w := range rare {
		add(w)
		add(w, mid[i%len(mid)], common[i%len(common)])
	}
	n := len(mix)
	for i := 0; i < n; i++ {
		q := mix[i]
		q.Country = countries[i%len(countries)]
		if i%2 == 0 {
			q.Kind = kinds[i%len(kinds)]
		}
		mix = append(mix, q)
	}
	return mix, nil
}

func sampleWords(ctx context.Context, db *store.DB) (map[string]int, []string, []string, error) {
	freq, countries, kinds := map[string]int{}, map[string]int{}, map[string]int{}
	seen := 0
	err := db.ScanOrgs(ctx, func(o directory.Organization) error {
		if seen++; seen > sampleSize {
			return errStop
		}
		for _, w := range fold.Tokens(o.Name) {
			freq[w]++
		}
		for _, d := range o.Descriptions {
			for _, w := range fold.Tokens(d.Value) {
				freq[w]++
			}
		}
		countries[o.Country]++
		kinds[o.Kind]++
		return nil
	})
	if err == errStop {
		err = nil
	}
	return freq, top(countries, 8), top(kinds, 4), err
}

// errStop ends a scan early.
var errStop = stopError{}

type stopError struct{}

func (stopError) Error() string { return "stop" }

// byFrequency returns the words of at least minRunes letters, most frequent first.
func byFrequency(freq map[string]int, minRunes int) []string {
	words := make([]string, 0, len(freq))
	for w := range freq {
		if len([]rune(w)) >= minRunes {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	return words
}

func top(counts map[string]int, n int) []string {
	return band(byFrequency(counts, 1), 0, n)
}

// band returns n words starting at from, wrapping within the list.
func band(words []string, from, n int) []string {
	out := make([]string, 0, n)
	for i := 0; i < n && len(words) > 0; i++ {
		out = append(out, words[(from+i)%len(words)])
	}
	return out
}

func prefix(w string) string {
	r := []rune(w)
	if len(r) > 4 {
		r = r[:len(r)-2]
	}
	return string(r)
}
