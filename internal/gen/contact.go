package gen

import (
	"math/bits"
	"strconv"

	"coalition/internal/directory"
)

// Web sites, e-mail addresses, telephone numbers and registry ids.

const (
	websiteShare = 0.8
	emailShare   = 0.85
	phoneShare   = 0.35
	orgTLDShare  = 0.15 // share of .org domains outside the country's own
)

// contact gives o a web site, an e-mail address and a telephone number, some
// of the time. The domain is made from the name's words in ASCII (the brand,
// the initials of type and topic, the city) and made unique with a number
// when it is taken.
func (g *orgGen) contact(o *directory.Organization, c *country, l *lang, n *nameParts, kind int) {
	web := chance(g.r, websiteShare) || kinds[kind] == "public_authority" || kinds[kind] == "municipality"
	mail := chance(g.r, emailShare)
	if web || mail {
		domain := g.domain(n, l, c, l == c.network.lang)
		if web {
			www := ""
			if chance(g.r, 0.5) {
				www = "www."
			}
			o.Website = g.a.concat("https://", www, domain)
		}
		if mail {
			o.Email = g.a.concat(l.spec.email, "@", domain)
		}
	}
	if chance(g.r, phoneShare) {
		o.Phone = g.phone(c.phone)
	}
}

// domain builds a free domain name for the organization.
func (g *orgGen) domain(n *nameParts, l *lang, c *country, network bool) string {
	s := g.slug[:0]
	switch {
	case n.brand >= 0:
		s = append(s, l.brands[n.brand].slug...)
	case n.given != nil && len(n.typ.word.slug) > 12:
		s = append(append(append(s, n.typ.acr...), '-'), n.family.slug...)
	case n.given != nil:
		s = append(append(append(s, n.typ.word.slug...), '-'), n.family.slug...)
	case chance(g.r, 0.5):
		s = append(append(s, n.typ.acr...), l.topAcr[n.topic]...)
	default:
		s = append(s, l.topMain[n.topic]...)
	}
	if n.tmpl.needs&needCity != 0 || n.brand < 0 && n.given == nil {
		s = append(append(s, '-'), n.city.name.slug...)
	}
	s = append(s, '.')
	switch {
	case network:
		s = append(s, "eu"...)
	case chance(g.r, orgTLDShare):
		s = append(s, "org"...)
	default:
		s = append(s, c.tld...)
	}
	g.slug = g.uniqueDomain(s)
	start := g.a.start()
	g.a.buf = append(g.a.buf, g.slug...)
	return g.a.str(start)
}

// uniqueDomain numbers the domain's first label (umwelt-koeln2.de) when the
// domain is taken. Domains made from words never end their first label in a
// digit, so "base" and "base" plus a number cannot meet: one counter per
// domain is enough.
func (g *orgGen) uniqueDomain(s []byte) []byte {
	n := g.domains.add(hashBytes(s))
	if n == 1 {
		return s
	}
	dot := len(s) - 1
	for s[dot] != '.' {
		dot--
	}
	var tld [8]byte
	t := copy(tld[:], s[dot:])
	s = strconv.AppendInt(s[:dot], int64(n), 10)
	return append(s, tld[:t]...)
}

// phone writes a telephone number with the country's calling code.
func (g *orgGen) phone(code string) string {
	start := g.a.start()
	g.a.write(code)
	g.a.writeByte(' ')
	g.a.writeInt(int64(10 + g.r.IntN(90)))
	g.a.writeByte(' ')
	g.a.writeInt(int64(100000 + g.r.IntN(900000)))
	return g.a.str(start)
}

// Registry ids are unique by construction: an affine map x → (a·x + b) mod m
// with a prime to m is a permutation of 0…m-1, applied to the organization's
// sequence number.
const (
	transparencyShare = 0.01
	picShare          = 0.006
	trMod             = 1_000_000_000_000
	trMul             = 613_651_349_927 // prime to 10
	picMod            = 100_000_000
	picMul            = 48_271
)

// registry gives a few organizations (more of the networks) a Transparency
// Register id and a PIC.
func (g *orgGen) registry(o *directory.Organization, network bool) {
	boost := 1.0
	if network {
		boost = 30
	}
	b := uint64(g.seed) * 0x9e3779b97f4a7c15
	if chance(g.r, transparencyShare*boost) {
		x := permute(g.seq, trMul, b, trMod)
		start := g.a.start()
		g.a.writePadded(x, 12)
		g.a.writeByte('-')
		g.a.writePadded(10+x%89, 2)
		o.Registry.Transparency = g.a.str(start)
	}
	if chance(g.r, picShare*boost) {
		start := g.a.start()
		g.a.writePadded(900_000_000+permute(g.seq, picMul, b, picMod), 9)
		o.Registry.PIC = g.a.str(start)
	}
}

// permute returns (mul·x + add) mod m without overflow.
func permute(x, mul, add, m uint64) uint64 {
	hi, lo := bits.Mul64(mul, x%m)
	_, r := bits.Div64(hi, lo, m)
	return (r + add%m) % m
}
