package directory

import (
	"strings"
	"testing"
)

// TestVCardEscapesAndFolds checks the escaping RFC 6350 asks for, per kind
// of value, and the folding of long lines.
func TestVCardEscapesAndFolds(t *testing.T) {
	p := &PersonRecord{Person: Person{GivenName: "Anna, Maria; X", FamilyName: `O\Brien`, Kind: "staff",
		Website: "https://x.ie/a,b;c", Social: "@anna", Country: "IE",
		Party: strings.Repeat("Ζωή ", 30)}, Organization: "Friends; of the Earth", Role: "chair\nsecretary"}
	card := VCard(p)
	for _, want := range []string{
		"FN:Anna\\, Maria; X O\\\\Brien\r\n",
		"N:O\\\\Brien;Anna\\, Maria\\; X;;;\r\n",
		"URL:https://x.ie/a,b;c\r\n",
		"ORG:Friends\\; of the Earth\r\n",
		"TITLE:chair\\nsecretary\r\n",
		"SOCIALPROFILE;VALUE=text:@anna\r\n",
		"ADR:;;;;;;IE\r\n",
	} {
		if !strings.Contains(card, want) {
			t.Errorf("vCard lacks %q:\n%s", want, card)
		}
	}
	for _, line := range strings.Split(strings.TrimSuffix(card, "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line of %d bytes: %q", len(line), line)
		}
	}
	unfolded := strings.ReplaceAll(card, "\r\n ", "")
	if !strings.Contains(unfolded, "NOTE:staff; "+strings.Repeat("Ζωή ", 30)+"\r\n") {
		t.Errorf("the long NOTE does not unfold to its text:\n%s", card)
	}
}
