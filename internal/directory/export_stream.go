package directory

import "io"

// OrgScan calls fn with each organization of an export, in order, and stops
// at the first error, which it returns.
type OrgScan func(fn func(*Organization) error) error

// WriteOrgStream writes the organizations scan gives, in its order, as CSV,
// XLSX or JSON: the file WriteOrgs writes for the same organizations, without
// holding them all. It calls scan twice, first for the languages of names
// and descriptions (which make columns; nothing is written yet), then to
// write, and returns how many organizations it wrote.
func WriteOrgStream(w io.Writer, f ExportFormat, scan OrgScan) (int, error) {
	langs, err := orgLanguages(scan)
	if err != nil {
		return 0, err
	}
	t, err := newTableWriter(w, f, orgColumnsFor(func(fn func(*Organization)) { fn(&langs) }))
	if err != nil {
		return 0, err
	}
	if err := scan(t.write); err != nil {
		return t.n, err
	}
	return t.n, t.close()
}

// orgLanguages returns an organization with one empty text in each language
// of the names scan gives, and one in each language of their descriptions:
// all that the columns depend on.
func orgLanguages(scan OrgScan) (Organization, error) {
	var langs Organization
	names, descs := map[string]bool{}, map[string]bool{}
	err := scan(func(o *Organization) error {
		langs.Names = addLangs(langs.Names, o.Names, names)
		langs.Descriptions = addLangs(langs.Descriptions, o.Descriptions, descs)
		return nil
	})
	return langs, err
}

// addLangs appends to dst an empty text in each language of ts not yet seen.
func addLangs(dst, ts []Text, seen map[string]bool) []Text {
	for _, t := range ts {
		if !seen[t.Lang] {
			seen[t.Lang] = true
			dst = append(dst, Text{Lang: t.Lang})
		}
	}
	return dst
}
