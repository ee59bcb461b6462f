package directory

import (
	"strings"

	"coalition/internal/tabular"
	"coalition/internal/vocab"
)

// orgSetter writes one non-empty cell into an organization. It returns the
// message key of a cell it cannot read, or "".
type orgSetter func(o *Organization, cell, lang string) string

// orgSetters are the setters by field; name_* and description_* serve every
// language.
var orgSetters = map[string]orgSetter{
	"name":      func(o *Organization, v, _ string) string { o.Name = v; return "" },
	"name_lang": func(o *Organization, v, _ string) string { o.NameLang = v; return "" },
	"other_names": func(o *Organization, v, _ string) string {
		o.Names = setTexts(o.Names, "", splitNames(v))
		return ""
	},
	"name_*": func(o *Organization, v, lang string) string {
		o.Names = setTexts(o.Names, lang, splitNames(v))
		return ""
	},
	"description": func(o *Organization, v, _ string) string {
		o.Descriptions = setTexts(o.Descriptions, "", []string{v})
		return ""
	},
	"description_*": func(o *Organization, v, lang string) string {
		o.Descriptions = setTexts(o.Descriptions, lang, []string{v})
		return ""
	},
	"country":         func(o *Organization, v, _ string) string { o.Country = countryCode(v); return "" },
	"region":          func(o *Organization, v, _ string) string { o.Region = v; return "" },
	"city":            func(o *Organization, v, _ string) string { o.City = v; return "" },
	"level":           func(o *Organization, v, _ string) string { o.Level = vocabCode(vocab.Level, v); return "" },
	"sector":          func(o *Organization, v, _ string) string { o.Sector = vocabCode(vocab.Sector, v); return "" },
	"kind":            func(o *Organization, v, _ string) string { o.Kind = vocabCode(vocab.OrgKind, v); return "" },
	"functions":       func(o *Organization, v, _ string) string { o.Functions = vocabCodes(vocab.Function, v); return "" },
	"topics":          func(o *Organization, v, _ string) string { o.Topics = vocabCodes(vocab.Topic, v); return "" },
	"languages":       func(o *Organization, v, _ string) string { o.Languages = langCodes(v); return "" },
	"members":         func(o *Organization, v, _ string) string { return setCount(&o.Members, v) },
	"audience":        func(o *Organization, v, _ string) string { return setCount(&o.Audience, v) },
	"website":         func(o *Organization, v, _ string) string { o.Website = v; return "" },
	"email":           func(o *Organization, v, _ string) string { o.Email = v; return "" },
	"phone":           func(o *Organization, v, _ string) string { o.Phone = v; return "" },
	"transparency_id": func(o *Organization, v, _ string) string { o.Registry.Transparency = v; return "" },
	"pic":             func(o *Organization, v, _ string) string { o.Registry.PIC = v; return "" },
	"national_id":     func(o *Organization, v, _ string) string { o.Registry.National = v; return "" },
	"source":          func(o *Organization, v, _ string) string { o.Source = v; return "" },
}

func setCount(n *int64, v string) string {
	c, ok := parseCount(v)
	if !ok {
		return "validation.whole_number"
	}
	*n = c
	return ""
}

// setTexts replaces the texts in lang with values, where the first of them
// stood (or at the end), keeping the other languages in their order.
func setTexts(ts []Text, lang string, values []string) []Text {
	out := make([]Text, 0, len(ts)+len(values))
	placed := false
	for _, t := range ts {
		if t.Lang != lang {
			out = append(out, t)
		} else if !placed {
			out, placed = appendTexts(out, lang, values), true
		}
	}
	if !placed {
		out = appendTexts(out, lang, values)
	}
	return out
}

func appendTexts(ts []Text, lang string, values []string) []Text {
	for _, v := range values {
		ts = append(ts, Text{Lang: lang, Value: v})
	}
	return ts
}

// cellProblem is a cell an import could not read: its column and message key.
type cellProblem struct {
	col int
	key string
}

// cell returns the trimmed text of column i of row, without the apostrophe
// an export put before formula characters; "" for a missing cell.
func cell(row []string, i int) string {
	if i >= len(row) {
		return ""
	}
	return tabular.Unescape(strings.TrimSpace(row[i]))
}

// applyOrg writes the non-empty cells of row into o: empty cells leave o's
// values alone, so an import never erases what is stored. It returns the
// cells it could not read.
func (m *Mapping) applyOrg(row []string, o *Organization, bad []cellProblem) []cellProblem {
	for i, set := range m.orgSet {
		if set == nil {
			continue
		}
		if v := cell(row, i); v != "" {
			if key := set(o, v, m.Columns[i].Lang); key != "" {
				bad = append(bad, cellProblem{i, key})
			}
		}
	}
	return bad
}
