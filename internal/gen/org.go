// Package gen generates a synthetic partner directory for demonstrations,
// tests and benchmarks: organizations from all 27 member states, weighted
// roughly by population, named and described in their own languages and
// scripts (Bulgarian in Cyrillic, Greek in Greek, every Latin alphabet with
// its letters), with European networks in English, and people to go with
// them. Words in descriptions follow a Zipf-like law, as in real text:
// function words and a few domain words are very frequent, names rare.
//
// Output is deterministic for a seed and cheap to make: strings and small
// slices are carved from shared chunks, so a million organizations take a
// few seconds. Every generated organization passes
// directory.ValidateOrganization unchanged. Web and e-mail domains are made up
// from the names and may exist for real: never send mail to a generated
// directory.
package gen

import (
	"math/rand/v2"

	"coalition/internal/directory"
)

// networkShare is the share of organizations in each country that are
// European networks working in English; Belgium (Brussels) has more.
const (
	networkShare   = 0.02
	networkShareBE = 0.2
)

// orgGen holds the state of one run of Orgs.
type orgGen struct {
	r         *rand.Rand
	w         *world
	a         arena
	names     *counts // name keys taken, by country
	domains   *counts // how many organizations use each web domain
	topicPick picker
	kindPick  picker
	seq       uint64 // organizations made so far
	seed      int64
	pressure  []float64 // by country language and kind: how often a first draw was taken lately
	dupNames  int       // names accepted although their key was taken
	tries     int       // names drawn, counting redraws
	slug      []byte
}

// Orgs generates n organizations from seed and calls fn with each, stopping
// at fn's first error, which it returns. The same seed and n always give the
// same organizations. Their strings and slices are carved from large shared
// blocks of memory, but never overlap and have no spare capacity, so a
// caller may keep, modify or append to them.
func Orgs(seed int64, n int, fn func(directory.Organization) error) error {
	g := newOrgGen(seed, n)
	var o directory.Organization
	for range n {
		g.org(&o)
		if err := fn(o); err != nil {
			return err
		}
	}
	return nil
}

func newOrgGen(seed int64, n int) *orgGen {
	return &orgGen{
		r:         newRand(seed, 1),
		w:         theWorld(),
		names:     newCounts(n),
		domains:   newCounts(n),
		topicPick: weighted(topicWeights[:]...),
		kindPick:  weighted(kindWeights...),
		seed:      seed,
		pressure:  make([]float64, len(countrySpecs)*maxLangs*len(kinds)),
	}
}

// org generates the next organization into o.
func (g *orgGen) org(o *directory.Organization) {
	c := &g.w.countries[g.w.pick.pick(g.r)]
	cl := &c.langs[c.pick.pick(g.r)]
	network := chance(g.r, networkShare) || c.code == "BE" && chance(g.r, networkShareBE)
	if network {
		cl = &c.network
	}
	kind := g.kind(cl.lang)
	n := g.name(c, cl, kind)
	*o = directory.Organization{
		Name:     n.render(&g.a, cl.lang),
		NameLang: cl.lang.code,
		Country:  c.code,
		Region:   n.city.nuts,
		City:     n.city.name.text,
		Kind:     kinds[kind],
	}
	o.Sector, o.Level = g.sector(kind), g.level(kind, network)
	o.Functions, o.Topics = g.functions(kind), g.topics(kind, &n)
	o.Languages = g.languages(c, cl.lang, network)
	o.Members, o.Audience = g.reach(kind, network)
	o.Descriptions, o.Names = g.texts(cl.lang, &n, kind, network)
	g.contact(o, c, cl.lang, &n, kind)
	g.registry(o, network)
	g.seq++
}

// kind draws an organization kind that the language has types for.
func (g *orgGen) kind(l *lang) int {
	for {
		if k := g.kindPick.pick(g.r); len(l.types[k]) > 0 {
			return k
		}
	}
}
