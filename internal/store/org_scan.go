package store

import (
	"encoding/json"
	"fmt"
	"strings"

	"coalition/internal/directory"
)

// orgColumns are the columns scanOrg reads, from organizations aliased o.
// has_logo is computed: a logo row exists.
const orgColumns = `o.id, o.name, o.name_lang, o.names, o.descriptions, o.country, o.region, o.city,
	o.level, o.sector, o.kind, o.functions, o.topics, o.languages, o.members, o.audience,
	o.website, o.email, o.phone, o.transparency_id, o.pic, o.national_id, o.source,
	EXISTS (SELECT 1 FROM logos l WHERE l.org_id = o.id), o.archived, COALESCE(o.merged_into, 0),
	o.created_at, o.updated_at, o.version`

// orgWriteColumns are the columns a write sets, in the order of orgWriteArgs.
const orgWriteColumns = `name, name_lang, name_key, names, descriptions, country, region, city,
	level, sector, kind, functions, topics, languages, members, audience,
	website, email, phone, transparency_id, pic, national_id, source, archived`

// orgWriteCount is the number of orgWriteColumns.
const orgWriteCount = 24

// orgSets is "column = ?, ..." for the orgWriteColumns, for UPDATE.
var orgSets = setList(orgWriteColumns)

// setList turns "a, b, c" into "a = ?, b = ?, c = ?".
func setList(columns string) string {
	cols := strings.Split(columns, ",")
	for i, c := range cols {
		cols[i] = strings.TrimSpace(c) + " = ?"
	}
	return strings.Join(cols, ", ")
}

// orgScan holds the raw JSON columns of a row while it is scanned.
type orgScan struct {
	names, descriptions, functions, topics, languages string
}

func scanOrg(r rowScanner) (directory.Organization, error) {
	var o directory.Organization
	var j orgScan
	err := r.Scan(&o.ID, &o.Name, &o.NameLang, &j.names, &j.descriptions, &o.Country, &o.Region, &o.City,
		&o.Level, &o.Sector, &o.Kind, &j.functions, &j.topics, &j.languages, &o.Members, &o.Audience,
		&o.Website, &o.Email, &o.Phone, &o.Registry.Transparency, &o.Registry.PIC, &o.Registry.National, &o.Source,
		&o.HasLogo, &o.Archived, &o.MergedInto, scanTime(&o.CreatedAt), scanTime(&o.UpdatedAt), &o.Version)
	if err != nil {
		return directory.Organization{}, err
	}
	if err := j.decode(&o); err != nil {
		return directory.Organization{}, fmt.Errorf("organization %d: %w", o.ID, err)
	}
	return o, nil
}

func (j orgScan) decode(o *directory.Organization) error {
	var err error
	if o.Names, err = decodeTexts(j.names); err != nil {
		return err
	}
	if o.Descriptions, err = decodeTexts(j.descriptions); err != nil {
		return err
	}
	if o.Functions, err = decodeCodes(j.functions); err != nil {
		return err
	}
	if o.Topics, err = decodeCodes(j.topics); err != nil {
		return err
	}
	o.Languages, err = decodeCodes(j.languages)
	return err
}

// orgWriteArgs returns the values of orgWriteColumns for o, whose name key is
// key.
func orgWriteArgs(o *directory.Organization, key string) []any {
	return appendOrgWriteArgs(make([]any, 0, orgWriteCount+2), o, key)
}

// appendOrgWriteArgs appends the values of orgWriteColumns for o to args.
func appendOrgWriteArgs(args []any, o *directory.Organization, key string) []any {
	return append(args, o.Name, o.NameLang, key, encodeTexts(o.Names), encodeTexts(o.Descriptions),
		o.Country, o.Region, o.City, o.Level, o.Sector, o.Kind,
		encodeCodes(o.Functions), encodeCodes(o.Topics), encodeCodes(o.Languages), o.Members, o.Audience,
		o.Website, o.Email, o.Phone, o.Registry.Transparency, o.Registry.PIC, o.Registry.National, o.Source, o.Archived)
}

// encodeCodes writes codes as a JSON array of strings. Nil and empty give [].
func encodeCodes(codes []string) string {
	if len(codes) == 0 {
		return "[]"
	}
	b := make([]byte, 0, 16*len(codes))
	b = append(b, '[')
	for i, c := range codes {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, c)
	}
	return string(append(b, ']'))
}

// encodeTexts writes texts as a JSON array of {"lang","value"} objects.
func encodeTexts(ts []directory.Text) string {
	if len(ts) == 0 {
		return "[]"
	}
	b := make([]byte, 0, 64*len(ts))
	b = append(b, '[')
	for i, t := range ts {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"lang":`...)
		b = appendJSONString(b, t.Lang)
		b = append(b, `,"value":`...)
		b = appendJSONString(b, t.Value)
		b = append(b, '}')
	}
	return string(append(b, ']'))
}

// appendJSONString appends s as a JSON string. Plain text is copied as it is
// (JSON allows any UTF-8); text with quotes, backslashes or control
// characters goes through encoding/json.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c == 0x7f {
			enc, _ := json.Marshal(s)
			return append(b, enc...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// decodeCodes reads a JSON array of strings; [] gives nil.
func decodeCodes(s string) ([]string, error) {
	if s == "[]" || s == "" {
		return nil, nil
	}
	if out, ok := plainCodes(s); ok {
		return out, nil
	}
	var out []string
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return nil, fmt.Errorf("bad JSON list %q: %w", s, err)
	}
	return out, nil
}

// decodeTexts reads a JSON array of texts; [] gives nil.
func decodeTexts(s string) ([]directory.Text, error) {
	if s == "[]" || s == "" {
		return nil, nil
	}
	if out, ok := plainTexts(s); ok {
		return out, nil
	}
	var out []directory.Text
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return nil, fmt.Errorf("bad JSON texts: %w", err)
	}
	return out, nil
}
