package store

import (
	"context"
	"fmt"

	"coalition/internal/directory"
)

// matchColumns are the columns of an organization that duplicate detection
// compares, in the order scanOrgForMatching reads them.
const matchColumns = `o.id, o.name, o.names, o.country, o.city, o.website, o.email,
	o.transparency_id, o.pic, o.national_id, o.archived`

// ScanOrgsForMatching is ScanOrgs with only the fields duplicate detection
// compares: ID, Name, Names, Country, City, Website, Email, Registry and
// Archived; the others are left zero. At a million organizations it reads in
// 4.3 s what ScanOrgs reads in 13–15 (descriptions, codes, the logo lookup
// and the times are most of a row's cost).
func (db *DB) ScanOrgsForMatching(ctx context.Context, fn func(directory.Organization) error) error {
	return scanOrgsWith(ctx, db, matchColumns, scanOrgForMatching, fn)
}

func scanOrgForMatching(r rowScanner) (directory.Organization, error) {
	var o directory.Organization
	var names string
	err := r.Scan(&o.ID, &o.Name, &names, &o.Country, &o.City, &o.Website, &o.Email,
		&o.Registry.Transparency, &o.Registry.PIC, &o.Registry.National, &o.Archived)
	if err != nil {
		return directory.Organization{}, err
	}
	if o.Names, err = decodeTexts(names); err != nil {
		return directory.Organization{}, fmt.Errorf("organization %d: %w", o.ID, err)
	}
	return o, nil
}
