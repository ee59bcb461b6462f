package i18n

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// dynamicPrefixes lists key prefixes whose keys the code builds at run time, so
// the unused-key check cannot find them as literals. Each entry says where the
// keys are built. It is empty today: i18n.Describe's kindKeys, web's errorTitles
// and every flash or error key are written out as literals.
var dynamicPrefixes = []string{}

// readCatalogs returns every language's catalog, failing on malformed JSON and on
// a key given twice in one file (encoding/json would silently keep the last).
func readCatalogs(t *testing.T) map[string]map[string]string {
	t.Helper()
	all := map[string]map[string]string{}
	for _, lang := range Languages {
		data, err := catalogFS.ReadFile("catalog/" + lang + ".json")
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		all[lang] = decodeCatalog(t, lang, data)
	}
	return all
}

func decodeCatalog(t *testing.T, lang string, data []byte) map[string]string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		t.Fatalf("%s: %v", lang, err)
	}
	m := map[string]string{}
	for dec.More() {
		var key, value string
		if tok, err := dec.Token(); err != nil {
			t.Fatalf("%s: %v", lang, err)
		} else {
			key, _ = tok.(string)
		}
		if err := dec.Decode(&value); err != nil {
			t.Fatalf("%s: key %q: %v", lang, key, err)
		}
		if _, dup := m[key]; dup {
			t.Errorf("%s: key %q appears twice", lang, key)
		}
		m[key] = value
	}
	return m
}

// pluralBase splits a plural form key such as "x.count.few" into "x.count" and
// "few"; ok is false for an ordinary key.
func pluralBase(key string) (base, form string, ok bool) {
	i := strings.LastIndexByte(key, '.')
	if i < 0 {
		return "", "", false
	}
	for _, suffix := range formSuffix {
		if key[i+1:] == suffix {
			return key[:i], suffix, true
		}
	}
	return "", "", false
}

// entries groups a catalog into ordinary keys and plural families (base → forms).
func entries(catalog map[string]string) (plain map[string]string, families map[string]map[string]string) {
	plain, families = map[string]string{}, map[string]map[string]string{}
	for k, v := range catalog {
		base, form, ok := pluralBase(k)
		if !ok {
			plain[k] = v
			continue
		}
		if families[base] == nil {
			families[base] = map[string]string{}
		}
		families[base][form] = v
	}
	return plain, families
}

func TestCatalogsLoad(t *testing.T) {
	if _, err := Load(); err != nil {
		t.Fatal(err)
	}
}

func TestCatalogKeysComplete(t *testing.T) {
	all := readCatalogs(t)
	union := map[string]bool{}
	for _, c := range all {
		plain, families := entries(c)
		for k := range plain {
			union[k] = true
		}
		for base := range families {
			union[base+".*"] = true
		}
	}
	for _, lang := range Languages {
		plain, families := entries(all[lang])
		for key := range union {
			base, isFamily := strings.CutSuffix(key, ".*")
			if _, ok := plain[key]; !isFamily && !ok {
				t.Errorf("%s: key %q is missing", lang, key)
			}
			if _, ok := families[base]; isFamily && !ok {
				t.Errorf("%s: plural family %q is missing", lang, base)
			}
		}
	}
}

func TestCatalogValuesNotEmpty(t *testing.T) {
	for lang, c := range readCatalogs(t) {
		for k, v := range c {
			if strings.TrimSpace(v) == "" {
				t.Errorf("%s: key %q has an empty value", lang, k)
			}
		}
	}
}

var placeholderRE = regexp.MustCompile(`\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// placeholders returns the sorted, distinct {name} placeholders in the values.
func placeholders(values ...string) []string {
	set := map[string]bool{}
	for _, v := range values {
		for _, m := range placeholderRE.FindAllStringSubmatch(v, -1) {
			set[m[1]] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// TestCatalogPlaceholders compares each key's placeholders with English. For a
// plural family it compares the union over the forms, since a language may
// spell out "one" where another writes {n}.
func TestCatalogPlaceholders(t *testing.T) {
	all := readCatalogs(t)
	enPlain, enFamilies := entries(all[Fallback])
	for _, lang := range Languages[1:] {
		plain, families := entries(all[lang])
		for k, v := range plain {
			if want, got := placeholders(enPlain[k]), placeholders(v); !slices.Equal(want, got) {
				t.Errorf("%s: key %q has placeholders %v, English has %v", lang, k, got, want)
			}
		}
		for base, forms := range families {
			want := placeholders(slices.Collect(maps.Values(enFamilies[base]))...)
			if got := placeholders(slices.Collect(maps.Values(forms))...); !slices.Equal(want, got) {
				t.Errorf("%s: plural family %q has placeholders %v, English has %v", lang, base, got, want)
			}
		}
	}
}

// neededForms returns the plural forms a language's CLDR rules give to whole
// numbers from 0 to 1000.
func neededForms(lang string) map[string]bool {
	tag := language.Make(lang)
	forms := map[string]bool{"other": true}
	for n := range 1001 {
		forms[formSuffix[plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0)]] = true
	}
	return forms
}

// TestCatalogPluralForms checks that every plural family has an .other form and
// exactly the forms its language's CLDR rules use (Latvian zero/one/other,
// Slovenian one/two/few/other, Romanian one/few/other, English and Bulgarian
// one/other).
func TestCatalogPluralForms(t *testing.T) {
	for lang, c := range readCatalogs(t) {
		needed := neededForms(lang)
		_, families := entries(c)
		for base, forms := range families {
			for form := range needed {
				if _, ok := forms[form]; !ok {
					t.Errorf("%s: plural family %q lacks the %q form", lang, base, form)
				}
			}
			for form := range forms {
				if !needed[form] {
					t.Errorf("%s: plural family %q has %q, a form %s never uses", lang, base, form, lang)
				}
			}
		}
	}
}

// TestCatalogKeysUsed fails on a key no code uses: each key (or plural family
// base) must appear as a quoted literal, "key", in a .go or .html file under
// internal/ or cmd/ (tests excluded), unless it starts with a dynamicPrefixes entry.
func TestCatalogKeysUsed(t *testing.T) {
	source := readSources(t)
	plain, families := entries(readCatalogs(t)[Fallback])
	keys := slices.Collect(maps.Keys(plain))
	keys = slices.AppendSeq(keys, maps.Keys(families))
	for _, k := range keys {
		if !bytes.Contains(source, []byte(`"`+k+`"`)) && !dynamic(k) {
			t.Errorf("key %q is not used in any .go or .html file", k)
		}
	}
}

func dynamic(key string) bool {
	return slices.ContainsFunc(dynamicPrefixes, func(p string) bool { return strings.HasPrefix(key, p) })
}

// readSources concatenates every non-test .go and every .html file under the
// module's internal/ and cmd/ folders.
func readSources(t *testing.T) []byte {
	t.Helper()
	root := moduleRoot(t)
	var all bytes.Buffer
	for _, dir := range []string{"internal", "cmd"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isSource(p) {
				return err
			}
			data, err := os.ReadFile(p)
			all.Write(data)
			all.WriteByte('\n')
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return all.Bytes()
}

func isSource(p string) bool {
	return strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go")
}

// moduleRoot finds the folder holding go.mod, looking upward from the test's.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test folder")
		}
		dir = parent
	}
}
