package directory

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// validOrg is an organization with every field set and valid.
func validOrg() Organization {
	return Organization{
		Name: "Biedrība Zaļā Brīvība", NameLang: "lv",
		Names:        []Text{{Lang: "en", Value: "Green Freedom"}},
		Descriptions: []Text{{Lang: "lv", Value: "Vides organizācija."}},
		Country:      "LV", Region: "LV00A", City: "Rīga",
		Level: "national", Sector: "civil", Kind: "ngo",
		Functions: []string{"advocacy"}, Topics: []string{"environment_climate"}, Languages: []string{"lv", "en"},
		Members: 120, Audience: 5000, Website: "https://zb.lv", Email: "info@zb.lv", Phone: "+371 6722 5995",
		Registry: RegistryIDs{Transparency: "123456789012-34", PIC: "912345678", National: "40008012345"},
	}
}

// problemKeys returns "field key" for each problem.
func problemKeys(ps []*i18n.LocalizedError) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Field+" "+p.Key)
	}
	return out
}

func TestValidateOrganizationAcceptsValid(t *testing.T) {
	o := validOrg()
	if ps := ValidateOrganization(&o); ps != nil {
		t.Fatalf("problems with a valid organization: %v", problemKeys(ps))
	}
}

func TestValidateOrganizationRules(t *testing.T) {
	long := strings.Repeat("ā", 501)
	for _, c := range []struct {
		name string
		edit func(o *Organization)
		want string
	}{
		{"name required", func(o *Organization) { o.Name = "  \t " }, "name validation.required"},
		{"name too long", func(o *Organization) { o.Name = long }, "name validation.too_long"},
		{"name language", func(o *Organization) { o.NameLang = "xx" }, "name_lang validation.language"},
		{"unknown country", func(o *Organization) { o.Country, o.Region = "XX", "" }, "country validation.country"},
		{"not a country", func(o *Organization) { o.Country, o.Region = "EU", "" }, "country validation.country"},
		{"digits as country", func(o *Organization) { o.Country, o.Region = "276", "" }, "country validation.country"},
		{"unknown region", func(o *Organization) { o.Region = "LV999" }, "region validation.region"},
		{"region of another country", func(o *Organization) { o.Region = "EE001" }, "region validation.region_country"},
		{"region outside the EU", func(o *Organization) { o.Country, o.Region = "NO", "NO011" }, "region validation.region"},
		{"level", func(o *Organization) { o.Level = "planetary" }, "level validation.vocab"},
		{"sector", func(o *Organization) { o.Sector = "fourth" }, "sector validation.vocab"},
		{"kind", func(o *Organization) { o.Kind = "club" }, "kind validation.vocab"},
		{"functions", func(o *Organization) { o.Functions = []string{"advocacy", "lobbying"} }, "functions validation.vocab"},
		{"topics", func(o *Organization) { o.Topics = []string{"cats"} }, "topics validation.vocab"},
		{"languages", func(o *Organization) { o.Languages = []string{"lv", "qq"} }, "languages validation.language"},
		{"members", func(o *Organization) { o.Members = -1 }, "members validation.number"},
		{"audience", func(o *Organization) { o.Audience = -5 }, "audience validation.number"},
		{"website scheme", func(o *Organization) { o.Website = "ftp://zb.lv" }, "website validation.url"},
		{"website host", func(o *Organization) { o.Website = "zb" }, "website validation.url"},
		{"website spaces", func(o *Organization) { o.Website = "zb lv.org" }, "website validation.url"},
		{"email", func(o *Organization) { o.Email = "info(at)zb.lv" }, "email validation.email"},
		{"email without dot", func(o *Organization) { o.Email = "info@localhost" }, "email validation.email"},
		{"phone letters", func(o *Organization) { o.Phone = "call us" }, "phone validation.phone"},
		{"phone too short", func(o *Organization) { o.Phone = "+1" }, "phone validation.phone"},
		{"transparency short", func(o *Organization) { o.Registry.Transparency = "12345678-12" }, "registry.transparency validation.transparency_id"},
		{"transparency no dash", func(o *Organization) { o.Registry.Transparency = "12345678901234" }, "registry.transparency validation.transparency_id"},
		{"pic", func(o *Organization) { o.Registry.PIC = "91234567" }, "registry.pic validation.pic"},
		{"pic letters", func(o *Organization) { o.Registry.PIC = "91234567a" }, "registry.pic validation.pic"},
		{"names empty value", func(o *Organization) { o.Names = append(o.Names, Text{Lang: "bg"}) }, "names validation.required"},
		{"names language", func(o *Organization) { o.Names[0].Lang = "english" }, "names validation.language"},
		{"names too long", func(o *Organization) { o.Names[0].Value = long }, "names validation.too_long"},
		{"descriptions too long", func(o *Organization) { o.Descriptions[0].Value = strings.Repeat("x", 5001) }, "descriptions validation.too_long"},
		{"descriptions language", func(o *Organization) { o.Descriptions[0].Lang = "zz" }, "descriptions validation.language"},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := validOrg()
			c.edit(&o)
			got := problemKeys(ValidateOrganization(&o))
			if !slices.Equal(got, []string{c.want}) {
				t.Errorf("problems = %v, want [%s]", got, c.want)
			}
		})
	}
}

