package gen

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/vocab"
)

// generate returns n organizations of seed.
func generate(t testing.TB, seed int64, n int) []directory.Organization {
	t.Helper()
	out := make([]directory.Organization, 0, n)
	if err := Orgs(seed, n, func(o directory.Organization) error { out = append(out, o); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestOrgsCoverEveryMemberState(t *testing.T) {
	seen := map[string]int{}
	for _, o := range generate(t, 1, 20_000) {
		seen[o.Country]++
	}
	for _, m := range eu.MemberStates() {
		if seen[m.ISO] == 0 {
			t.Errorf("no organization in %s", m.ISO)
		}
	}
	if len(seen) != 27 {
		t.Errorf("countries %v", seen)
	}
	if seen["DE"] < 5*seen["AT"] || seen["FR"] < 10*seen["LV"] {
		t.Errorf("not weighted by population: %v", seen)
	}
}

func TestOrgsWriteEachLanguageInItsScript(t *testing.T) {
	script := map[string]*unicode.RangeTable{"bg": unicode.Cyrillic, "el": unicode.Greek}
	letters := map[string]string{
		"lv": "āčēģīķļņšūž", "pl": "łśżąęźćńó", "de": "ßäöü", "cs": "řěščžýáíé", "ro": "șțăâî",
		"da": "øæå", "mt": "ħġżċ", "hr": "đčćšž", "hu": "őűáéö", "lt": "ąčęėįšųūž", "sv": "åäö",
	}
	found := map[string]string{}
	for _, o := range generate(t, 2, 20_000) {
		if table, ok := script[o.NameLang]; ok && !hasScript(o.Name, table) {
			t.Errorf("%s name %q is not in its script", o.NameLang, o.Name)
		}
		text := strings.ToLower(o.Name + " " + o.Descriptions[0].Value)
		for _, r := range letters[o.NameLang] {
			if strings.ContainsRune(text, r) && !strings.ContainsRune(found[o.NameLang], r) {
				found[o.NameLang] += string(r)
			}
		}
	}
	for lang, want := range letters {
		if len([]rune(found[lang])) < len([]rune(want))/2 {
			t.Errorf("%s: found only the letters %q of %q", lang, found[lang], want)
		}
	}
}

func hasScript(s string, table *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.Is(table, r) {
			return true
		}
	}
	return false
}

func TestOrgsUseVocabularyCodes(t *testing.T) {
	vocabs := map[string]vocab.Vocabulary{}
	for _, name := range []string{vocab.Level, vocab.Sector, vocab.OrgKind, vocab.Function, vocab.Topic} {
		vocabs[name], _ = vocab.Get(name)
	}
	kindsSeen := map[string]int{}
	for _, o := range generate(t, 3, 10_000) {
		check := func(name string, codes ...string) {
			for _, c := range codes {
				if !vocabs[name].Has(c) {
					t.Fatalf("%s: %q is not a %s code", o.Name, c, name)
				}
			}
		}
		check(vocab.Level, o.Level)
		check(vocab.Sector, o.Sector)
		check(vocab.OrgKind, o.Kind)
		check(vocab.Function, o.Functions...)
		check(vocab.Topic, o.Topics...)
		kindsSeen[o.Kind]++
	}
	if len(kindsSeen) != len(kinds) || kindsSeen["association"] < 5*kindsSeen["public_authority"] {
		t.Errorf("kinds not skewed as expected: %v", kindsSeen)
	}
}

func TestOrgsPassValidationUnchanged(t *testing.T) {
	for _, o := range generate(t, 4, 20_000) {
		before := clone(o)
		if problems := directory.ValidateOrganization(&o); problems != nil {
			t.Fatalf("%+v: %v", before, problems)
		}
		if !reflect.DeepEqual(before, o) {
			t.Fatalf("validation changed the organization:\n%+v\n%+v", before, o)
		}
	}
}

// clone copies an organization with its slices.
func clone(o directory.Organization) directory.Organization {
	o.Names = append([]directory.Text(nil), o.Names...)
	o.Descriptions = append([]directory.Text(nil), o.Descriptions...)
	o.Functions = append([]string(nil), o.Functions...)
	o.Topics = append([]string(nil), o.Topics...)
	o.Languages = append([]string(nil), o.Languages...)
	return o
}

func TestOrgsAreDeterministic(t *testing.T) {
	a, b, c := generate(t, 42, 3000), generate(t, 42, 3000), generate(t, 43, 3000)
	if !reflect.DeepEqual(a, b) {
		t.Error("the same seed gave different organizations")
	}
	if reflect.DeepEqual(a, c) {
		t.Error("different seeds gave the same organizations")
	}
}

func TestOrgsHaveUniqueNamesDomainsAndRegistryIDs(t *testing.T) {
	n := 100_000
	if testing.Short() {
		n = 20_000
	}
	names, sites, mails, ids := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	dupNames := 0
	for _, o := range generate(t, 5, n) {
		key := o.Country + "|" + directory.NameKey(o.Name)
		if isNetwork(o.Name) { // one European network, whatever its seat
			key = "EU|" + directory.NameKey(o.Name)
		}
		if names[key] {
			dupNames++
		}
		names[key] = true
		once(t, sites, o.Website)
		once(t, mails, o.Email)
		once(t, ids, o.Registry.Transparency)
	}
	if dupNames > n/1000 {
		t.Errorf("%d of %d names compare equal to another in their country or, for European networks, anywhere", dupNames, n)
	}
	if len(ids) < n/200 || len(sites) < n/2 || len(mails) < n/2 {
		t.Errorf("too few registry ids (%d), web sites (%d) or e-mails (%d)", len(ids), len(sites), len(mails))
	}
}

// once fails when v is not empty and already in seen.
func once(t *testing.T, seen map[string]bool, v string) {
	t.Helper()
	if v != "" && seen[v] {
		t.Fatalf("%q is used twice", v)
	}
	seen[v] = v != ""
}

// Names run out as a country fills up; the generator must still find free
// ones in a few draws.
func TestOrgsFindFreeNamesQuickly(t *testing.T) {
	const n = 200_000
	g := newOrgGen(10, n)
	var o directory.Organization
	for range n {
		g.org(&o)
	}
	if g.tries > n*3/2 || g.dupNames > n/2000 {
		t.Errorf("%d draws and %d duplicate names for %d organizations", g.tries, g.dupNames, n)
	}
}

// isNetwork reports whether name is that of a European network.
func isNetwork(name string) bool {
	return strings.HasPrefix(name, "European ") || strings.HasSuffix(name, " Europe") || strings.Contains(name, " Europe –")
}

func TestOrgsMixLanguagesAndEnglish(t *testing.T) {
	var networks, altNames, english int
	for _, o := range generate(t, 6, 20_000) {
		if isNetwork(o.Name) {
			networks++
		}
		if len(o.Names) > 0 && o.Names[0].Lang == "en" {
			altNames++
		}
		if o.NameLang == "en" {
			english++
		}
	}
	if networks < 200 || altNames < 1000 || english < networks {
		t.Errorf("networks %d, English alternative names %d, English names %d", networks, altNames, english)
	}
}
