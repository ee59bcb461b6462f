package gen

import "math/bits"

// Name choice. An organization's name is drawn from the parts of its
// language (type, topic, city, brand, eponym) through a template; a name whose
// comparison key is already taken in the country is drawn again, with more
// specific templates after a few tries, so that a directory of a million
// organizations has almost no two that the duplicate detector would take for
// one. Names are never numbered: after maxNameTries a duplicate is accepted
// (and counted), as real directories have some.
const (
	maxNameTries = 12
	europeTries  = 8    // draws in which a European network's name must be free everywhere
	escalateAt   = 2    // from this try on, the most specific template is used
	pairShare    = 0.15 // share of names with two topics (für Umweltschutz und Klimaschutz)
	pressureRate = 0.05 // weight of the latest draw in the pressure of a kind
)

// templateWeights are the relative frequencies of a language's templates by
// position; publicWeights those of municipality templates.
var (
	templateWeights = []float64{5, 2, 3, 2, 3, 1}
	publicWeights   = []float64{1, 4}
)

// institutional are the kinds whose names are made of a type and topics (Institut
// für Umweltschutz); when such names run out, they take a brand too.
var institutional = kindSet("education_research", "business_association", "faith_based", "trade_union", "public_authority")

// kindSet returns a table, by kind index, that is true for the given kinds.
func kindSet(codes ...string) []bool {
	set := make([]bool, len(kinds))
	for _, c := range codes {
		set[kindIndex(c)] = true
	}
	return set
}

// topicWeights are the relative frequencies of the topic concepts.
var topicWeights = [nTopics]float64{10, 6, 9, 6, 9, 5, 4, 2, 4, 4, 7, 8, 3, 4, 2, 3, 4, 5, 3, 3}

// name draws a name for an organization of kind in cl that is free in country
// c. A European network's name is also to be free in every member state (the
// same network name in several countries reads as one network entered twice)
// for its first europeTries draws; after that, once the networks' names run
// short, a name free in its country will do. Where names of a kind have been
// running out in a country and language (the pressure of recent first draws
// that were taken), it starts with the specific templates at once, which
// saves drawing names bound to be taken.
func (g *orgGen) name(c *country, cl *countryLang, kind int) nameParts {
	pressure := &g.pressure[cl.slot*len(kinds)+kind]
	first := 0
	if chance(g.r, *pressure) {
		first = escalateAt
	}
	network := cl == &c.network
	for try := first; ; try++ {
		n := g.drawName(cl, kind, try)
		g.tries++
		inCountry, inEurope := n.key(c.index, cl.index), n.key(len(countrySpecs), cl.index)
		taken := g.names.has(inCountry) || network && try < europeTries && g.names.has(inEurope)
		if try == first {
			*pressure *= 1 - pressureRate
			if taken {
				*pressure += pressureRate
			}
		}
		if !taken || try == maxNameTries {
			if taken {
				g.dupNames++
			}
			g.names.add(inCountry)
			if network {
				g.names.add(inEurope)
			}
			return n
		}
	}
}

func (g *orgGen) drawName(cl *countryLang, kind, try int) nameParts {
	l := cl.lang
	types := l.types[kind]
	n := nameParts{
		typ:    &types[g.r.IntN(len(types))],
		topic:  g.topicPick.pick(g.r),
		topic2: -1,
		city:   &cl.cities[cl.pick.pick(g.r)],
		brand:  -1,
	}
	flags := n.typ.flags
	if try >= escalateAt && institutional[kind] {
		flags = "tb"
	}
	n.tmpl = g.template(l, kind, flags, try)
	if n.tmpl.needs&needTopic != 0 && l.and != "" && l.pairOK[n.topic] &&
		(institutional[kind] || try >= escalateAt || chance(g.r, pairShare)) {
		n.topic2 = g.secondTopic(l, n.topic)
	}
	if n.tmpl.needs&needBrand != 0 {
		n.brand = g.r.IntN(len(l.brands))
	}
	if n.tmpl.needs&needEponym != 0 {
		n.given, n.family = g.person(l, g.r.IntN(2) == 0)
	}
	return n
}

// secondTopic draws a topic other than first that can be paired, or -1.
func (g *orgGen) secondTopic(l *lang, first int) int {
	for range 4 {
		if t := (first + 1 + g.r.IntN(nTopics-1)) % nTopics; l.pairOK[t] {
			return t
		}
	}
	return -1
}

// person draws a given and a family name, in the feminine form when female.
func (g *orgGen) person(l *lang, female bool) (*phrase, *phrase) {
	fam := &l.family[g.r.IntN(len(l.family))]
	if female {
		return &l.female[g.r.IntN(len(l.female))], &fam[1]
	}
	return &l.male[g.r.IntN(len(l.male))], &fam[0]
}

// template chooses a template that a type with flags can fill: by weight at
// first, the most specific one after escalateAt tries.
func (g *orgGen) template(l *lang, kind int, flags string, try int) *template {
	list, weights := l.civil, templateWeights
	switch kinds[kind] {
	case "company":
		list = l.company
	case "municipality":
		list, weights = l.public, publicWeights
	}
	var fit [8]int
	n, total, best := 0, 0.0, -1
	for i := range list {
		if !list[i].fits(flags) || n == len(fit) {
			continue
		}
		fit[n] = i
		n++
		total += weightAt(weights, i)
		if best < 0 || bits.OnesCount(uint(list[i].needs&^hasType)) >= bits.OnesCount(uint(list[best].needs&^hasType)) {
			best = i
		}
	}
	if best < 0 {
		panic("gen: " + l.code + ": no template for kind " + kinds[kind])
	}
	if try >= escalateAt {
		return &list[best]
	}
	x := g.r.Float64() * total
	for _, i := range fit[:n] {
		if x -= weightAt(weights, i); x < 0 {
			return &list[i]
		}
	}
	return &list[fit[n-1]]
}

func weightAt(w []float64, i int) float64 {
	if i < len(w) {
		return w[i]
	}
	return 1
}
