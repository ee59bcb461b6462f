package directory

import (
	"context"
	"errors"
	"slices"
)

// ImportPeople imports people from rows, as ImportOrgs imports organizations.
// A person is matched first by kind and external id, then by name key and
// country (with no conflicting external id or e-mail address). A profile
// (opts.Profile, or the one whose header the file has, such as "meps") adds
// its column mapping, the kind of every row and name-casing of family names
// in capitals. Organization and role columns link each person to the one
// organization of that name (in the person's country first); a name that
// finds none or several is a warning, and the person is imported all the
// same.
func (s *Service) ImportPeople(ctx context.Context, actor Actor, rows Rows, opts ImportOptions) (Report, error) {
	prof, _, err := resolveProfile(EntityPerson, rows.Header(), &opts)
	if err != nil {
		return Report{}, err
	}
	m, err := MapHeader(EntityPerson, rows.Header(), opts.Map)
	if err != nil {
		return Report{}, err
	}
	imp := &personImport{importRun: newImportRun(ctx, s, actor, opts, m), prof: prof}
	if imp.empty, err = s.noPeople(ctx); err != nil {
		return Report{}, err
	}
	if !opts.DryRun {
		imp.w = startWriter(imp.write)
	}
	err = imp.loop(rows, imp.row)
	return finish(&imp.importRun, imp.w, imp.drain, err)
}

func (s *Service) noPeople(ctx context.Context) (bool, error) {
	err := s.store.ScanPeople(ctx, func(Person) error { return errStop })
	if errors.Is(err, errStop) {
		return false, nil
	}
	return err == nil, err
}

// personImport is one run of ImportPeople.
type personImport struct {
	importRun
	prof    Profile
	batch   []Person
	lines   []int // the row of each batch entry
	links   []link
	w       *asyncWriter[Person] // affiliations of batch entries, linked once they are written
	pending []pendingPerson      // rows waiting for their lookup
}

// link is an affiliation a row asks for: the row, the person (by batch
// index, or by id for a stored person), the organization's name and the role.
type link struct {
	line, index int
	personID    int64
	country     string
	org, role   string
}

// row imports one row.
func (imp *personImport) row(line int, row []string) error {
	var r personRow
	bad := imp.fill(row, &r)
	if r.p.Source == "" {
		r.p.Source = imp.opts.Source
	}
	if ps := ValidatePerson(&r.p); ps != nil || bad != nil {
		imp.rejectAll(line, bad, ps)
		return nil
	}
	key := NameKey(r.p.Name()) // as the store keys people
	var buf [1]exactKey
	if first := imp.duplicate(line, personKeys(&r.p, buf[:0]), nameKey{r.p.Country, key}, personIdentity(&r.p)); first != 0 {
		imp.reject(line, -1, "import.duplicate_row", "row", first)
		return nil
	}
	if imp.empty {
		return imp.add(line, r.p, r)
	}
	return imp.wait(line, row, r, key)
}

// matched goes on with a row once it has been looked up, as
// orgImport.matched does.
func (imp *personImport) matched(line int, row []string, r personRow, cur *Person, err error) error {
	switch {
	case errors.Is(err, errAmbiguous):
		imp.reject(line, -1, "import.ambiguous_match")
		return nil
	case err != nil:
		return err
	case cur == nil:
		return imp.add(line, r.p, r)
	}
	if first := imp.claim(line, cur.ID); first != 0 {
		imp.reject(line, -1, "import.duplicate_row", "row", first)
		return nil
	}
	return imp.update(line, row, cur)
}

// fill applies a row and the profile to r.
func (imp *personImport) fill(row []string, r *personRow) []cellProblem {
	bad := imp.m.applyPerson(row, r, nil)
	if imp.prof.Kind != "" && r.p.Kind == "" {
		r.p.Kind = imp.prof.Kind
	}
	if imp.prof.NameCase {
		r.p.FamilyName = nameCase(r.p.FamilyName)
	}
	return bad
}

// update applies the row to a copy of the stored person and queues it when
// that changes anything; an affiliation is linked either way.
func (imp *personImport) update(line int, row []string, cur *Person) error {
	r := personRow{p: *cur}
	r.p.Languages = slices.Clone(cur.Languages)
	imp.fill(row, &r)
	if ps := ValidatePerson(&r.p); ps != nil {
		imp.rejectAll(line, nil, ps)
		return nil
	}
	if len(personChanges(cur, &r.p)) == 0 {
		imp.report.Unchanged++
		if r.org != "" {
			imp.links = append(imp.links, link{line: line, index: -1, personID: cur.ID, country: cur.Country, org: r.org, role: r.role})
		}
		return nil
	}
	return imp.add(line, r.p, r)
}

// add queues p for writing, with its affiliation, and writes a full batch.
func (imp *personImport) add(line int, p Person, r personRow) error {
	if r.org != "" {
		imp.links = append(imp.links, link{line: line, index: len(imp.batch), country: p.Country, org: r.org, role: r.role})
	}
	imp.batch, imp.lines = append(imp.batch, p), append(imp.lines, line)
	if len(imp.batch) >= imp.opts.BatchSize {
		return imp.flush()
	}
	return nil
}

// personKeys appends the external id of p, as an exact duplicate key, to keys.
func personKeys(p *Person, keys []exactKey) []exactKey {
	if p.ExternalID != "" {
		keys = append(keys, exactKey{'x', p.Kind, p.ExternalID})
	}
	return keys
}

func personIdentity(p *Person) identity {
	ext := ""
	if p.ExternalID != "" {
		ext = p.Kind + "\x00" + p.ExternalID
	}
	return identity{ext, p.Email}
}
