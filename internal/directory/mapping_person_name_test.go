package directory

import "testing"

func TestSetFullName(t *testing.T) {
	for in, want := range map[string][2]string{
		"Ana Maria Pop":           {"Ana Maria", "Pop"},
		"Pop, Ana":                {"Ana", "Pop"},
		"Jean-Luc de la Fontaine": {"Jean-Luc", "de la Fontaine"},
		"Ursula von der Leyen":    {"Ursula", "von der Leyen"},
		"Dr. Anna Bērziņa":        {"Anna", "Bērziņa"},
		"Prof. Dr. Jan van Dijk":  {"Jan", "van Dijk"},
		"Madonna":                 {"", "Madonna"},
		"  Ivan   Petrov ":        {"Ivan", "Petrov"},
		"De Smet":                 {"De", "Smet"},
		"Dr.":                     {"", "Dr."},
	} {
		var r personRow
		setFullName(&r, in)
		if got := [2]string{r.p.GivenName, r.p.FamilyName}; got != want {
			t.Errorf("setFullName(%q) = %q, want %q", in, got, want)
		}
	}
}
