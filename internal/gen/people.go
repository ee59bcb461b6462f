package gen

import (
	"math/rand/v2"
	"strconv"
	"time"

	"coalition/internal/directory"
)

// personKindWeights follow the vocab person_kind codes: politician, mep,
// journalist, public_figure, volunteer, staff.
var (
	personKinds       = mustCodes("person_kind")
	personKindWeights = []float64{12, 2, 10, 8, 30, 38}
)

// politicalGroups are the groups of the European Parliament's tenth term.
var politicalGroups = []string{"EPP", "S&D", "PfE", "ECR", "Renew Europe", "Greens/EFA", "The Left", "ESN", "NI"}

// consentSources say how a consent or an assessment was recorded, by basis.
var consentSources = map[string][]string{
	directory.BasisConsent:            {"sign-up form at a public meeting", "online newsletter form", "event registration form", "reply to an invitation e-mail"},
	directory.BasisLegitimateInterest: {"balancing test for partner outreach", "professional contact at a conference"},
	directory.BasisContract:           {"volunteer agreement", "employment contract"},
}

var (
	consentBases = []string{directory.BasisConsent, directory.BasisLegitimateInterest, directory.BasisContract}
	basisPick    = weighted(0.6, 0.3, 0.1)
	consentEpoch = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
)

const (
	personEmailShare  = 0.6
	personPhoneShare  = 0.3
	personSocialShare = 0.15
)

// personGen holds the state of one run of People.
type personGen struct {
	r      *rand.Rand
	w      *world
	a      arena
	kind   picker
	emails *counts
	slug   []byte
}

// People generates n people from seed and calls fn with each, stopping at
// fn's first error. People who are not public figures and have contact
// details come with a consent record, as directory.ValidatePerson requires.
// The same seed and n always give the same people.
func People(seed int64, n int, fn func(directory.Person) error) error {
	g := &personGen{r: newRand(seed, 2), w: theWorld(), kind: weighted(personKindWeights...), emails: newCounts(n)}
	for range n {
		if err := fn(g.person()); err != nil {
			return err
		}
	}
	return nil
}

func (g *personGen) person() directory.Person {
	c := &g.w.countries[g.w.pick.pick(g.r)]
	l := c.langs[c.pick.pick(g.r)].lang
	female := g.r.IntN(2) == 0
	fam := &l.family[g.r.IntN(len(l.family))]
	given, family := &l.male[g.r.IntN(len(l.male))], &fam[0]
	if female {
		given, family = &l.female[g.r.IntN(len(l.female))], &fam[1]
	}
	p := directory.Person{GivenName: given.text, FamilyName: family.text, Kind: personKinds[g.kind.pick(g.r)], Country: c.code}
	langs := []string{l.code, "en"}
	if !chance(g.r, 0.4) {
		langs = langs[:1]
	}
	p.Languages = sortedSet(&g.a, langs)
	if chance(g.r, personEmailShare) {
		p.Email = g.email(given, family, l, c)
	}
	if chance(g.r, personPhoneShare) {
		p.Phone = c.phone + " " + strconv.Itoa(10+g.r.IntN(90)) + " " + strconv.Itoa(100000+g.r.IntN(900000))
	}
	if chance(g.r, personSocialShare) {
		p.Social = "@" + given.slug + "_" + family.slug
	}
	if p.Kind == "mep" {
		p.PoliticalGroup = politicalGroups[g.r.IntN(len(politicalGroups))]
	}
	if p.HasContact() && !directory.PublicFigure(p.Kind) {
		p.Consent = g.consent()
	}
	return p
}

// email makes a unique address given.family@domain, the domain being that of
// a made-up organization of the person's country.
func (g *personGen) email(given, family *phrase, l *lang, c *country) string {
	s := append(append(append(g.slug[:0], given.slug...), '.'), family.slug...)
	at := len(s)
	s = append(append(append(s, '@'), l.brands[g.r.IntN(len(l.brands))].slug...), '.')
	s = append(s, c.tld...)
	if n := g.emails.add(hashBytes(s)); n > 1 {
		domain := string(s[at:])
		s = append(strconv.AppendInt(s[:at], int64(n), 10), domain...)
	}
	g.slug = s
	start := g.a.start()
	g.a.buf = append(g.a.buf, s...)
	return g.a.str(start)
}

// consent returns a complete consent record dated between 2019 and 2024.
func (g *personGen) consent() *directory.Consent {
	basis := consentBases[basisPick.pick(g.r)]
	sources := consentSources[basis]
	return &directory.Consent{
		Basis:  basis,
		Date:   consentEpoch.AddDate(0, 0, g.r.IntN(6*365)),
		Source: sources[g.r.IntN(len(sources))],
	}
}
