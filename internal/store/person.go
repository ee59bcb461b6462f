package store

import (
	"context"
	"slices"

	"coalition/internal/directory"
)

// CreatePerson stores a new person with the history entry h and a change, in
// one transaction, and sets p.ID, p.Version (1), p.CreatedAt and p.UpdatedAt
// (h.At, or now). An external id already held by a person of the same kind is
// ErrConflict.
func (db *DB) CreatePerson(ctx context.Context, p *directory.Person, h directory.HistoryEntry) error {
	at := writeTime(h)
	var id int64
	err := db.writeTx(ctx, func(q txq) error {
		var err error
		args := append(personWriteArgs(p), at, at)
		id, err = q.insert(ctx, `INSERT INTO people (`+personWriteColumns+`, created_at, updated_at, version)
			VALUES (`+placeholders(personWriteCount+2)+`, 1)`, args...)
		if err != nil {
			return err
		}
		h.Entity, h.EntityID = directory.EntityPerson, id
		return q.addWrite(ctx, h, at)
	})
	if err != nil {
		return wrap("create person", err)
	}
	p.ID, p.Version, p.CreatedAt, p.UpdatedAt = id, 1, at, at
	p.Consent = normConsent(p.Consent)
	return nil
}

// UpdatePerson saves every field of p (not MergedInto or CreatedAt) if its
// Version still matches, with the history entry h and a change, then
// increments p.Version and sets p.UpdatedAt. A changed version is ErrStale, a
// missing person ErrNotFound, a taken external id ErrConflict.
func (db *DB) UpdatePerson(ctx context.Context, p *directory.Person, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.writeTx(ctx, func(q txq) error {
		if err := q.updatePerson(ctx, p, at, true); err != nil {
			return err
		}
		h.Entity, h.EntityID = directory.EntityPerson, p.ID
		return q.addWrite(ctx, h, at)
	})
	if err != nil {
		return wrap("update person", err)
	}
	p.Version++
	p.UpdatedAt = at
	p.Consent = normConsent(p.Consent)
	return nil
}

// updatePerson saves p's fields at time at, checking its version when checked.
func (q txq) updatePerson(ctx context.Context, p *directory.Person, at any, checked bool) error {
	args := append(personWriteArgs(p), at, p.ID)
	query := `UPDATE people SET ` + personSets + `, updated_at = ?, version = version + 1 WHERE id = ?`
	if checked {
		query += ` AND version = ?`
		args = append(args, p.Version)
	}
	n, err := q.exec(ctx, query, args...)
	if err == nil && n == 0 {
		err = q.staleOrMissing(ctx, "people", p.ID, checked)
	}
	return err
}

// Person returns the person with the given id, archived or not, or ErrNotFound.
func (db *DB) Person(ctx context.Context, id int64) (directory.Person, error) {
	p, err := get(ctx, db, scanPerson, `SELECT `+personColumns+` FROM people p WHERE p.id = ?`, id)
	return p, wrap("person", err)
}

// PeopleByID returns the people with the given ids, in the order of ids;
// missing ids are left out.
func (db *DB) PeopleByID(ctx context.Context, ids []int64) ([]directory.Person, error) {
	byID := make(map[int64]directory.Person, len(ids))
	for chunk := range slices.Chunk(ids, idChunk) {
		ps, err := list(ctx, db, scanPerson, `SELECT `+personColumns+` FROM people p WHERE p.id IN (`+
			placeholders(len(chunk))+`)`, anyArgs(chunk)...)
		if err != nil {
			return nil, wrap("people by id", err)
		}
		for _, p := range ps {
			byID[p.ID] = p
		}
	}
	return inOrder(ids, byID), nil
}

// ScanPeople calls fn for every person, archived and merged ones included, in
// id order, a page at a time (fn may use the store). An error from fn stops
// the scan and is returned.
func (db *DB) ScanPeople(ctx context.Context, fn func(directory.Person) error) error {
	return scanAll(ctx, db, scanPerson, `SELECT `+personColumns+` FROM people p WHERE p.id > ? ORDER BY p.id LIMIT ?`,
		func(p directory.Person) int64 { return p.ID }, fn)
}

// PersonByExternalID returns the person of kind with the given external id
// (not one merged into another), or ErrNotFound. An empty id finds nobody.
func (db *DB) PersonByExternalID(ctx context.Context, kind, externalID string) (directory.Person, error) {
	if externalID == "" {
		return directory.Person{}, wrap("person by external id", ErrNotFound)
	}
	p, err := get(ctx, db, scanPerson, `SELECT `+personColumns+` FROM people p
		WHERE p.kind = ? AND p.external_id = ? AND p.merged_into IS NULL`, kind, externalID)
	return p, wrap("person by external id", err)
}

// PeopleByNameKey returns the people, archived ones included but not those
// merged into another, the name key of whose full name is key, in country
// when country is not "", ordered by id. An empty key matches nothing.
func (db *DB) PeopleByNameKey(ctx context.Context, key, country string) ([]directory.Person, error) {
	if key == "" {
		return []directory.Person{}, nil
	}
	q := `SELECT ` + personColumns + ` FROM people p WHERE p.merged_into IS NULL AND p.name_key = ?`
	args := []any{key}
	if country != "" {
		q += ` AND p.country = ?`
		args = append(args, country)
	}
	ps, err := list(ctx, db, scanPerson, q+` ORDER BY p.id`, args...)
	return ps, wrap("people by name key", err)
}