func TestValidateOrganizationNormalizes(t *testing.T) {
	o := Organization{
		Name: "  Ελληνική   Εταιρεία\tΠροστασίας  ", NameLang: " EL ", Country: "el", Region: " el30 ",
		Names: []Text{{Lang: "EN-gb", Value: " Hellenic \n Society "}},
		Level: " Regional", Sector: "CIVIL", Kind: "NGO",
		Functions: []string{"Advocacy", "advocacy", " representation", ""},
		Topics:    []string{"energy", "culture_media", "energy"},
		Languages: []string{"EL", "en_GB", "ell", "el"},
		Website:   " ornithologiki.gr/about ", Email: " Info@Ornithologiki.GR ", Phone: " +30  210 822 7937 ",
		Registry: RegistryIDs{Transparency: " 123456789-01 ", PIC: " 999999999 "},
	}
	if ps := ValidateOrganization(&o); ps != nil {
		t.Fatalf("problems: %v", problemKeys(ps))
	}
	want := Organization{
		Name: "Ελληνική Εταιρεία Προστασίας", NameLang: "el", Country: "GR", Region: "EL30",
		Names: []Text{{Lang: "en", Value: "Hellenic Society"}}, Level: "regional", Sector: "civil", Kind: "ngo",
		Functions: []string{"advocacy", "representation"}, Topics: []string{"culture_media", "energy"},
		Languages: []string{"el", "en"}, Website: "https://ornithologiki.gr/about", Email: "info@ornithologiki.gr",
		Phone: "+30 210 822 7937", Registry: RegistryIDs{Transparency: "123456789-01", PIC: "999999999"},
	}
	if !equalOrgs(o, want) {
		t.Errorf("normalized to\n%+v\nwant\n%+v", o, want)
	}
}

func equalOrgs(a, b Organization) bool {
	return a.Name == b.Name && a.NameLang == b.NameLang && a.Country == b.Country && a.Region == b.Region &&
		slices.Equal(a.Names, b.Names) && a.Level == b.Level && a.Sector == b.Sector && a.Kind == b.Kind &&
		slices.Equal(a.Functions, b.Functions) && slices.Equal(a.Topics, b.Topics) &&
		slices.Equal(a.Languages, b.Languages) && a.Website == b.Website && a.Email == b.Email &&
		a.Phone == b.Phone && a.Registry == b.Registry
}

func TestValidateOrganizationCountries(t *testing.T) {
	for in, want := range map[string]string{"uk": "GB", "EL": "GR", "deu": "DE", "us": "US", "XK": "XK", "ch": "CH"} {
		o := Organization{Name: "X", Country: in}
		if ps := ValidateOrganization(&o); ps != nil || o.Country != want {
			t.Errorf("country %q: got %q, problems %v; want %q", in, o.Country, problemKeys(ps), want)
		}
	}
	o := Organization{Name: "X", Region: "BG411"}
	if ps := ValidateOrganization(&o); ps != nil || o.Country != "BG" {
		t.Errorf("a region alone gives country %q, problems %v; want BG", o.Country, problemKeys(ps))
	}
}

func TestValidateOrganizationReportsEveryProblem(t *testing.T) {
	o := Organization{Country: "QQ", Website: "not a url", Email: "@", Members: -1}
	got := problemKeys(ValidateOrganization(&o))
	want := []string{"name validation.required", "country validation.country", "members validation.number",
		"website validation.url", "email validation.email"}
	if !slices.Equal(got, want) {
		t.Errorf("problems = %v\nwant %v", got, want)
	}
	var err error = Problems(ValidateOrganization(&o))
	if !errors.Is(err, errs.ErrInvalid) {
		t.Error("Problems is not ErrInvalid")
	}
	var le *i18n.LocalizedError
	if !errors.As(err, &le) || le.Field != "name" {
		t.Errorf("errors.As found %v", le)
	}
	if len(AsProblems(err)) != 5 || len(AsProblems(errs.ErrNotFound)) != 0 {
		t.Error("AsProblems")
	}
	if !strings.Contains(err.Error(), "website: validation.url") {
		t.Errorf("Error() = %q", err.Error())
	}
}

func TestValidateOrganizationCleansText(t *testing.T) {
	o := Organization{Name: "Zaļā\x00 Brīvība\x07 \xff", Descriptions: []Text{{Value: " Line one\r\nline\ttwo\x00 "}}}
	if ps := ValidateOrganization(&o); ps != nil {
		t.Fatalf("problems: %v", problemKeys(ps))
	}
	if o.Name != "Zaļā Brīvība \uFFFD" || o.Descriptions[0].Value != "Line one\nline\ttwo" {
		t.Errorf("cleaned to %q and %q", o.Name, o.Descriptions[0].Value)
	}
}
