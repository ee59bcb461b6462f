package directory

import "math"

// A word is distinctive when so few names use it that two names sharing it
// are likely to name one organization, while sharing a more common word
// ("verein", "youth", a city, a topic) says little, however many such words
// two names share. Few means at most distinctiveUses names of the directory
// (a number, not a share: it bounds the pairs one word can bring, so the
// "possible duplicates" grow with the directory, not with its square), and at
// most a distinctiveShare of the names of the largest country using the word,
// but never fewer than minDistinctiveUses (in a small directory, or a small
// country of a large one, a topic word is common long before it has
// distinctiveUses names). distinctiveUses is at most blockCap, so a
// distinctive word always has a block of its own. The values were chosen with
// TestScanDuplicatesGeneratedPlanted (see duplicate_planted_test.go).
const (
	distinctiveUses    = 20
	distinctiveShare   = 0.01
	minDistinctiveUses = 2
)

// wordRarity holds, by word number, the weight the word has in similarity
// and what else the scan knows of it. The weight is the inverse document
// frequency, ln(1 + names/uses), so that a word every name uses weighs ln 2
// and a word of one name in a million about 14. Weights are kept in
// thousandths, as integers, so that their sums do not depend on the order of
// the words. A distinctive word close to a legal form is taken for a
// misspelling of it; a common one is a word of its own ("Vereinigung" is not
// "vereniging"). A dupIndex without word counts (the few records of
// OrgDuplicates) weighs every word the same, takes every word as
// distinctive and none as a misspelled legal form.
type wordRarity struct {
	weight []uint32
	flags  []wordFlags
}

// wordFlags say what a word is.
type wordFlags uint8

// The flags of a word.
const (
	distinctiveWord wordFlags = 1 << iota
	misspelledForm
)

// unitWeight is the weight of every word when words are not counted.
const unitWeight = 1000

// countWords fills x.rarity from the names x holds.
func (x *dupIndex) countWords() {
	uses, home := x.wordUses()
	r := wordRarity{weight: make([]uint32, len(uses)), flags: make([]wordFlags, len(uses))}
	names := float64(len(x.names))
	for t, u := range uses {
		r.weight[t] = uint32(math.Round(unitWeight * math.Log1p(names/float64(max(u, 1)))))
		if u <= distinctiveLimit(home[t]) {
			r.flags[t] = distinctiveWord
			if nearLegalForm(x.dict.word(uint32(t)), x.dict.letters[t]) {
				r.flags[t] |= misspelledForm
			}
		}
	}
	x.rarity = r
}

// wordUses returns, by word number, how many names use each word (once per
// name), and how many names the largest country using the word has.
func (x *dupIndex) wordUses() (uses, home []uint32) {
	namesIn := make([]uint32, len(x.countries))
	for _, name := range x.names {
		namesIn[x.recs[name.rec].country]++
	}
	uses, home = make([]uint32, x.dict.count()), make([]uint32, x.dict.count())
	for n, name := range x.names {
		inCountry := namesIn[x.recs[name.rec].country]
		words := x.words(n)
		for i, t := range words {
			if i == 0 || words[i-1] != t { // words are sorted: count each once
				uses[t]++
				home[t] = max(home[t], inCountry)
			}
		}
	}
	return uses, home
}

// distinctiveLimit returns how many names may use a word for it to be
// distinctive, when the largest country using it has names names.
func distinctiveLimit(names uint32) uint32 {
	return min(distinctiveUses, max(minDistinctiveUses, uint32(distinctiveShare*float64(names))))
}

// weight returns the weight of word t in similarity.
func (x *dupIndex) weight(t uint32) uint32 {
	if x.rarity.weight == nil {
		return unitWeight
	}
	return x.rarity.weight[t]
}

// distinctive reports whether word t is distinctive.
func (x *dupIndex) distinctive(t uint32) bool {
	return x.rarity.flags == nil || x.rarity.flags[t]&distinctiveWord != 0
}
