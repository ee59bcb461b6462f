package directory

import (
	"reflect"
	"testing"
	"time"
)

func TestCombineOrgs(t *testing.T) {
	keep := Organization{
		ID: 1, Version: 3, Name: "Zeleni Balkani", Names: []Text{{Lang: "en", Value: "Green Balkans"}},
		Descriptions: []Text{{Lang: "en", Value: "keep"}}, Country: "BG", Functions: []string{"advocacy"},
		Topics: []string{"environment"}, Languages: []string{"bg"}, Members: 10, Audience: 500,
		Registry: RegistryIDs{PIC: "111111111"}, Source: "web form",
	}
	drop := Organization{
		ID: 2, Version: 7, Name: "Сдружение Зелени Балкани", NameLang: "bg",
		Names:        []Text{{Lang: "en", Value: "GREEN BALKANS"}, {Lang: "de", Value: "Grüner Balkan"}},
		Descriptions: []Text{{Lang: "en", Value: "drop"}, {Lang: "bg", Value: "опис"}},
		Country:      "BG", Region: "BG42", City: "Plovdiv", Kind: "ngo",
		Functions: []string{"advocacy", "campaigning"}, Topics: []string{"climate"}, Languages: []string{"en"},
		Members: 20, Audience: 100, Website: "https://greenbalkans.org", Email: "office@greenbalkans.org",
		Registry: RegistryIDs{PIC: "222222222", Transparency: "123456789012-34"}, Source: "import bg.csv", HasLogo: true,
	}
	got := CombineOrgs(keep, drop)
	want := Organization{
		ID: 1, Version: 3, Name: "Zeleni Balkani",
		Names: []Text{{Lang: "en", Value: "Green Balkans"}, {Lang: "bg", Value: "Сдружение Зелени Балкани"},
			{Lang: "de", Value: "Grüner Balkan"}},
		Descriptions: []Text{{Lang: "en", Value: "keep"}, {Lang: "bg", Value: "опис"}},
		NameLang:     "bg", Country: "BG", Region: "BG42", City: "Plovdiv", Kind: "ngo",
		Functions: []string{"advocacy", "campaigning"}, Topics: []string{"environment", "climate"},
		Languages: []string{"bg", "en"}, Members: 20, Audience: 500,
		Website: "https://greenbalkans.org", Email: "office@greenbalkans.org",
		Registry: RegistryIDs{PIC: "111111111", Transparency: "123456789012-34"},
		Source:   "web form; import bg.csv", HasLogo: true,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CombineOrgs =\n%+v\nwant\n%+v", got, want)
	}
	got.Functions[0], got.Names[0].Value = "changed", "changed"
	if keep.Functions[0] != "advocacy" || keep.Names[0].Value != "Green Balkans" {
		t.Error("the combined record shares slices with keep")
	}
}

func TestCombineOrgsNames(t *testing.T) {
	cases := []struct {
		keep, drop string
		alt        []Text
		want       []Text
	}{
		{"Greenpeace", "Greenpeace e.V.", nil, nil},
		{"Greenpeace", "Greenpeace Deutschland", nil, []Text{{Value: "Greenpeace Deutschland"}}},
		{"Hnutí DUHA", "Hnuti Duha z.s.", []Text{{Lang: "en", Value: "Friends of the Earth Czech Republic"}},
			[]Text{{Lang: "en", Value: "Friends of the Earth Czech Republic"}}},
	}
	for _, c := range cases {
		got := CombineOrgs(Organization{Name: c.keep}, Organization{Name: c.drop, Names: c.alt}).Names
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q + %q: names %+v, want %+v", c.keep, c.drop, got, c.want)
		}
	}
}

func TestCombineOrgsPlaceOfAnotherCountry(t *testing.T) {
	got := CombineOrgs(Organization{Name: "A", Country: "AT"}, Organization{Name: "A", Country: "DE", Region: "DE30", City: "Berlin"})
	if got.Country != "AT" || got.Region != "" || got.City != "" {
		t.Errorf("country %q region %q city %q: a place in another country was taken", got.Country, got.Region, got.City)
	}
}

func TestJoinSources(t *testing.T) {
	cases := []struct{ keep, drop, want string }{
		{"web form", "import a.csv", "web form; import a.csv"},
		{"", "import a.csv", "import a.csv"},
		{"web form", "", "web form"},
		{"web form; import a.csv", "import a.csv", "web form; import a.csv"},
	}
	for _, c := range cases {
		if got := joinSources(c.keep, c.drop); got != c.want {
			t.Errorf("joinSources(%q, %q) = %q", c.keep, c.drop, got)
		}
	}
}

func TestCombinePeople(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 5, d, 0, 0, 0, 0, time.UTC) }
	older := &Consent{Basis: BasisConsent, Date: day(1), Source: "form"}
	newer := &Consent{Basis: BasisLegitimateInterest, Date: day(9), Source: "meeting"}
	invalid := &Consent{Basis: BasisConsent, Date: day(20)} // no source
	keep := Person{ID: 1, GivenName: "Ana", FamilyName: "Pop", Languages: []string{"ro"}, Source: "web form", Consent: older}
	drop := Person{ID: 2, GivenName: "Ana", FamilyName: "Pop", Country: "RO", Email: "ana@example.org",
		Languages: []string{"en", "ro"}, ExternalID: "12345", Source: "import", Consent: newer}
	got := CombinePeople(keep, drop)
	if got.ID != 1 || got.Country != "RO" || got.Email != "ana@example.org" || got.ExternalID != "12345" ||
		!reflect.DeepEqual(got.Languages, []string{"ro", "en"}) || got.Source != "web form; import" {
		t.Errorf("CombinePeople = %+v", got)
	}
	cases := []struct {
		keep, drop, want *Consent
	}{
		{older, newer, newer}, {newer, older, newer}, {older, invalid, older},
		{invalid, older, older}, {nil, invalid, invalid}, {nil, nil, nil},
	}
	for i, c := range cases {
		keep.Consent, drop.Consent = c.keep, c.drop
		got := CombinePeople(keep, drop).Consent
		if !reflect.DeepEqual(got, c.want) || (got != nil && (got == c.keep || got == c.drop)) {
			t.Errorf("case %d: consent %+v, want a copy of %+v", i, got, c.want)
		}
	}
}
