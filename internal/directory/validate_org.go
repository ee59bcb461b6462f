package directory

import (
	"regexp"
	"strings"

	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/vocab"
)

var (
	// transparencyRE is an EU Transparency Register id: 9 to 12 digits, a dash
	// and two check digits (123456789012-34).
	transparencyRE = regexp.MustCompile(`^[0-9]{9,12}-[0-9]{2}$`)
	// picRE is a Participant Identification Code of the EU funding portal.
	picRE = regexp.MustCompile(`^[0-9]{9}$`)
)

// ValidateOrganization normalizes o in place and returns every problem with it,
// or nil. Normalizing trims every text and collapses white space in names,
// upper-cases the country (EL becomes GR, UK becomes GB) and region, lower-cases
// codes and the e-mail address, sorts and deduplicates multi-valued codes, and
// gives a web address without a scheme https://. A region without a country
// gives the organization the region's country. Each problem's Field is the
// snake_case name of the field (name, country, registry.pic, names…).
func ValidateOrganization(o *Organization) []*i18n.LocalizedError {
	normalizeOrg(o)
	var p problems
	if o.Name == "" {
		p.add("name", "validation.required")
	}
	p.maxLen("name", o.Name, maxName)
	if o.NameLang != "" && !knownLang(o.NameLang) {
		p.add("name_lang", "validation.language", "value", o.NameLang)
	}
	p.checkTexts("names", o.Names, maxName)
	p.checkTexts("descriptions", o.Descriptions, maxDescription)
	p.checkPlace(o.Country, o.Region)
	p.maxLen("city", o.City, maxShort)
	p.checkOrgCodes(o)
	p.checkReach(o.Members, o.Audience)
	p.checkURL("website", o.Website)
	p.checkEmail("email", o.Email)
	p.checkPhone("phone", o.Phone)
	p.checkRegistry(o.Registry)
	p.maxLen("source", o.Source, maxName)
	return p.result()
}

// normalizeOrg puts o's fields in their canonical form.
func normalizeOrg(o *Organization) {
	o.Name = collapse(o.Name)
	o.NameLang = normLang(o.NameLang)
	normTexts(o.Names, true)
	normTexts(o.Descriptions, false)
	o.Country = CountryCode(o.Country)
	o.Region = strings.ToUpper(clean(o.Region))
	if r, ok := eu.Region(o.Region); ok && o.Country == "" {
		o.Country = CountryCode(r.Country)
	}
	o.City = collapse(o.City)
	o.Level, o.Sector, o.Kind = lowerCode(o.Level), lowerCode(o.Sector), lowerCode(o.Kind)
	o.Functions = normCodes(o.Functions, lowerCode)
	o.Topics = normCodes(o.Topics, lowerCode)
	o.Languages = normCodes(o.Languages, normLang)
	o.Website = normURL(o.Website)
	o.Email = lowerCode(o.Email)
	o.Phone = collapse(o.Phone)
	o.Registry.Transparency = clean(o.Registry.Transparency)
	o.Registry.PIC = clean(o.Registry.PIC)
	o.Registry.National = collapse(o.Registry.National)
	o.Source = collapse(o.Source)
}

// checkPlace checks a country and a NUTS region, which must lie in the country
// (NUTS writes Greece EL, ISO GR).
func (p *problems) checkPlace(country, region string) {
	p.checkCountry("country", country)
	if region == "" {
		return
	}
	r, ok := eu.Region(region)
	switch in := CountryCode(r.Country); {
	case ok && in != country && country != "":
		p.add("region", "validation.region_country", "value", region, "in", in, "country", country)
	case !ok || in != country:
		p.add("region", "validation.region", "value", region)
	}
}

// checkOrgCodes checks the vocabulary codes and working languages of o.
func (p *problems) checkOrgCodes(o *Organization) {
	p.checkVocab("level", vocab.Level, o.Level)
	p.checkVocab("sector", vocab.Sector, o.Sector)
	p.checkVocab("kind", vocab.OrgKind, o.Kind)
	p.checkVocab("functions", vocab.Function, o.Functions...)
	p.checkVocab("topics", vocab.Topic, o.Topics...)
	p.checkLangs("languages", o.Languages)
}

// checkReach refuses negative counts of members and audience.
func (p *problems) checkReach(members, audience int64) {
	if members < 0 {
		p.add("members", "validation.number")
	}
	if audience < 0 {
		p.add("audience", "validation.number")
	}
}

// checkRegistry checks the format of the registry identifiers.
func (p *problems) checkRegistry(r RegistryIDs) {
	if r.Transparency != "" && !transparencyRE.MatchString(r.Transparency) {
		p.add("registry.transparency", "validation.transparency_id")
	}
	if r.PIC != "" && !picRE.MatchString(r.PIC) {
		p.add("registry.pic", "validation.pic")
	}
	p.maxLen("registry.national", r.National, maxShort)
}
