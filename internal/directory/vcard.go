package directory

import (
	"strings"

	"github.com/emersion/go-vcard"
)

// VCard returns a person as a vCard 4.0 (RFC 6350): FN, N, KIND individual,
// EMAIL, TEL, URL, ORG and TITLE from the current affiliation, the social
// handle as SOCIALPROFILE (RFC 9554), and a NOTE with the kind, political
// group and party.
func VCard(p *PersonRecord) vcard.Card {
	c := vcard.Card{}
	c.SetValue(vcard.FieldVersion, "4.0")
	c.SetValue(vcard.FieldFormattedName, p.Name())
	c.SetName(&vcard.Name{FamilyName: p.FamilyName, GivenName: p.GivenName})
	c.SetKind(vcard.KindIndividual)
	add := func(field, v string) {
		if v != "" {
			c.AddValue(field, v)
		}
	}
	add(vcard.FieldEmail, p.Email)
	add(vcard.FieldTelephone, p.Phone)
	add(vcard.FieldURL, p.Website)
	add(vcard.FieldOrganization, p.Organization)
	add(vcard.FieldTitle, p.Role)
	add("SOCIALPROFILE", p.Social)
	add(vcard.FieldNote, personNote(p))
	if p.Country != "" {
		c.AddAddress(&vcard.Address{Country: p.Country})
	}
	return c
}

// personNote summarises what vCard has no field for: "mep; Greens/EFA; Die Grünen".
func personNote(p *PersonRecord) string {
	var parts []string
	for _, s := range []string{p.Kind, p.PoliticalGroup, p.Party} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}
