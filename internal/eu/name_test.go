package eu

import "testing"

func TestNameEveryStateEveryUILanguage(t *testing.T) {
	for _, m := range allStates {
		for _, lang := range nameLanguages {
			if m.Name(lang) == "" {
				t.Errorf("%s has no name in %s", m, lang)
			}
		}
		if m.NativeName() == "" {
			t.Errorf("%s has no native name", m)
		}
	}
	if got := len(names()); got != len(allStates) {
		t.Errorf("names.csv has %d states, want %d", got, len(allStates))
	}
}

func TestName(t *testing.T) {
	tests := []struct {
		code, lang, want string
	}{
		{"LV", "en", "Latvia"},
		{"LV", "bg", "Латвия"},
		{"LV", "ro", "Letonia"},
		{"LV", "lv", "Latvija"},
		{"LV", "sl", "Latvija"},
		{"EL", "en", "Greece"},
		{"EL", "el", "Ελλάδα"},
		{"NL", "ro", "Țările de Jos"},
		{"DE", "de", "Deutschland"},
		{"DE", "DE-at", "Deutschland"},
		{"DE", "fr", "Germany"}, // not a UI language, not German's own: English
		{"BE", "fr", "Belgique"},
		{"BE", "nl", "België"},
		{"FI", "sv", "Finland"},
		{"RO", "ro_RO", "România"},
		{"UK", "bg", "Обединеното кралство"},
		{"UK", "lv", "Apvienotā Karaliste"},
		{"SI", "sl", "Slovenija"},
		{"SK", "sl", "Slovaška"},
		{"HU", "", "Hungary"},
	}
	for _, tt := range tests {
		t.Run(tt.code+"/"+tt.lang, func(t *testing.T) {
			m, _ := LookupAny(tt.code)
			if got := m.Name(tt.lang); got != tt.want {
				t.Errorf("Name(%q) = %q, want %q", tt.lang, got, tt.want)
			}
		})
	}
}

func TestNativeName(t *testing.T) {
	tests := map[string]string{"DE": "Deutschland", "EL": "Ελλάδα", "BE": "België", "IE": "Éire", "BG": "България"}
	for code, want := range tests {
		m, _ := Lookup(code)
		if got := m.NativeName(); got != want {
			t.Errorf("%s.NativeName() = %q, want %q", code, got, want)
		}
	}
}

func TestLookupName(t *testing.T) {
	tests := []struct {
		name string
		code string // "" when not found
		any  string // result of LookupNameAny
	}{
		{"Latvija", "LV", "LV"},
		{"Латвия", "LV", "LV"},
		{"латвия", "LV", "LV"},
		{"Letonia", "LV", "LV"},
		{"latvia", "LV", "LV"},
		{"  LATVIA ", "LV", "LV"},
		{"Țările de Jos", "NL", "NL"},
		{"Tarile de Jos", "NL", "NL"},
		{"Ţările de Jos", "NL", "NL"}, // cedilla instead of comma below
		{"tarile-de-jos", "NL", "NL"},
		{"the Netherlands", "NL", "NL"},
		{"Ελλάδα", "EL", "EL"},
		{"ΕΛΛΑΔΑ", "EL", "EL"},
		{"Hellas", "EL", "EL"},
		{"Grčija", "EL", "EL"},
		{"Grcija", "EL", "EL"},
		{"Österreich", "AT", "AT"},
		{"osterreich", "AT", "AT"},
		{"Czech Republic", "CZ", "CZ"},
		{"Česko", "CZ", "CZ"},
		{"Magyarország", "HU", "HU"},
		{"Lëtzebuerg", "LU", "LU"},
		{"Hrvaška", "HR", "HR"},
		{"Беларус", "", ""},
		{"United Kingdom", "", "UK"},
		{"Обединеното кралство", "", "UK"},
		{"Narnia", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := LookupName(tt.name)
			if ok != (tt.code != "") || m.Code != tt.code {
				t.Errorf("LookupName(%q) = %v, %v; want %q", tt.name, m, ok, tt.code)
			}
			m, ok = LookupNameAny(tt.name)
			if ok != (tt.any != "") || m.Code != tt.any {
				t.Errorf("LookupNameAny(%q) = %v, %v; want %q", tt.name, m, ok, tt.any)
			}
		})
	}
}

func TestEveryNameFindsItsState(t *testing.T) {
	if _, err := buildNameIndex(names()); err != nil {
		t.Fatal(err)
	}
	for _, m := range allStates {
		for _, name := range names()[m.Code].all() {
			if got, ok := LookupNameAny(name); !ok || got != m {
				t.Errorf("LookupNameAny(%q) = %v, %v; want %s", name, got, ok, m)
			}
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Țările de Jos", "tarile de jos"},
		{"Ţările  de\tJos", "tarile de jos"},
		{"Österreich", "osterreich"},
		{"Beļģija", "belgija"},
		{"Ελλάδα", "ελλαδα"},
		{"Κύπρος", "κυπροσ"},
		{"Обединеното кралство", "обединеното кралство"},
		{"Straße", "strasse"},
		{"Repubblika ta' Malta", "repubblika ta malta"},
		{"A\u0301b", "ab"}, // decomposed accent
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
