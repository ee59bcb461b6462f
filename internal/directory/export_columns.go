package directory

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// exportCol is one column of an export: its header (the canonical field name,
// which MapHeader recognises, so that an exported file imports as it was) and
// its value in a record: a string, a []string (several values) or an int64.
type exportCol[T any] struct {
	name  string
	value func(*T) any
}

// cellText renders a value for CSV and XLSX: lists joined by "; ", 0 empty.
func cellText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []string:
		return strings.Join(v, "; ")
	case int64:
		if v == 0 {
			return ""
		}
		return strconv.FormatInt(v, 10)
	}
	return ""
}

// jsonValue renders a value for JSON: a list is never null.
func jsonValue(v any) any {
	if l, ok := v.([]string); ok && l == nil {
		return []string{}
	}
	return v
}

// textLangs returns the sorted languages, "" left out, of the texts that
// texts(o) gives for every record.
func textLangs[T any](recs func(func(*T)), texts func(*T) []Text) []string {
	set := map[string]bool{}
	recs(func(r *T) {
		for _, t := range texts(r) {
			if t.Lang != "" {
				set[t.Lang] = true
			}
		}
	})
	out := make([]string, 0, len(set))
	for l := range set {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

// textsIn joins the values of the texts in lang with sep.
func textsIn(ts []Text, lang, sep string) string {
	var parts []string
	for _, t := range ts {
		if t.Lang == lang {
			parts = append(parts, t.Value)
		}
	}
	return strings.Join(parts, sep)
}

// orgColumns returns the export columns of organizations whose names and
// descriptions use the given languages.
func orgColumns(nameLangs, descLangs []string) []exportCol[Organization] {
	str := func(name string, f func(*Organization) string) exportCol[Organization] {
		return exportCol[Organization]{name, func(o *Organization) any { return f(o) }}
	}
	cols := []exportCol[Organization]{
		str("name", func(o *Organization) string { return o.Name }),
		str("name_lang", func(o *Organization) string { return o.NameLang }),
		str("other_names", func(o *Organization) string { return textsIn(o.Names, "", " | ") }),
	}
	for _, l := range nameLangs {
		cols = append(cols, str("name_"+l, func(o *Organization) string { return textsIn(o.Names, l, " | ") }))
	}
	cols = append(cols, str("description", func(o *Organization) string { return textsIn(o.Descriptions, "", "\n\n") }))
	for _, l := range descLangs {
		cols = append(cols, str("description_"+l, func(o *Organization) string { return textsIn(o.Descriptions, l, "\n\n") }))
	}
	return append(cols, orgFieldColumns...)
}

// orgFieldColumns are the columns after the names and descriptions.
var orgFieldColumns = []exportCol[Organization]{
	{"country", func(o *Organization) any { return o.Country }},
	{"region", func(o *Organization) any { return o.Region }},
	{"city", func(o *Organization) any { return o.City }},
	{"level", func(o *Organization) any { return o.Level }},
	{"sector", func(o *Organization) any { return o.Sector }},
	{"kind", func(o *Organization) any { return o.Kind }},
	{"functions", func(o *Organization) any { return o.Functions }},
	{"topics", func(o *Organization) any { return o.Topics }},
	{"languages", func(o *Organization) any { return o.Languages }},
	{"members", func(o *Organization) any { return o.Members }},
	{"audience", func(o *Organization) any { return o.Audience }},
	{"website", func(o *Organization) any { return o.Website }},
	{"email", func(o *Organization) any { return o.Email }},
	{"phone", func(o *Organization) any { return o.Phone }},
	{"transparency_id", func(o *Organization) any { return o.Registry.Transparency }},
	{"pic", func(o *Organization) any { return o.Registry.PIC }},
	{"national_id", func(o *Organization) any { return o.Registry.National }},
	{"source", func(o *Organization) any { return o.Source }},
}

// PersonRecord is a person as exported: the person, and the organization and
// role of their current affiliation, if any.
type PersonRecord struct {
	Person
	Organization string
	Role         string
}

func consentOf(p *PersonRecord, f func(*Consent) string) any {
	if p.Consent == nil {
		return ""
	}
	return f(p.Consent)
}

// personColumns are the export columns of people.
var personColumns = []exportCol[PersonRecord]{
	{"given_name", func(p *PersonRecord) any { return p.GivenName }},
	{"family_name", func(p *PersonRecord) any { return p.FamilyName }},
	{"kind", func(p *PersonRecord) any { return p.Kind }},
	{"country", func(p *PersonRecord) any { return p.Country }},
	{"languages", func(p *PersonRecord) any { return p.Languages }},
	{"email", func(p *PersonRecord) any { return p.Email }},
	{"phone", func(p *PersonRecord) any { return p.Phone }},
	{"website", func(p *PersonRecord) any { return p.Website }},
	{"social", func(p *PersonRecord) any { return p.Social }},
	{"political_group", func(p *PersonRecord) any { return p.PoliticalGroup }},
	{"party", func(p *PersonRecord) any { return p.Party }},
	{"external_id", func(p *PersonRecord) any { return p.ExternalID }},
	{"consent_basis", func(p *PersonRecord) any { return consentOf(p, func(c *Consent) string { return c.Basis }) }},
	{"consent_date", func(p *PersonRecord) any { return consentOf(p, func(c *Consent) string { return exportDate(c.Date) }) }},
	{"consent_source", func(p *PersonRecord) any { return consentOf(p, func(c *Consent) string { return c.Source }) }},
	{"consent_note", func(p *PersonRecord) any { return consentOf(p, func(c *Consent) string { return c.Note }) }},
	{"organization", func(p *PersonRecord) any { return p.Organization }},
	{"role", func(p *PersonRecord) any { return p.Role }},
	{"source", func(p *PersonRecord) any { return p.Source }},
}

// exportDate writes a date as YYYY-MM-DD, or in full when it has a time of day.
func exportDate(t time.Time) string {
	switch {
	case t.IsZero():
		return ""
	case t.Equal(t.Truncate(24 * time.Hour)):
		return t.UTC().Format(time.DateOnly)
	}
	return t.UTC().Format(time.RFC3339)
}
