package vocab

import (
	"regexp"
	"slices"
	"testing"
)

func TestAllNames(t *testing.T) {
	want := []string{PartnerRole, Sector, OrgKind, Function, Level, Cooperation, PersonKind, Stage, Topic}
	var got []string
	for _, v := range All() {
		got = append(got, v.Name)
	}
	if !slices.Equal(got, want) {
		t.Errorf("All() names = %v, want %v", got, want)
	}
}

func TestTermCounts(t *testing.T) {
	tests := map[string]int{
		PartnerRole: 9, Sector: 3, OrgKind: 12, Function: 6, Level: 5,
		Cooperation: 4, PersonKind: 6, Stage: 8, Topic: 18,
	}
	for name, want := range tests {
		v, ok := Get(name)
		if !ok || len(v.Terms) != want {
			t.Errorf("Get(%q) = %d terms, %v; want %d", name, len(v.Terms), ok, want)
		}
	}
}

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

func TestCodesUniqueSnakeCase(t *testing.T) {
	names := map[string]bool{}
	for _, v := range All() {
		if !snakeCase.MatchString(v.Name) || names[v.Name] {
			t.Errorf("vocabulary name %q is not unique snake_case", v.Name)
		}
		names[v.Name] = true
		seen := map[string]bool{}
		for _, term := range v.Terms {
			if !snakeCase.MatchString(term.Code) {
				t.Errorf("%s: code %q is not snake_case", v.Name, term.Code)
			}
			if seen[term.Code] {
				t.Errorf("%s: duplicate code %q", v.Name, term.Code)
			}
			seen[term.Code] = true
		}
	}
}

func TestGetAndHas(t *testing.T) {
	tests := []struct {
		vocab, code string
		ok, has     bool
	}{
		{Sector, "public", true, true},
		{Sector, "civil", true, true},
		{Sector, "Public", true, false},
		{Sector, "ngo", true, false},
		{OrgKind, "ngo", true, true},
		{OrgKind, "informal_group", true, true},
		{Function, "capacity_building", true, true},
		{Cooperation, "consortium", true, true},
		{PartnerRole, "lead_partner", true, true},
		{Stage, "in_talks", true, true},
		{Stage, "", true, false},
		{Topic, "environment_climate", true, true},
		{PersonKind, "mep", true, true},
		{"colour", "red", false, false},
		{"", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.vocab+"/"+tt.code, func(t *testing.T) {
			v, ok := Get(tt.vocab)
			if ok != tt.ok {
				t.Fatalf("Get(%q) ok = %v", tt.vocab, ok)
			}
			if got := v.Has(tt.code); got != tt.has {
				t.Errorf("Has(%q) = %v, want %v", tt.code, got, tt.has)
			}
			if got := Known(tt.vocab, tt.code); got != tt.has {
				t.Errorf("Known(%q, %q) = %v, want %v", tt.vocab, tt.code, got, tt.has)
			}
			term, ok := v.Term(tt.code)
			if ok != tt.has || (ok && term.Code != tt.code) {
				t.Errorf("Term(%q) = %v, %v", tt.code, term, ok)
			}
		})
	}
}

func TestGetReturnsCopy(t *testing.T) {
	v, _ := Get(Sector)
	v.Terms[0].Code = "changed"
	if again, _ := Get(Sector); again.Terms[0].Code != "public" {
		t.Error("Get exposes its internal terms")
	}
}

func TestCodes(t *testing.T) {
	v, _ := Get(Level)
	want := []string{"local", "regional", "national", "european", "international"}
	if got := v.Codes(); !slices.Equal(got, want) {
		t.Errorf("Codes() = %v, want %v", got, want)
	}
}

func TestECICategory(t *testing.T) {
	topics, _ := Get(Topic)
	seen := map[string]bool{}
	for _, term := range topics.Terms {
		c, ok := ECICategory(term.Code)
		if !ok || seen[c] {
			t.Errorf("topic %s: ECI category %q, %v (duplicate %v)", term.Code, c, ok, seen[c])
		}
		seen[c] = true
		if back, ok := TopicOfECICategory(c); !ok || back != term.Code {
			t.Errorf("TopicOfECICategory(%q) = %q, %v; want %q", c, back, ok, term.Code)
		}
	}
	if len(eciCategories) != len(topics.Terms) {
		t.Errorf("%d ECI categories for %d topics", len(eciCategories), len(topics.Terms))
	}
	if _, ok := TopicOfECICategory("XYZ"); ok {
		t.Error("unknown ECI category found")
	}
}
