package store

import (
	"fmt"

	"coalition/internal/directory"
)

// personColumns are the columns scanPerson reads, from people aliased p.
const personColumns = `p.id, p.given_name, p.family_name, p.kind, p.country, p.languages, p.email, p.phone,
	p.website, p.social, p.political_group, p.party, p.external_id,
	p.consent_basis, p.consent_date, p.consent_source, p.consent_note,
	p.source, p.archived, COALESCE(p.merged_into, 0), p.created_at, p.updated_at, p.version`

// personWriteColumns are the columns a write sets, in the order of personWriteArgs.
const personWriteColumns = `given_name, family_name, name_key, kind, country, languages, email, phone,
	website, social, political_group, party, external_id,
	consent_basis, consent_date, consent_source, consent_note, source, archived`

// personWriteCount is the number of personWriteColumns.
const personWriteCount = 19

var personSets = setList(personWriteColumns)

func scanPerson(r rowScanner) (directory.Person, error) {
	var p directory.Person
	var langs string
	var c directory.Consent
	err := r.Scan(&p.ID, &p.GivenName, &p.FamilyName, &p.Kind, &p.Country, &langs, &p.Email, &p.Phone,
		&p.Website, &p.Social, &p.PoliticalGroup, &p.Party, &p.ExternalID,
		&c.Basis, scanTime(&c.Date), &c.Source, &c.Note,
		&p.Source, &p.Archived, &p.MergedInto, scanTime(&p.CreatedAt), scanTime(&p.UpdatedAt), &p.Version)
	if err != nil {
		return directory.Person{}, err
	}
	if p.Languages, err = decodeCodes(langs); err != nil {
		return directory.Person{}, fmt.Errorf("person %d: %w", p.ID, err)
	}
	if c != (directory.Consent{}) {
		p.Consent = &c
	}
	return p, nil
}

// personWriteArgs returns the values of personWriteColumns for p. The name key
// (of the full name) is computed here, on every write.
func personWriteArgs(p *directory.Person) []any {
	var c directory.Consent
	if p.Consent != nil {
		c = *p.Consent
	}
	return []any{p.GivenName, p.FamilyName, directory.NameKey(p.Name()), p.Kind, p.Country, encodeCodes(p.Languages),
		p.Email, p.Phone, p.Website, p.Social, p.PoliticalGroup, p.Party, p.ExternalID,
		c.Basis, nullTime(c.Date), c.Source, c.Note, p.Source, p.Archived}
}

// normConsent returns p's consent as the store gives it back: nil for an
// empty record, the date in UTC microseconds.
func normConsent(c *directory.Consent) *directory.Consent {
	if c == nil || *c == (directory.Consent{}) {
		return nil
	}
	n := *c
	if !n.Date.IsZero() {
		n.Date = normTime(n.Date)
	}
	return &n
}
