package gen

import (
	"reflect"
	"testing"
	"unicode"

	"coalition/internal/directory"
	"coalition/internal/vocab"
)

func people(t *testing.T, seed int64, n int) []directory.Person {
	t.Helper()
	var out []directory.Person
	if err := People(seed, n, func(p directory.Person) error { out = append(out, p); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPeopleAreValidAndConsented(t *testing.T) {
	kinds, _ := vocab.Get(vocab.PersonKind)
	emails, cyrillic, consents := map[string]bool{}, 0, 0
	for _, p := range people(t, 1, 10_000) {
		if problems := directory.ValidatePerson(&p); problems != nil {
			t.Fatalf("%+v: %v", p, problems)
		}
		if !kinds.Has(p.Kind) {
			t.Fatalf("kind %q", p.Kind)
		}
		if p.Email != "" && emails[p.Email] {
			t.Fatalf("e-mail %s given twice", p.Email)
		}
		emails[p.Email] = true
		if p.Country == "BG" && hasScript(p.FamilyName, unicode.Cyrillic) {
			cyrillic++
		}
		if p.Consent != nil {
			consents++
		}
	}
	if cyrillic == 0 || consents < 1000 {
		t.Errorf("%d Bulgarian names in Cyrillic, %d consent records", cyrillic, consents)
	}
}

func TestPeopleAreDeterministic(t *testing.T) {
	if !reflect.DeepEqual(people(t, 9, 500), people(t, 9, 500)) {
		t.Error("the same seed gave different people")
	}
}
