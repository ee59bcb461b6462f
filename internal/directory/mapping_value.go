package directory

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"coalition/internal/eu"
	"coalition/internal/fold"
	"coalition/internal/vocab"
)

// splitMulti splits a multi-valued cell on ";" and "|", trimming the parts and
// dropping empty ones.
func splitMulti(s string) []string {
	return splitOn(s, func(r rune) bool { return r == ';' || r == '|' })
}

// splitNames splits a cell of several names on "|" only: names may hold ";".
func splitNames(s string) []string {
	return splitOn(s, func(r rune) bool { return r == '|' })
}

func splitOn(s string, sep func(rune) bool) []string {
	parts := strings.FieldsFunc(s, sep)
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// vocabIndex maps, per vocabulary, every folded code and label (in every UI
// language, and the abbreviation in brackets of labels such as "Nevalstiskā
// organizācija (NVO)") to its code. A label two terms share is left out.
var vocabIndex = sync.OnceValue(func() map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, v := range vocab.All() {
		idx, clash := map[string]string{}, map[string]bool{}
		for _, t := range v.Terms {
			idx[t.Code] = t.Code // as written: no folded key holds "_"
			for _, name := range termNames(t) {
				k := fold.Key(name)
				if c, ok := idx[k]; ok && c != t.Code {
					clash[k] = true
				}
				idx[k] = t.Code
			}
		}
		for k := range clash {
			delete(idx, k)
		}
		out[v.Name] = idx
	}
	return out
})

// termNames returns a term's code, its labels, and for a label with a part in
// brackets the bracketed part, the part before it, and the label without it.
func termNames(t vocab.Term) []string {
	names := []string{t.Code}
	for _, lang := range vocab.UILanguages {
		l := t.Label(lang)
		names = append(names, l)
		if i, j := strings.IndexByte(l, '('), strings.LastIndexByte(l, ')'); i >= 0 && j > i {
			names = append(names, l[i+1:j], l[:i], l[:i]+l[j+1:])
		}
	}
	return names
}

// vocabCode maps a code or label of the named vocabulary to its code; an
// unknown value comes back as it is, for validation to report.
func vocabCode(name, v string) string {
	idx := vocabIndex()[name]
	if code, ok := idx[v]; ok {
		return code
	}
	if code, ok := idx[fold.Key(v)]; ok {
		return code
	}
	return v
}

// vocabCodes maps a multi-valued cell of codes or labels to codes.
func vocabCodes(name, v string) []string {
	parts := splitMulti(v)
	for i, p := range parts {
		parts[i] = vocabCode(name, p)
	}
	return parts
}

// countryIndex maps folded country names in the UI languages (and English) to
// ISO 3166-1 codes, for countries outside the EU: eu.LookupName knows those
// inside.
var countryIndex = sync.OnceValue(func() map[string]string {
	idx := map[string]string{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			for _, lang := range vocab.UILanguages {
				idx[fold.Key(display.Regions(language.Make(lang)).Name(r))] = r.String()
			}
		}
	}
	return idx
})

// countryCode maps a country cell to an ISO code: codes pass through (the
// validator upper-cases them and turns EL into GR), names in any UI language
// or an EU state's own language are looked up. An unknown name comes back as
// it is.
func countryCode(v string) string {
	if len(v) <= 3 {
		return v
	}
	if m, ok := eu.LookupNameAny(v); ok {
		return m.ISO
	}
	if code, ok := countryIndex()[fold.Key(v)]; ok {
		return code
	}
	return v
}

// languageIndex maps folded language names (English, native, and in the UI
// languages) to ISO 639-1 codes for the EU's official languages.
var languageIndex = sync.OnceValue(func() map[string]string {
	idx := map[string]string{}
	for _, l := range eu.Languages() {
		idx[fold.Key(l.English)], idx[fold.Key(l.Native)] = l.Code, l.Code
		for _, ui := range vocab.UILanguages {
			idx[fold.Key(display.Languages(language.Make(ui)).Name(language.Make(l.Code)))] = l.Code
		}
	}
	return idx
})

// langCodes maps a multi-valued cell of language codes or names to codes.
func langCodes(v string) []string {
	parts := splitMulti(v)
	for i, p := range parts {
		if code, ok := languageIndex()[fold.Key(p)]; ok && len(p) > 3 {
			parts[i] = code
		}
	}
	return parts
}

// parseCount reads a whole non-negative number, allowing thousands separators
// (space, no-break space, apostrophe, and "," or "." before groups of three
// digits) and a ".0" that spreadsheets add.
func parseCount(v string) (int64, bool) {
	v = strings.TrimSuffix(strings.TrimSuffix(v, ".0"), ",0")
	var b strings.Builder
	for i, r := range v {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case unicode.IsSpace(r) || r == '\'' || r == '\u00a0' || r == '\u202f':
		case (r == ',' || r == '.') && groupOfThree(v[i+1:]):
		default:
			return 0, false
		}
	}
	n, err := strconv.ParseInt(b.String(), 10, 64)
	return n, err == nil
}

// groupOfThree reports whether s starts with exactly three digits.
func groupOfThree(s string) bool {
	if len(s) < 3 || strings.IndexFunc(s[:3], func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

// dateLayouts are the date forms an import accepts.
var dateLayouts = []string{time.DateOnly, time.RFC3339, "2.1.2006", "2. 1. 2006", "2/1/2006", "2006/1/2", "2006.01.02."}

// parseDate reads a date in one of dateLayouts, or an Excel serial day number.
func parseDate(v string) (time.Time, bool) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t.UTC(), true
		}
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil && n > 0 && n < 100000 {
		return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(n)), true
	}
	return time.Time{}, false
}

// nameCase writes an upper-case name as names are written: "WERBROUCK" →
// "Werbrouck", "VAN DEN BERG" → "Van Den Berg", "NÍ MHURCHÚ" → "Ní Mhurchú",
// "KARAS-MÜLLER" → "Karas-Müller". A name with any lower-case letter is
// returned as it is.
func nameCase(s string) string {
	if strings.IndexFunc(s, unicode.IsLower) >= 0 {
		return s
	}
	rs := []rune(strings.ToLower(s))
	start := true
	for i, r := range rs {
		if start && unicode.IsLetter(r) {
			rs[i] = unicode.ToTitle(r)
		}
		start = r == ' ' || r == '-' || r == '\'' || r == '’'
	}
	return string(rs)
}
