package directory

import "testing"

func TestNameKeyMeets(t *testing.T) {
	groups := [][]string{
		{"Greenpeace e.V.", "GREENPEACE", "Greenpeace eV"},
		{"Biedrība „Zaļā Brīvība”", "Zala Briviba, biedriba", "ZAĻĀ BRĪVĪBA"},
		{"Сдружение „Зелени Балкани“", "Sdruzhenie Zeleni Balkani", "Zeleni Balkani"},
		{"Asociația Salvați Dunărea și Delta", "Asociatia Salvati Dunarea si Delta"},
		{"Društvo za varstvo okolja", "drustvo za varstvo okolja"},
		{"Hnutí DUHA z.s.", "Hnuti Duha"},
		{"Fundacja Nasza Ziemia", "Nasza Ziemia"},
		{"Natuurpunt vzw", "Natuurpunt VZW", "natuurpunt"},
		{"Ελληνική Εταιρεία Προστασίας της Φύσης", "Elliniki Etaireia Prostasias tis Fysis"},
		{"Κέντρο Περιβάλλοντος Α.Μ.Κ.Ε.", "Κέντρο Περιβάλλοντος ΑΜΚΕ", "Kentro Perivallontos"},
		{"Ελληνικά Τρόφιμα Α.Ε.", "Elliniká Trófima AE", "Ελληνικά Τρόφιμα"},
	}
	for _, g := range groups {
		want := NameKey(g[0])
		for _, name := range g[1:] {
			if got := NameKey(name); got != want {
				t.Errorf("NameKey(%q) = %q, but NameKey(%q) = %q", name, got, g[0], want)
			}
		}
	}
}

func TestNameKeyKeepsDifferentNamesApart(t *testing.T) {
	if NameKey("Friends of the Earth Europe") == NameKey("Friends of the Earth") {
		t.Error("a longer name is another organization")
	}
	if NameKey("e.V.") != "" || NameKey("GmbH & Co. KG") == "gmbh co kg" {
		t.Errorf("legal forms alone: %q %q", NameKey("e.V."), NameKey("GmbH & Co. KG"))
	}
}

func TestNameKeyMultiWordForms(t *testing.T) {
	cases := map[string]string{
		"Nasza Ziemia sp. z o.o.":          "nasza ziemia",
		"Eingetragener Verein Kalibor":     "kalibor",
		"Zeleni d.o.o. Ljubljana":          "ljubljana zeleni",
		"Nadační fond Zelená Praha":        "praha zelena",
		"Association Sauvons la Loire":     "la loire sauvons",
		"Sdružení ASA z. s. Bystrc o.p.s.": "asa bystrc sdruzeni",
	}
	for name, want := range cases {
		if got := NameKey(name); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", name, got, want)
		}
	}
}

func BenchmarkNameKey(b *testing.B) {
	names := []string{"Bündnis für Demokratie Hamburg", "Biedrība Zaļā Brīvība", "Сдружение Зелени Балкани",
		"Ελληνική Εταιρεία Προστασίας της Φύσης", "Nätverket för demokrati och social inkludering Fri Framtid Gävle",
		"Association Sauvons la Loire", "Fundacja Nasza Ziemia sp. z o.o.", "Greenpeace e.V."}
	for b.Loop() {
		for _, n := range names {
			NameKey(n)
		}
	}
}
