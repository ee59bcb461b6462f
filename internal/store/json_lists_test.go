package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"coalition/internal/directory"
)

// TestStoredListsTakeTheFastPath checks that the lists the store writes are
// read without encoding/json, unless a string needs an escape, and that they
// read back as written.
func TestStoredListsTakeTheFastPath(t *testing.T) {
	codes := []string{"environment_climate", "lv", "ąčęėįšųūž", ""}
	texts := []directory.Text{{Lang: "bg", Value: "Зелени Балкани — природозащита"}, {Lang: "el", Value: "Πράσινα Βαλκάνια"}}
	if got, ok := plainCodes(encodeCodes(codes)); !ok || !reflect.DeepEqual(got, codes) {
		t.Errorf("plainCodes(%s) = %q, %v", encodeCodes(codes), got, ok)
	}
	if got, ok := plainTexts(encodeTexts(texts)); !ok || !reflect.DeepEqual(got, texts) {
		t.Errorf("plainTexts(%s) = %q, %v", encodeTexts(texts), got, ok)
	}
	escaped := []directory.Text{{Lang: "lv", Value: "\"Zaļā\" \\ biedrība\n"}}
	if _, ok := plainTexts(encodeTexts(escaped)); ok {
		t.Errorf("plainTexts read %s, which has escapes", encodeTexts(escaped))
	}
	if got, err := decodeTexts(encodeTexts(escaped)); err != nil || !reflect.DeepEqual(got, escaped) {
		t.Errorf("decodeTexts(%s) = %q, %v", encodeTexts(escaped), got, err)
	}
}

// FuzzJSONLists holds the fast readers to encoding/json: whatever they read,
// encoding/json reads the same.
func FuzzJSONLists(f *testing.F) {
	for _, s := range []string{`["a","b"]`, `[""]`, `["a",]`, `["a"]]`, `[ "a"]`, `["\u00e9"]`, `["a\"b"]`,
		`[{"lang":"lv","value":"Rīga"}]`, `[{"lang":"lv","value":"a"},{"lang":"en","value":"b"}]`,
		`[{"value":"a","lang":"lv"}]`, `[{"lang":"lv","value":"a"}`, "[\"\xff\"]", "[\"a\x01\"]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := plainCodes(s); ok {
			var want []string
			if err := json.Unmarshal([]byte(s), &want); err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("plainCodes(%q) = %q; encoding/json gives %q, %v", s, got, want, err)
			}
		}
		if got, ok := plainTexts(s); ok {
			var want []directory.Text
			if err := json.Unmarshal([]byte(s), &want); err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("plainTexts(%q) = %q; encoding/json gives %q, %v", s, got, want, err)
			}
		}
	})
}
