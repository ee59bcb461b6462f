package vocab

import (
	"strings"
	"testing"
	"unicode"
)

// TestEveryLabelPresent checks that every vocabulary and every term has a
// non-empty label in every UI language, with no stray spaces.
func TestEveryLabelPresent(t *testing.T) {
	for _, lang := range UILanguages {
		file := labels()[lang]
		for _, v := range All() {
			checkLabel(t, file, lang, v.Name)
			for _, term := range v.Terms {
				checkLabel(t, file, lang, term.Key())
			}
		}
	}
}

func checkLabel(t *testing.T, file map[string]string, lang, key string) {
	t.Helper()
	s, ok := file[key]
	if !ok || s == "" {
		t.Errorf("labels/%s.json: no label for %q", lang, key)
		return
	}
	if s != strings.TrimSpace(s) || strings.Contains(s, "  ") {
		t.Errorf("labels/%s.json: %q has stray spaces: %q", lang, key, s)
	}
}

// TestNoStrayLabels checks that every key of every label file belongs to a
// vocabulary or one of its terms.
func TestNoStrayLabels(t *testing.T) {
	valid := map[string]bool{}
	for _, v := range All() {
		valid[v.Name] = true
		for _, term := range v.Terms {
			valid[term.Key()] = true
		}
	}
	for lang, file := range labels() {
		for key := range file {
			if !valid[key] {
				t.Errorf("labels/%s.json: key %q belongs to no term", lang, key)
			}
		}
	}
}

// TestLabelsTranslated checks that the Bulgarian labels are written in
// Cyrillic and that each language has its own wording for most terms, so a
// file copied from English would fail.
func TestLabelsTranslated(t *testing.T) {
	for key, s := range labels()["bg"] {
		if !hasScript(s, unicode.Cyrillic) {
			t.Errorf("labels/bg.json: %q is not in Cyrillic: %q", key, s)
		}
	}
	en := labels()["en"]
	for _, lang := range UILanguages[1:] {
		same := 0
		for key, s := range labels()[lang] {
			if s == en[key] {
				same++
			}
		}
		if same > len(en)/5 {
			t.Errorf("labels/%s.json: %d of %d labels equal the English ones", lang, same, len(en))
		}
	}
}

func hasScript(s string, script *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.Is(script, r) {
			return true
		}
	}
	return false
}

func TestLabel(t *testing.T) {
	tests := []struct {
		vocab, code, lang, want string
	}{
		{Sector, "public", "en", "Public sector"},
		{Sector, "public", "bg", "Публичен сектор"},
		{Sector, "public", "ro", "Sectorul public"},
		{Sector, "public", "lv", "Publiskais sektors"},
		{Sector, "public", "sl", "Javni sektor"},
		{Sector, "public", "sl-SI", "Javni sektor"},
		{Sector, "public", "BG", "Публичен сектор"},
		{Sector, "public", "de", "Public sector"},
		{Sector, "public", "", "Public sector"},
		{Function, "advocacy", "bg", "Застъпничество и технически ресурси"},
		{PartnerRole, "influencer", "ro", "Influențator"},
		{OrgKind, "informal_group", "lv", "Neformāla grupa / tiešsaistes kopiena"},
		{Stage, "in_talks", "sl", "V pogovorih"},
	}
	for _, tt := range tests {
		t.Run(tt.vocab+"."+tt.code+"/"+tt.lang, func(t *testing.T) {
			v, _ := Get(tt.vocab)
			term, _ := v.Term(tt.code)
			if got := term.Label(tt.lang); got != tt.want {
				t.Errorf("Label(%q) = %q, want %q", tt.lang, got, tt.want)
			}
		})
	}
}

func TestLabelFallbacks(t *testing.T) {
	if got := (Term{Code: "loose"}).Label("bg"); got != "loose" {
		t.Errorf("label of a hand-made term = %q, want its code", got)
	}
	v, _ := Get(Topic)
	if got := v.Label("lv"); got != "Tēma" {
		t.Errorf("topic heading in lv = %q", got)
	}
	if got := v.Label("fi"); got != "Topic" {
		t.Errorf("topic heading in fi = %q, want the English one", got)
	}
}
