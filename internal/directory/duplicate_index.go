package directory

import (
	"slices"
	"strings"
)

// maxNameTokens bounds the words of one name key that duplicate detection looks
// at; real names have far fewer, and the bound keeps the word sets in a bitmask.
const maxNameTokens = 32

// dupIndex holds organizations in the compact form duplicate detection works
// on: words are interned once and names refer to them by number, so a million
// records take about a hundred bytes each. The full scan fills one with every
// record; OrgDuplicates fills one with a record and its candidates, so that both
// score pairs with the same code.
type dupIndex struct {
	dict      wordTable
	countries map[string]uint16
	cities    map[string]uint32 // by folded name: index in cityWords
	cityWords [][]uint32        // the words of each city; 0 is no city
	recs      []dupRec
	names     []dupName
	toks      []uint32 // the words of every name, names[i] points into it
	rarity    wordRarity
}

// dupRec is one organization in a dupIndex.
type dupRec struct {
	id        int64
	registry  [3]uint64
	host      uint64
	email     uint64
	firstName uint32 // index of its first name in dupIndex.names
	nNames    uint16
	country   uint16 // interned; 0 when unknown
	city      uint32 // interned; 0 when unknown
}

// dupName is one name key of a record in a dupIndex.
type dupName struct {
	rec     uint32 // index of the record in dupIndex.recs
	tokOff  uint32 // offset of its words in dupIndex.toks
	city    uint32 // the record's city, kept here for the comparison of names
	nTok    uint8
	scripts scriptSet
}

func newDupIndex() *dupIndex {
	return &dupIndex{
		countries: map[string]uint16{"": 0},
		cities:    map[string]uint32{"": 0},
		cityWords: [][]uint32{nil},
	}
}

// add appends the record p and returns its index.
func (x *dupIndex) add(p orgProfile) int {
	r := dupRec{
		id:        p.id,
		registry:  p.registry,
		host:      p.host,
		email:     p.email,
		firstName: uint32(len(x.names)),
		nNames:    uint16(min(len(p.names), 1<<16-1)),
		country:   x.country(p.country),
		city:      x.city(p.city),
	}
	for _, n := range p.names[:r.nNames] {
		x.addName(uint32(len(x.recs)), r.city, n)
	}
	x.recs = append(x.recs, r)
	return len(x.recs) - 1
}

func (x *dupIndex) addName(rec, city uint32, n nameProfile) {
	words := n.tokens[:min(len(n.tokens), maxNameTokens)]
	x.names = append(x.names, dupName{
		rec: rec, tokOff: uint32(len(x.toks)), city: city, nTok: uint8(len(words)), scripts: n.scripts,
	})
	for _, w := range words {
		x.toks = append(x.toks, x.dict.id(w))
	}
}

// addAll adds the records ps.
func (x *dupIndex) addAll(ps []orgProfile) {
	for _, p := range ps {
		x.add(p)
	}
}

func (x *dupIndex) country(c string) uint16 {
	if id, ok := x.countries[c]; ok {
		return id
	}
	id := uint16(len(x.countries))
	x.countries[c] = id
	return id
}

// city returns the number of the city whose folded name is c, adding it when
// it is new.
func (x *dupIndex) city(c string) uint32 {
	if id, ok := x.cities[c]; ok {
		return id
	}
	id := uint32(len(x.cityWords))
	x.cities[c] = id
	var words []uint32
	for w := range strings.FieldsSeq(c) {
		words = append(words, x.dict.id(w))
	}
	x.cityWords = append(x.cityWords, words)
	return id
}

// words returns the word numbers of name n.
func (x *dupIndex) words(n int) []uint32 {
	name := x.names[n]
	return x.toks[name.tokOff : name.tokOff+uint32(name.nTok)]
}

// score rates how likely records i and j are one organization, with the
// reasons. See the Score constants for the rules.
func (x *dupIndex) score(i, j int) (float64, reasonSet) {
	a, b := &x.recs[i], &x.recs[j]
	score, why := x.nameScore(a, b)
	switch {
	case a.country == b.country:
	case a.country == 0 || b.country == 0:
		score -= unknownCountryPenalty
	default:
		score -= countryPenalty
		why |= reasonOtherCountry
	}
	if a.host != 0 && a.host == b.host {
		score += websiteBonus
		why |= reasonWebsite
	}
	if a.email != 0 && a.email == b.email {
		score += emailBonus
		why |= reasonEmail
	}
	if sharesRegistry(a, b) {
		return ScoreCertain, why | reasonRegistry
	}
	return min(max(score, 0), scoreBelowCertain), why
}

func sharesRegistry(a, b *dupRec) bool {
	for k := range a.registry {
		if a.registry[k] != 0 && a.registry[k] == b.registry[k] {
			return true
		}
	}
	return false
}

// nameScore compares every name of a with every name of b and returns the best
// score: scoreSameName for equal keys, a similarity score for similar ones, 0
// otherwise.
func (x *dupIndex) nameScore(a, b *dupRec) (float64, reasonSet) {
	best, why := 0.0, reasonSet(0)
	for n := a.firstName; n < a.firstName+uint32(a.nNames); n++ {
		for m := b.firstName; m < b.firstName+uint32(b.nNames); m++ {
			s, r := x.namePairScore(int(n), int(m))
			if s > best {
				best, why = s, r
			}
		}
	}
	return best, why
}

// namePairScore rates names n and m.
func (x *dupIndex) namePairScore(n, m int) (float64, reasonSet) {
	var why reasonSet
	if sa, sb := x.names[n].scripts, x.names[m].scripts; sa&sb == 0 && sa != 0 && sb != 0 {
		why = reasonOtherScript
	}
	wa, wb := x.words(n), x.words(m)
	if slices.Equal(wa, wb) {
		return scoreSameName, why | reasonSameName
	}
	o := x.overlap(wa, wb, x.sharedCity(n, m))
	if !o.similar() {
		return 0, 0
	}
	frac := max(o.similarity()-similarThreshold, 0) / (1 - similarThreshold)
	return scoreSimilarBase + scoreSimilarSpan*frac, why | reasonSimilarName
}
