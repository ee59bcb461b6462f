package directory

import (
	"strings"

	"coalition/internal/vocab"
)

// personRow is what one row of a people file says: the person, and the
// organization and role of an affiliation when the file has those columns.
type personRow struct {
	p    Person
	org  string
	role string
}

// personSetter writes one non-empty cell into a personRow. It returns the
// message key of a cell it cannot read, or "".
type personSetter func(r *personRow, cell string) string

var personSetters = map[string]personSetter{
	"given_name":      func(r *personRow, v string) string { r.p.GivenName = v; return "" },
	"family_name":     func(r *personRow, v string) string { r.p.FamilyName = v; return "" },
	"full_name":       setFullName,
	"kind":            func(r *personRow, v string) string { r.p.Kind = vocabCode(vocab.PersonKind, v); return "" },
	"country":         func(r *personRow, v string) string { r.p.Country = countryCode(v); return "" },
	"languages":       func(r *personRow, v string) string { r.p.Languages = langCodes(v); return "" },
	"email":           func(r *personRow, v string) string { r.p.Email = v; return "" },
	"phone":           func(r *personRow, v string) string { r.p.Phone = v; return "" },
	"website":         func(r *personRow, v string) string { r.p.Website = v; return "" },
	"social":          func(r *personRow, v string) string { r.p.Social = v; return "" },
	"political_group": func(r *personRow, v string) string { r.p.PoliticalGroup = v; return "" },
	"party":           func(r *personRow, v string) string { r.p.Party = v; return "" },
	"external_id":     func(r *personRow, v string) string { r.p.ExternalID = v; return "" },
	"consent_basis":   func(r *personRow, v string) string { r.consent().Basis = v; return "" },
	"consent_date":    setConsentDate,
	"consent_source":  func(r *personRow, v string) string { r.consent().Source = v; return "" },
	"consent_note":    func(r *personRow, v string) string { r.consent().Note = v; return "" },
	"organization":    func(r *personRow, v string) string { r.org = v; return "" },
	"role":            func(r *personRow, v string) string { r.role = v; return "" },
	"source":          func(r *personRow, v string) string { r.p.Source = v; return "" },
}

// consent returns the row's consent record, adding an empty one.
func (r *personRow) consent() *Consent {
	if r.p.Consent == nil {
		r.p.Consent = &Consent{}
	} else {
		c := *r.p.Consent // a copy: the record may be shared with a stored person
		r.p.Consent = &c
	}
	return r.p.Consent
}

// setFullName splits "Ana Maria Pop" into given name "Ana Maria" and family
// name "Pop"; "Pop, Ana" into "Ana" and "Pop". A particle before the family
// name stays with it ("Jean-Luc de la Fontaine": "de la Fontaine"), and an
// academic or courtesy title before the names is left out ("Dr. Anna Bērziņa").
func setFullName(r *personRow, v string) string {
	if family, given, ok := strings.Cut(v, ","); ok {
		r.p.GivenName, r.p.FamilyName = strings.TrimSpace(given), strings.TrimSpace(family)
		return ""
	}
	words := strings.Fields(v)
	for len(words) > 1 && nameTitles[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		words = words[1:]
	}
	split := len(words) - 1
	for split > 1 && nameParticles[strings.ToLower(words[split-1])] {
		split--
	}
	r.p.GivenName, r.p.FamilyName = strings.Join(words[:max(split, 0)], " "), strings.Join(words[max(split, 0):], " ")
	return ""
}

// nameParticles are the words that belong to the family name that follows
// them in European names.
var nameParticles = map[string]bool{"de": true, "del": true, "della": true, "der": true, "di": true, "da": true,
	"dos": true, "du": true, "la": true, "le": true, "van": true, "von": true, "zu": true, "ten": true, "ter": true}

// nameTitles are titles written before a name, without their final dot.
var nameTitles = map[string]bool{"dr": true, "prof": true, "mag": true, "ing": true, "mr": true, "mrs": true,
	"ms": true, "mx": true, "doc": true, "dipl": true}

func setConsentDate(r *personRow, v string) string {
	t, ok := parseDate(v)
	if !ok {
		return "validation.date"
	}
	r.consent().Date = t
	return ""
}

// applyPerson writes the non-empty cells of row into r, as applyOrg does.
func (m *Mapping) applyPerson(row []string, r *personRow, bad []cellProblem) []cellProblem {
	for i, set := range m.personSet {
		if set == nil {
			continue
		}
		if v := cell(row, i); v != "" {
			if key := set(r, v); key != "" {
				bad = append(bad, cellProblem{i, key})
			}
		}
	}
	return bad
}
