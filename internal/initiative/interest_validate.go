package initiative

import (
	"crypto/sha256"
	"encoding/hex"
	"net/netip"
	"strings"
	"unicode/utf8"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/i18n"
)

// maxInterestMessage is the longest message of an expression of interest, in runes.
const maxInterestMessage = 2000

// newInterest checks an answer to a call and returns it as it will be
// stored, normalized as the directory keeps organizations and people. Its
// problems name the form's fields: org_name, country, website,
// contact_name, contact_email, message and consent.
func newInterest(in InterestInput) (Interest, directory.Problems) {
	o := directory.Organization{Name: in.OrgName, Country: in.Country, Website: in.Website}
	given, family := splitName(in.ContactName)
	p := directory.Person{GivenName: given, FamilyName: family, Email: in.ContactEmail}
	ps := renamed(directory.ValidateOrganization(&o), map[string]string{"name": "org_name", "country": "country", "website": "website"})
	ps = append(ps, renamed(directory.ValidatePerson(&p),
		map[string]string{"given_name": "contact_name", "family_name": "contact_name", "email": "contact_email"})...)
	add := func(field, key string, args ...any) { ps = append(ps, i18n.Invalid(field, key, args...)) }
	if o.Country == "" {
		add("country", "validation.required")
	}
	if p.Email == "" {
		add("contact_email", "validation.required")
	}
	msg := strings.TrimSpace(directory.CleanText(in.Message))
	if utf8.RuneCountInString(msg) > maxInterestMessage {
		add("message", "validation.too_long", "max", maxInterestMessage)
	}
	if !in.Consent {
		add("consent", "validation.required")
	}
	return Interest{OrgName: o.Name, Country: o.Country, Website: o.Website, ContactName: p.Name(), ContactEmail: p.Email,
		Message: msg, Lang: formLanguage(in.Lang)}, ps
}

// renamed keeps the problems of the fields in names, under their new names.
func renamed(ps []*i18n.LocalizedError, names map[string]string) directory.Problems {
	var out directory.Problems
	for _, p := range ps {
		if to, ok := names[p.Field]; ok {
			q := *p
			q.Field = to
			out = append(out, &q)
		}
	}
	return out
}

// splitName splits a full name at its last space: given names, family name.
func splitName(full string) (given, family string) {
	words := strings.Fields(full)
	if len(words) < 2 {
		return strings.Join(words, ""), ""
	}
	return strings.Join(words[:len(words)-1], " "), words[len(words)-1]
}

// formLanguage returns lang as an EU language code, or "" for anything else.
func formLanguage(lang string) string {
	if l, ok := eu.LookupLanguage(lang); ok {
		return l.Code
	}
	return ""
}

// memberState returns the EU code of a country, or "" outside the Union.
func memberState(country string) string {
	if st, ok := eu.Lookup(country); ok {
		return st.Code
	}
	return ""
}

// clientHash returns the key under which the rate limit counts a client: a
// SHA-256 of its address rather than the address, an IPv6 address cut to its
// /64 network (one subscriber's) so that changing the interface part does not
// dodge the limit. The hashes are cleared once the limit's window has passed.
func clientHash(addr string) string {
	key := strings.TrimSpace(addr)
	if ap, err := netip.ParseAddrPort(key); err == nil {
		key = ap.Addr().String()
	}
	if a, err := netip.ParseAddr(key); err == nil {
		a = a.Unmap().WithZone("")
		key = a.String()
		if a.Is6() {
			p, _ := a.Prefix(64)
			key = p.String()
		}
	}
	sum := sha256.Sum256([]byte("coalition call interest\x00" + key))
	return hex.EncodeToString(sum[:])
}
