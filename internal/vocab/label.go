package vocab

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

// labelFS holds one file per UI language mapping label keys to labels:
// "sector" (the vocabulary's heading) and "sector.public" (a term). The
// translations were written for Coalition; the function and cooperation
// labels render seed 004, the partner roles seeds 000 and 001, the topics the
// ECI register's English category labels.
//
//go:embed labels/*.json
var labelFS embed.FS

// labels is every label file by language, loaded on first use. The files
// are part of the binary and checked by the tests, so a failure to read one
// is a build defect and panics.
var labels = sync.OnceValue(func() map[string]map[string]string {
	all, err := loadLabels()
	if err != nil {
		panic(err)
	}
	return all
})

func loadLabels() (map[string]map[string]string, error) {
	all := make(map[string]map[string]string, len(labelLanguages))
	for _, lang := range labelLanguages {
		data, err := labelFS.ReadFile("labels/" + lang + ".json")
		if err != nil {
			return nil, fmt.Errorf("vocab: %w", err)
		}
		var m map[string]string
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("vocab: labels/%s.json: %w", lang, err)
		}
		all[lang] = m
	}
	return all, nil
}

// label looks key up in lang, then in English; def is the last resort.
func label(key, lang, def string) string {
	if s := labels()[baseLang(lang)][key]; s != "" {
		return s
	}
	if s := labels()["en"][key]; s != "" {
		return s
	}
	return def
}

// baseLang lower-cases a language tag and drops its region: "RO-ro" → "ro".
func baseLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}
