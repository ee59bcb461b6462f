package directory

import (
	"strings"
	"testing"
)

// FuzzHeaderMap maps arbitrary headers (cells separated by "|") with an
// arbitrary override. It must never panic, never give one field to two
// columns, and only give fields the entity has.
func FuzzHeaderMap(f *testing.F) {
	f.Add("Name|Država|E-pošta|name_lv|Опис", "Država", "city", false)
	f.Add("first name|фамилия||x", "x", "-", true)
	f.Add("name|name|NAME (LV)|description xx", "", "", false)
	f.Fuzz(func(t *testing.T, header, col, field string, people bool) {
		e := EntityOrganization
		if people {
			e = EntityPerson
		}
		var overrides map[string]string
		if col != "" {
			overrides = map[string]string{col: field}
		}
		m, err := MapHeader(e, strings.Split(header, "|"), overrides)
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for i, c := range m.Columns {
			if c.Field == "" {
				continue
			}
			if seen[c.Field] {
				t.Fatalf("field %s given twice: %+v", c.Field, m.Columns)
			}
			seen[c.Field] = true
			if (e == EntityPerson && m.personSet[i] == nil) || (e == EntityOrganization && m.orgSet[i] == nil) {
				t.Fatalf("column %d has field %q and no setter", i, c.Field)
			}
		}
	})
}
