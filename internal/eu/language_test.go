package eu

import "testing"

func TestLanguages(t *testing.T) {
	langs := Languages()
	if len(langs) != 24 {
		t.Fatalf("%d languages, want 24", len(langs))
	}
	seen := map[string]bool{}
	for _, l := range langs {
		if len(l.Code) != 2 || l.English == "" || l.Native == "" {
			t.Errorf("incomplete language %+v", l)
		}
		if seen[l.Code] {
			t.Errorf("duplicate language %s", l.Code)
		}
		seen[l.Code] = true
	}
	for _, ui := range nameLanguages {
		if !seen[ui] {
			t.Errorf("UI language %s is not an official language", ui)
		}
	}
	langs[0].Code = "xx"
	if Languages()[0].Code != "bg" {
		t.Error("Languages exposes its internal slice")
	}
}

func TestLookupLanguage(t *testing.T) {
	tests := []struct {
		code, english, native string
		ok                    bool
	}{
		{"lv", "Latvian", "latviešu", true},
		{"SL", "Slovenian", "slovenščina", true},
		{"ro-RO", "Romanian", "română", true},
		{"bg", "Bulgarian", "български", true},
		{"ga", "Irish", "Gaeilge", true},
		{"ru", "", "", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		l, ok := LookupLanguage(tt.code)
		if ok != tt.ok || l.English != tt.english || l.Native != tt.native {
			t.Errorf("LookupLanguage(%q) = %+v, %v", tt.code, l, ok)
		}
	}
}
