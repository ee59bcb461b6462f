package directory

import (
	"strconv"
	"strings"
	"sync"

	"coalition/internal/fold"
	"coalition/internal/i18n"
)

// Column says what one column of an import file holds.
type Column struct {
	Header string // the header cell as written in the file
	Field  string // the canonical field ("country", "name_lv"…), "" when the column is ignored
	Lang   string // for a name_xx or description_xx column, the language xx
}

// base returns the field without its language: "name_lv" gives "name_*".
func (c Column) base() string {
	if c.Lang != "" {
		return strings.TrimSuffix(c.Field, c.Lang) + "*"
	}
	return c.Field
}

// Mapping assigns the columns of an import file to fields.
type Mapping struct {
	Entity   Entity
	Columns  []Column
	Warnings []RowProblem // unknown columns and columns that repeat a field, all on row 1

	orgSet    []orgSetter    // by column, for organizations; nil for an ignored column
	personSet []personSetter // by column, for people
}

// synonymIndex maps folded header names to fields, per entity. Two fields with
// the same folded synonym would make headers ambiguous: that panics at start.
var synonymIndex = sync.OnceValue(func() map[Entity]map[string]string {
	return map[Entity]map[string]string{
		EntityOrganization: indexSynonyms(orgSynonyms),
		EntityPerson:       indexSynonyms(personSynonyms),
	}
})

func indexSynonyms(syn map[string][]string) map[string]string {
	idx := map[string]string{}
	for field, names := range syn {
		for _, n := range append([]string{field}, names...) {
			k := fold.Key(n)
			if other, ok := idx[k]; ok && other != field {
				panic("directory: header " + n + " means both " + other + " and " + field)
			}
			idx[k] = field
		}
	}
	return idx
}

// MapHeader recognises the columns of a file of organizations or people.
// overrides (from --map column=field) come first: the column is named as in
// the file (or folded), the field by its canonical name, "" or "-" to ignore
// the column. A column nobody recognises is ignored with an
// import.unknown_column warning; a second column for the same field is ignored
// with import.duplicate_column. A file without a name column is refused with
// import.missing_name_column (import.missing_person_name_column for people),
// an override naming no column or no field with import.map_column or
// import.map_field.
func MapHeader(e Entity, header []string, overrides map[string]string) (*Mapping, error) {
	m := &Mapping{Entity: e, Columns: make([]Column, len(header))}
	for i, h := range header {
		m.Columns[i] = Column{Header: h}
	}
	done, err := m.applyOverrides(overrides)
	if err != nil {
		return nil, err
	}
	for i := range m.Columns {
		if !done[i] {
			m.Columns[i] = recognise(e, header[i])
		}
	}
	m.dropRepeats(done)
	m.plan()
	return m, m.checkRequired()
}

// plan picks the setter of each mapped column.
func (m *Mapping) plan() {
	m.orgSet, m.personSet = make([]orgSetter, len(m.Columns)), make([]personSetter, len(m.Columns))
	for i, c := range m.Columns {
		if c.Field == "" {
			continue
		}
		if m.Entity == EntityPerson {
			m.personSet[i] = personSetters[c.Field]
		} else {
			m.orgSet[i] = orgSetters[c.base()]
		}
	}
}

// applyOverrides maps the columns named in overrides and returns which
// columns they settled.
func (m *Mapping) applyOverrides(overrides map[string]string) (map[int]bool, error) {
	done := map[int]bool{}
	for col, field := range overrides {
		i := m.find(col)
		if i < 0 {
			return nil, i18n.Invalid("", "import.map_column", "value", col)
		}
		c, ok := columnFor(m.Entity, m.Columns[i].Header, strings.TrimSpace(field))
		if !ok {
			return nil, i18n.Invalid("", "import.map_field", "value", field)
		}
		m.Columns[i], done[i] = c, true
	}
	return done, nil
}

// find returns the index of the column headed name, compared as written, then
// folded; -1 when there is none.
func (m *Mapping) find(name string) int {
	for i, c := range m.Columns {
		if c.Header == name {
			return i
		}
	}
	key := fold.Key(name)
	for i, c := range m.Columns {
		if fold.Key(c.Header) == key {
			return i
		}
	}
	return -1
}

