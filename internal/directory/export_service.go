package directory

import (
	"context"
	"io"
	"slices"
	"strings"
)

// OrgFilter selects organizations for an export; an empty field selects all.
type OrgFilter struct {
	Country, Region, Kind, Sector, Level, Topic, Function, Language string
	Archived                                                        bool // include archived organizations
}

// Match reports whether o passes the filter. Organizations merged into
// another never do.
func (f OrgFilter) Match(o *Organization) bool {
	return o.MergedInto == 0 && (f.Archived || !o.Archived) &&
		is(f.Country, o.Country, CountryCode) && is(f.Region, o.Region, strings.ToUpper) &&
		is(f.Kind, o.Kind, lowerCode) && is(f.Sector, o.Sector, lowerCode) && is(f.Level, o.Level, lowerCode) &&
		has(f.Topic, o.Topics, lowerCode) && has(f.Function, o.Functions, lowerCode) && has(f.Language, o.Languages, normLang)
}

// PersonFilter selects people for an export; an empty field selects all.
type PersonFilter struct {
	Country, Kind, PoliticalGroup string
	Archived                      bool // include archived people
}

// Match reports whether p passes the filter.
func (f PersonFilter) Match(p *Person) bool {
	return p.MergedInto == 0 && (f.Archived || !p.Archived) &&
		is(f.Country, p.Country, CountryCode) && is(f.Kind, p.Kind, lowerCode) &&
		(f.PoliticalGroup == "" || strings.EqualFold(f.PoliticalGroup, p.PoliticalGroup))
}

func is(want, got string, norm func(string) string) bool { return want == "" || norm(want) == got }

func has(want string, got []string, norm func(string) string) bool {
	return want == "" || slices.Contains(got, norm(want))
}

// ExportOrgs writes the organizations that pass filter, in id order, and
// returns how many. It reads the store twice (once for the languages of names
// and descriptions, which make columns) and holds one organization at a time.
func (s *Service) ExportOrgs(ctx context.Context, w io.Writer, f ExportFormat, filter OrgFilter) (int, error) {
	var scanErr error
	each := func(fn func(*Organization)) {
		scanErr = s.store.ScanOrgs(ctx, func(o Organization) error {
			if filter.Match(&o) {
				fn(&o)
			}
			return nil
		})
	}
	cols := orgColumnsFor(each)
	if scanErr != nil {
		return 0, scanErr
	}
	t, err := newTableWriter(w, f, cols)
	if err != nil {
		return 0, err
	}
	err = s.store.ScanOrgs(ctx, func(o Organization) error {
		if !filter.Match(&o) {
			return nil
		}
		return t.write(&o)
	})
	if err != nil {
		return t.n, err
	}
	return t.n, t.close()
}

// ExportPeople writes the people that pass filter, in id order, with the
// organization and role of their current affiliation, and returns how many.
func (s *Service) ExportPeople(ctx context.Context, w io.Writer, f ExportFormat, filter PersonFilter) (int, error) {
	pw, err := newPersonWriter(w, f)
	if err != nil {
		return 0, err
	}
	names, n := map[int64]string{}, 0
	err = s.store.ScanPeople(ctx, func(p Person) error {
		if !filter.Match(&p) {
			return nil
		}
		rec := PersonRecord{Person: p}
		if err := s.affiliate(ctx, &rec, names); err != nil {
			return err
		}
		n++
		return pw.write(&rec)
	})
	if err != nil {
		return n, err
	}
	return n, pw.close()
}

// affiliate fills in a person's first current affiliation; names caches the
// names of organizations by id.
func (s *Service) affiliate(ctx context.Context, rec *PersonRecord, names map[int64]string) error {
	as, err := s.store.AffiliationsOfPerson(ctx, rec.ID)
	if err != nil {
		return err
	}
	today := s.now()
	j := slices.IndexFunc(as, func(a Affiliation) bool { return a.Current(today) })
	if j < 0 {
		return nil
	}
	if _, ok := names[as[j].OrgID]; !ok {
		o, err := s.store.Org(ctx, as[j].OrgID)
		if err != nil {
			return err
		}
		names[as[j].OrgID] = o.Name
	}
	rec.Organization, rec.Role = names[as[j].OrgID], as[j].Role
	return nil
}
