package directory

import (
	"io"
	"strings"
	"unicode/utf8"
)

// VCard returns a person as a vCard 4.0 (RFC 6350): FN, N, KIND individual,
// EMAIL, TEL, URL, ORG and TITLE from the current affiliation, the social
// profile as SOCIALPROFILE (RFC 9554), a NOTE with the kind, political group
// and party, and the country in ADR. Text is escaped as RFC 6350 asks (a
// backslash, a comma and a newline everywhere; a semicolon inside the parts
// of N, ORG and ADR too); web addresses are written as they are; lines longer
// than 75 bytes are folded.
func VCard(p *PersonRecord) string {
	var c vcardBuilder
	c.line("BEGIN", "VCARD")
	c.line("VERSION", "4.0")
	c.line("FN", vcardText(p.Name()))
	c.line("N", vcardParts(p.FamilyName, p.GivenName, "", "", ""))
	c.line("KIND", "individual")
	c.optional("EMAIL", p.Email, vcardText)
	c.optional("TEL", p.Phone, vcardText)
	c.optional("URL", p.Website, vcardURI)
	c.optional("ORG", p.Organization, func(s string) string { return vcardParts(s) })
	c.optional("TITLE", p.Role, vcardText)
	c.social(p.Social)
	c.optional("NOTE", personNote(p), vcardText)
	c.optional("ADR", p.Country, func(s string) string { return vcardParts("", "", "", "", "", "", s) })
	c.line("END", "VCARD")
	return c.String()
}

// writeVCard writes p's vCard to w.
func writeVCard(w io.Writer, p *PersonRecord) error {
	_, err := io.WriteString(w, VCard(p))
	return err
}

// vcardBuilder collects the lines of one vCard.
type vcardBuilder struct{ strings.Builder }

// line writes one property, its value already escaped, folded as RFC 6350
// asks: no line longer than 75 bytes, a continuation starting with a space,
// never inside a character.
func (c *vcardBuilder) line(name, value string) {
	s := name + ":" + value
	for limit := 75; len(s) > limit; limit = 74 {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		c.WriteString(s[:cut] + "\r\n ")
		s = s[cut:]
	}
	c.WriteString(s + "\r\n")
}

// optional writes a property when v is not empty, escaped by esc.
func (c *vcardBuilder) optional(name, v string, esc func(string) string) {
	if v != "" {
		c.line(name, esc(v))
	}
}

// social writes a social profile: a web address as such, a handle as text.
func (c *vcardBuilder) social(v string) {
	switch {
	case v == "":
	case strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "http://"):
		c.line("SOCIALPROFILE", vcardURI(v))
	default:
		c.line("SOCIALPROFILE;VALUE=text", vcardText(v))
	}
}

var (
	vcardTextEscaper = strings.NewReplacer(`\`, `\\`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	vcardPartEscaper = strings.NewReplacer(`\`, `\\`, ",", `\,`, ";", `\;`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
)

// vcardText escapes a text value.
func vcardText(s string) string { return vcardTextEscaper.Replace(s) }

// vcardParts joins the parts of a structured value (N, ORG, ADR), each
// escaped, with semicolons.
func vcardParts(parts ...string) string {
	for i, p := range parts {
		parts[i] = vcardPartEscaper.Replace(p)
	}
	return strings.Join(parts, ";")
}

// vcardURI is a URI value: written as it is, but on one line.
func vcardURI(s string) string {
	return strings.NewReplacer("\r", "", "\n", "").Replace(s)
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