// columnFor checks a field name given by the user: a canonical field of the
// entity, name_xx or description_xx, or "" and "-" for none.
func columnFor(e Entity, header, field string) (Column, bool) {
	if field == "" || field == "-" {
		return Column{Header: header}, true
	}
	if c := textColumn(e, header, fold.Key(field)); c.Field != "" {
		return c, true
	}
	syn := orgSynonyms
	if e == EntityPerson {
		syn = personSynonyms
	}
	_, ok := syn[field]
	return Column{Header: header, Field: field}, ok
}

// recognise maps a header by its synonyms; the zero Field means unknown.
func recognise(e Entity, header string) Column {
	key := fold.Key(header)
	if f, ok := synonymIndex()[e][key]; ok {
		return Column{Header: header, Field: f}
	}
	return textColumn(e, header, key)
}

// textColumn recognises a name or description in one language: "name_lv",
// "Nosaukums (LV)", "description en" (key is folded).
func textColumn(e Entity, header, key string) Column {
	i := strings.LastIndexByte(key, ' ')
	if e != EntityOrganization || i < 0 || len(key)-i != 3 || !knownLang(key[i+1:]) {
		return Column{Header: header}
	}
	lang := key[i+1:]
	switch synonymIndex()[e][key[:i]] {
	case "name":
		return Column{Header: header, Field: "name_" + lang, Lang: lang}
	case "description":
		return Column{Header: header, Field: "description_" + lang, Lang: lang}
	}
	return Column{Header: header}
}

// dropRepeats ignores every column after the first for a field (overrides
// win) and warns about them and about unknown columns.
func (m *Mapping) dropRepeats(overridden map[int]bool) {
	first := map[string]int{}
	for i, c := range m.Columns {
		if c.Field != "" && overridden[i] {
			first[c.Field] = i
		}
	}
	for i, c := range m.Columns {
		switch j, seen := first[c.Field]; {
		case c.Field == "" && !overridden[i]:
			m.warn("import.unknown_column", m.label(i))
		case c.Field == "":
		case seen && j != i:
			m.warn("import.duplicate_column", m.label(i), "field", c.Field)
			m.Columns[i].Field, m.Columns[i].Lang = "", ""
		default:
			first[c.Field] = i
		}
	}
}

// label names a column in a report: its header, or its position when blank.
func (m *Mapping) label(i int) string {
	if h := strings.TrimSpace(m.Columns[i].Header); h != "" {
		return h
	}
	return "#" + strconv.Itoa(i+1)
}

func (m *Mapping) warn(key, column string, args ...any) {
	m.Warnings = append(m.Warnings, RowProblem{Row: 1, Column: column, Key: key, Args: append([]any{"column", column}, args...)})
}

// checkRequired refuses a file without a column for the entity's name, with
// a message that says which headers the user's language recognises.
func (m *Mapping) checkRequired() error {
	want, key := []string{"name"}, "import.missing_name_column"
	if m.Entity == EntityPerson {
		want, key = []string{"given_name", "family_name", "full_name"}, "import.missing_person_name_column"
	}
	if m.Index(want...) < 0 {
		return i18n.Invalid("", key)
	}
	return nil
}

// Index returns the first column mapped to one of fields, or -1.
func (m *Mapping) Index(fields ...string) int {
	for i, c := range m.Columns {
		for _, f := range fields {
			if c.Field == f {
				return i
			}
		}
	}
	return -1
}

// problemColumns maps the Field of a validation problem to the fields of the
// columns it may come from.
var problemColumns = map[string][]string{
	"registry.transparency": {"transparency_id"},
	"registry.pic":          {"pic"},
	"registry.national":     {"national_id"},
	"names":                 {"other_names", "name_*"},
	"descriptions":          {"description", "description_*"},
	"given_name":            {"given_name", "full_name"},
	"family_name":           {"family_name", "full_name"},
	"consent":               {"consent_basis", "consent_date", "consent_source"},
	"consent.basis":         {"consent_basis"},
	"consent.date":          {"consent_date"},
	"consent.source":        {"consent_source"},
	"consent.note":          {"consent_note"},
}

// columnOf returns the column a validation problem of field is about, or -1.
func (m *Mapping) columnOf(field string) int {
	fields, ok := problemColumns[field]
	if !ok {
		fields = []string{field}
	}
	for i, c := range m.Columns {
		for _, f := range fields {
			if c.Field != "" && c.base() == f {
				return i
			}
		}
	}
	return -1
}
