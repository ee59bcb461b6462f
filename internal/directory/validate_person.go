package directory

import (
	"time"

	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

// ValidatePerson normalizes p in place and returns every problem with it, or
// nil. It normalizes as ValidateOrganization does, and applies the consent
// rule: a person who is not a public figure (kinds politician, mep and
// public_figure are) and has an e-mail address or telephone number needs a
// Consent with a known legal basis, a date not in the future and a source.
// A Consent with nothing in it is dropped (set to nil).
func ValidatePerson(p *Person) []*i18n.LocalizedError {
	return validatePerson(p, time.Now())
}

// validatePerson is ValidatePerson with the clock as an argument.
func validatePerson(p *Person, now time.Time) []*i18n.LocalizedError {
	normalizePerson(p)
	var pr problems
	if p.GivenName == "" && p.FamilyName == "" {
		pr.add("given_name", "validation.required")
	}
	pr.maxLen("given_name", p.GivenName, maxShort)
	pr.maxLen("family_name", p.FamilyName, maxShort)
	pr.checkVocab("kind", vocab.PersonKind, p.Kind)
	pr.checkCountry("country", p.Country)
	pr.checkLangs("languages", p.Languages)
	pr.checkEmail("email", p.Email)
	pr.checkPhone("phone", p.Phone)
	pr.checkURL("website", p.Website)
	pr.maxLen("social", p.Social, maxShort)
	pr.maxLen("political_group", p.PoliticalGroup, maxShort)
	pr.maxLen("party", p.Party, maxShort)
	pr.maxLen("external_id", p.ExternalID, maxShort)
	pr.maxLen("source", p.Source, maxName)
	pr.checkConsent(p, now)
	return pr.result()
}

// normalizePerson puts p's fields in their canonical form.
func normalizePerson(p *Person) {
	p.GivenName = collapse(p.GivenName)
	p.FamilyName = collapse(p.FamilyName)
	p.Kind = lowerCode(p.Kind)
	p.Country = CountryCode(p.Country)
	p.Languages = normCodes(p.Languages, normLang)
	p.Email = lowerCode(p.Email)
	p.Phone = collapse(p.Phone)
	p.Website = normURL(p.Website)
	p.Social = clean(p.Social)
	p.PoliticalGroup = collapse(p.PoliticalGroup)
	p.Party = collapse(p.Party)
	p.ExternalID = clean(p.ExternalID)
	p.Source = collapse(p.Source)
	p.Consent = normalizeConsent(p.Consent)
}
