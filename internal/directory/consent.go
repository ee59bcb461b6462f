package directory

import (
	"slices"
	"time"
)

// The legal bases (GDPR Art. 6(1)) on which Coalition keeps a person's contact
// details.
const (
	BasisConsent            = "consent"             // Art. 6(1)(a): the person agreed
	BasisContract           = "contract"            // Art. 6(1)(b)
	BasisPublicTask         = "public_task"         // Art. 6(1)(e)
	BasisLegitimateInterest = "legitimate_interest" // Art. 6(1)(f), after a balancing test
)

var consentBases = []string{BasisConsent, BasisLegitimateInterest, BasisContract, BasisPublicTask}

// ConsentBases returns the accepted legal bases, for forms and imports.
func ConsentBases() []string { return slices.Clone(consentBases) }

// publicKinds are the kinds of person whose professional contact details are
// public by the nature of their office: no consent record is needed for them.
var publicKinds = []string{"politician", "mep", "public_figure"}

// PublicFigure reports whether a person of kind is a public figure.
func PublicFigure(kind string) bool { return slices.Contains(publicKinds, kind) }

// HasContact reports whether p carries contact details (e-mail or telephone),
// which need a consent record unless p is a public figure.
func (p Person) HasContact() bool { return p.Email != "" || p.Phone != "" }

// futureSlack is how far ahead of the clock a date may lie and still count as
// today somewhere on Earth (UTC+14).
const futureSlack = 14 * time.Hour

// normalizeConsent trims c's texts and returns nil for a record with nothing in
// it, as an empty form gives.
func normalizeConsent(c *Consent) *Consent {
	if c == nil {
		return nil
	}
	c.Basis = lowerCode(c.Basis)
	c.Source = collapse(c.Source)
	c.Note = clean(c.Note)
	if c.Basis == "" && c.Source == "" && c.Note == "" && c.Date.IsZero() {
		return nil
	}
	return c
}

// checkConsent applies the consent rule to p at time now: a person who is not
// a public figure and has contact details needs a complete consent record, and
// a record that is given must be complete.
func (pr *problems) checkConsent(p *Person, now time.Time) {
	c := p.Consent
	if c == nil {
		if p.HasContact() && !PublicFigure(p.Kind) {
			pr.add("consent", "validation.consent_required")
		}
		return
	}
	if !slices.Contains(consentBases, c.Basis) {
		pr.add("consent.basis", "validation.vocab", "value", c.Basis)
	}
	switch {
	case c.Date.IsZero():
		pr.add("consent.date", "validation.required")
	case c.Date.After(now.Add(futureSlack)):
		pr.add("consent.date", "validation.date_future")
	}
	if c.Source == "" {
		pr.add("consent.source", "validation.required")
	}
	pr.maxLen("consent.source", c.Source, maxName)
	pr.maxLen("consent.note", c.Note, maxDescription)
}
