package directory

import (
	"slices"
	"strings"
	"testing"
	"time"
)

var validationNow = time.Date(2026, 11, 3, 12, 0, 0, 0, time.UTC)

// validPerson is a volunteer with contact details and a consent record.
func validPerson() Person {
	return Person{
		GivenName: "Ana", FamilyName: "Popescu", Kind: "volunteer", Country: "RO", Languages: []string{"ro", "fr"},
		Email: "ana@example.ro", Phone: "+40 721 000 000", Website: "https://ana.example.ro",
		Consent: &Consent{Basis: "consent", Date: validationNow.AddDate(0, -1, 0), Source: "signed form, Cluj meeting"},
	}
}

func TestValidatePersonAcceptsValid(t *testing.T) {
	p := validPerson()
	if ps := validatePerson(&p, validationNow); ps != nil {
		t.Fatalf("problems with a valid person: %v", problemKeys(ps))
	}
}

func TestValidatePersonRules(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(p *Person)
		want string
	}{
		{"name required", func(p *Person) { p.GivenName, p.FamilyName = " ", "" }, "given_name validation.required"},
		{"given name too long", func(p *Person) { p.GivenName = strings.Repeat("a", 201) }, "given_name validation.too_long"},
		{"kind", func(p *Person) { p.Kind = "celebrity" }, "kind validation.vocab"},
		{"country", func(p *Person) { p.Country = "ZZ" }, "country validation.country"},
		{"languages", func(p *Person) { p.Languages = []string{"romanian"} }, "languages validation.language"},
		{"email", func(p *Person) { p.Email = "ana@" }, "email validation.email"},
		{"phone", func(p *Person) { p.Phone = "0721-ANA" }, "phone validation.phone"},
		{"website", func(p *Person) { p.Website = "http://" }, "website validation.url"},
		{"consent missing", func(p *Person) { p.Consent = nil }, "consent validation.consent_required"},
		{"consent empty", func(p *Person) { p.Consent = &Consent{} }, "consent validation.consent_required"},
		{"consent basis", func(p *Person) { p.Consent.Basis = "because" }, "consent.basis validation.vocab"},
		{"consent date missing", func(p *Person) { p.Consent.Date = time.Time{} }, "consent.date validation.required"},
		{"consent date future", func(p *Person) { p.Consent.Date = validationNow.AddDate(0, 0, 2) }, "consent.date validation.date_future"},
		{"consent source", func(p *Person) { p.Consent.Source = "  " }, "consent.source validation.required"},
		{"phone alone needs consent", func(p *Person) { p.Email, p.Consent = "", nil }, "consent validation.consent_required"},
		{"journalist needs consent", func(p *Person) { p.Kind, p.Consent = "journalist", nil }, "consent validation.consent_required"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := validPerson()
			c.edit(&p)
			got := problemKeys(validatePerson(&p, validationNow))
			if !slices.Equal(got, []string{c.want}) {
				t.Errorf("problems = %v, want [%s]", got, c.want)
			}
		})
	}
}

func TestValidatePersonConsentRule(t *testing.T) {
	for _, c := range []struct {
		name    string
		kind    string
		email   string
		consent *Consent
		ok      bool
	}{
		{"no contact details, no consent", "volunteer", "", nil, true},
		{"contact details and consent", "staff", "a@b.eu", &Consent{Basis: "legitimate_interest", Date: validationNow, Source: "web"}, true},
		{"contact details, no consent", "staff", "a@b.eu", nil, false},
		{"no kind, no consent", "", "a@b.eu", nil, false},
		{"politician", "politician", "a@b.eu", nil, true},
		{"mep", "mep", "a@b.eu", nil, true},
		{"public figure", "public_figure", "a@b.eu", nil, true},
		{"today in another time zone", "staff", "a@b.eu", &Consent{Basis: "contract", Date: validationNow.Add(13 * time.Hour), Source: "x"}, true},
		{"each basis: public_task", "staff", "a@b.eu", &Consent{Basis: "Public_Task ", Date: validationNow, Source: "x"}, true},
	} {
		p := Person{FamilyName: "X", Kind: c.kind, Email: c.email, Consent: c.consent}
		ps := validatePerson(&p, validationNow)
		if (ps == nil) != c.ok {
			t.Errorf("%s: problems %v, want ok=%v", c.name, problemKeys(ps), c.ok)
		}
	}
}

func TestValidatePersonNormalizes(t *testing.T) {
	p := Person{
		GivenName: " Jānis ", FamilyName: " Bērziņš  Jr ", Kind: " MEP ", Country: "lv", Languages: []string{"LV", "lv", "ru"},
		Email: " Janis@EP.Europa.EU ", Website: "ep.europa.eu/meps", PoliticalGroup: " Renew   Europe ",
		Consent: &Consent{Basis: " ", Source: " "},
	}
	if ps := ValidatePerson(&p); ps != nil {
		t.Fatalf("problems: %v", problemKeys(ps))
	}
	if p.GivenName != "Jānis" || p.FamilyName != "Bērziņš Jr" || p.Kind != "mep" || p.Country != "LV" ||
		!slices.Equal(p.Languages, []string{"lv", "ru"}) || p.Email != "janis@ep.europa.eu" ||
		p.Website != "https://ep.europa.eu/meps" || p.PoliticalGroup != "Renew Europe" || p.Consent != nil {
		t.Errorf("normalized to %+v", p)
	}
}
