package fold

import (
	"reflect"
	"testing"
)

func TestFold(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Ærø Kommune", "aero kommune"},
		{"Øresund", "oresund"},
		{"Đakovo", "dakovo"},
		{"Ħamrun", "hamrun"},
		{"Þingvellir", "thingvellir"},
		{"Škoda Česká", "skoda ceska"},
		{"Ελλάδα", "ellada"},
		{"Αθήνα", "athina"},
		{"Θεσσαλονίκη", "thessaloniki"},
		{"Πανεπιστήμιο Κρήτης", "panepistimio kritis"},
		{"Ουρανός", "ouranos"},
		{"София", "sofia"},
		{"България", "balgaria"},
		{"Щастие", "shtastie"},
		{"Београд", "beograd"},
		{"Rīga", "riga"},
		{"ȘTEFAN Ţepeş", "stefan tepes"},
		{"e.V.", "e v "},
		{"Œuvre", "oeuvre"},
		{"İstanbul", "istanbul"},
		{"ƑOO", "foo"},
	}
	for _, c := range cases {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScriptsMeet(t *testing.T) {
	pairs := [][2]string{
		{"Latvia", "Латвия"},
		{"Sdruzhenie Zeleni Balkani", "Сдружение „Зелени Балкани“"},
		{"Zeleni Balkani", "Зелени Балкани"},
		{"Sofia", "Sofía"},
	}
	for _, p := range pairs {
		a, b := Key(p[0]), Key(p[1])
		if a != b {
			t.Errorf("%q → %q and %q → %q do not meet", p[0], a, p[1], b)
		}
	}
}

func TestTokens(t *testing.T) {
	got := Tokens("  Fundacja „Nasza Ziemia” — Łódź, 2024! ")
	want := []string{"fundacja", "nasza", "ziemia", "lodz", "2024"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q", got)
	}
}
