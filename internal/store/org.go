package store

import (
	"context"
	"slices"

	"coalition/internal/directory"
)

var _ directory.Store = (*DB)(nil)

// CreateOrg stores a new organization with its history entry h and a change,
// in one transaction, and sets o.ID, o.Version (1), o.CreatedAt and o.UpdatedAt
// (h.At, or now). h.EntityID is set to the new id. A registry id taken by
// another organization is ErrConflict.
func (db *DB) CreateOrg(ctx context.Context, o *directory.Organization, h directory.HistoryEntry) error {
	at := writeTime(h)
	var id int64
	err := db.writeTx(ctx, func(q txq) error {
		var err error
		key := directory.NameKey(o.Name)
		args := append(orgWriteArgs(o, key), at, at)
		id, err = q.insert(ctx, `INSERT INTO organizations (`+orgWriteColumns+`, created_at, updated_at, version)
			VALUES (`+placeholders(orgWriteCount+2)+`, 1)`, args...)
		if err != nil {
			return err
		}
		if err := q.setOrgNameKeys(ctx, id, directory.AltNameKeys(o, key), false); err != nil {
			return err
		}
		h.Entity, h.EntityID = directory.EntityOrganization, id
		return q.addWrite(ctx, h, at)
	})
	if err != nil {
		return wrap("create organization", err)
	}
	o.ID, o.Version, o.CreatedAt, o.UpdatedAt = id, 1, at, at
	return nil
}

// UpdateOrg saves every field of o (not HasLogo, MergedInto or CreatedAt) if
// its Version still matches the stored one, with the history entry h and a
// change, then increments o.Version and sets o.UpdatedAt. A changed version is
// ErrStale, a missing organization ErrNotFound, a taken registry id ErrConflict.
func (db *DB) UpdateOrg(ctx context.Context, o *directory.Organization, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.writeTx(ctx, func(q txq) error {
		if err := q.updateOrg(ctx, o, at, true); err != nil {
			return err
		}
		h.Entity, h.EntityID = directory.EntityOrganization, o.ID
		return q.addWrite(ctx, h, at)
	})
	if err != nil {
		return wrap("update organization", err)
	}
	o.Version++
	o.UpdatedAt = at
	return nil
}

// updateOrg saves o's fields and alternative name keys at time at, checking
// its version when checked.
func (q txq) updateOrg(ctx context.Context, o *directory.Organization, at any, checked bool) error {
	key := directory.NameKey(o.Name)
	args := append(orgWriteArgs(o, key), at, o.ID)
	query := `UPDATE organizations SET ` + orgSets + `, updated_at = ?, version = version + 1 WHERE id = ?`
	if checked {
		query += ` AND version = ?`
		args = append(args, o.Version)
	}
	n, err := q.exec(ctx, query, args...)
	if err == nil && n == 0 {
		err = q.staleOrMissing(ctx, "organizations", o.ID, checked)
	}
	if err != nil {
		return err
	}
	return q.setOrgNameKeys(ctx, o.ID, directory.AltNameKeys(o, key), true)
}

// staleOrMissing tells why an update of id in table touched no row: the row
// is missing (ErrNotFound) or, for a checked update, its version moved (ErrStale).
func (q txq) staleOrMissing(ctx context.Context, table string, id int64, checked bool) error {
	var n int
	if err := q.row(ctx, `SELECT COUNT(*) FROM `+table+` WHERE id = ?`, []any{id}, &n); err != nil {
		return err
	}
	if n == 0 || !checked {
		return ErrNotFound
	}
	return ErrStale
}

// Org returns the organization with the given id, archived or not, or
// ErrNotFound.
func (db *DB) Org(ctx context.Context, id int64) (directory.Organization, error) {
	o, err := get(ctx, db, scanOrg, `SELECT `+orgColumns+` FROM organizations o WHERE o.id = ?`, id)
	return o, wrap("organization", err)
}

// idChunk bounds the ids in one IN (...) list, well below both engines'
// limits on placeholders.
const idChunk = 500

// OrgsByID returns the organizations with the given ids, in the order of ids;
// missing ids are left out.
func (db *DB) OrgsByID(ctx context.Context, ids []int64) ([]directory.Organization, error) {
	byID := make(map[int64]directory.Organization, len(ids))
	for chunk := range slices.Chunk(ids, idChunk) {
		os, err := list(ctx, db, scanOrg, `SELECT `+orgColumns+` FROM organizations o WHERE o.id IN (`+
			placeholders(len(chunk))+`)`, anyArgs(chunk)...)
		if err != nil {
			return nil, wrap("organizations by id", err)
		}
		for _, o := range os {
			byID[o.ID] = o
		}
	}
	return inOrder(ids, byID), nil
}

// inOrder returns the values of byID in the order of ids, leaving out missing ones.
func inOrder[T any](ids []int64, byID map[int64]T) []T {
	out := make([]T, 0, len(byID))
	for _, id := range ids {
		if v, ok := byID[id]; ok {
			out = append(out, v)
		}
	}
	return out
}

// scanPage is how many rows ScanOrgs and ScanPeople read per query.
const scanPage = 2000

// ScanOrgs calls fn for every organization, archived and merged ones included,
// in id order. It reads a page at a time and calls fn between queries, so fn
// may use the store. An error from fn stops the scan and is returned.
func (db *DB) ScanOrgs(ctx context.Context, fn func(directory.Organization) error) error {
	return scanOrgsWith(ctx, db, orgColumns, scanOrg, fn)
}

// scanOrgsWith calls fn for every organization in id order, reading columns
// (of organizations aliased o) with scan.
func scanOrgsWith(ctx context.Context, db *DB, columns string, scan func(rowScanner) (directory.Organization, error),
	fn func(directory.Organization) error) error {
	return scanAll(ctx, db, scan, `SELECT `+columns+` FROM organizations o WHERE o.id > ? ORDER BY o.id LIMIT ?`,
		func(o directory.Organization) int64 { return o.ID }, fn)
}

// scanAll pages through query (with placeholders for the last id and the page
// size) and calls fn for each row.
func scanAll[T any](ctx context.Context, db *DB, scan func(rowScanner) (T, error), query string,
	idOf func(T) int64, fn func(T) error) error {
	var last int64
	for {
		page, err := list(ctx, db, scan, query, last, scanPage)
		if err != nil {
			return wrap("scan", err)
		}
		for _, v := range page {
			if err := fn(v); err != nil {
				return err
			}
		}
		if len(page) < scanPage {
			return nil
		}
		last = idOf(page[len(page)-1])
	}
}

// OrgsByNameKey returns the organizations, archived ones included but not
// those merged into another, whose name key is key, in country when country is
// not "", ordered by id. An empty key matches nothing.
func (db *DB) OrgsByNameKey(ctx context.Context, key, country string) ([]directory.Organization, error) {
	if key == "" {
		return []directory.Organization{}, nil
	}
	q := `SELECT ` + orgColumns + ` FROM organizations o WHERE o.merged_into IS NULL AND o.name_key = ?`
	args := []any{key}
	if country != "" {
		q += ` AND o.country = ?`
		args = append(args, country)
	}
	os, err := list(ctx, db, scanOrg, q+` ORDER BY o.id`, args...)
	return os, wrap("organizations by name key", err)
}
