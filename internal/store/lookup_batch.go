package store

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"coalition/internal/directory"
)

// lookupChunk is the most values one lookup query carries in its IN list.
const lookupChunk = 500

// OrgsByNameKeys returns, by name key, the organizations (archived ones
// included, not those merged into another) whose name key is one of keys, in
// any country and in id order. Keys that match nothing, and the empty key,
// are left out. An importer looks up a few hundred rows at a time with it.
func (db *DB) OrgsByNameKeys(ctx context.Context, keys []string) (map[string][]directory.Organization, error) {
	out, err := listByKey(ctx, db, scanOrg, `SELECT `+orgColumns+`, o.name_key FROM organizations o
		WHERE o.merged_into IS NULL AND o.name_key IN (%s) ORDER BY o.id`, keys)
	return out, wrap("organizations by name keys", err)
}

// PeopleByNameKeys is OrgsByNameKeys for people and the name keys of their
// full names.
func (db *DB) PeopleByNameKeys(ctx context.Context, keys []string) (map[string][]directory.Person, error) {
	out, err := listByKey(ctx, db, scanPerson, `SELECT `+personColumns+`, p.name_key FROM people p
		WHERE p.merged_into IS NULL AND p.name_key IN (%s) ORDER BY p.id`, keys)
	return out, wrap("people by name keys", err)
}

// PeopleByExternalIDs returns the people of kind, not merged into another,
// whose external id is one of ids, in id order.
func (db *DB) PeopleByExternalIDs(ctx context.Context, kind string, ids []string) ([]directory.Person, error) {
	var out []directory.Person
	err := listIn(ctx, db, scanPerson, `SELECT `+personColumns+` FROM people p
		WHERE p.kind = ? AND p.external_id IN (%s) AND p.external_id <> '' AND p.merged_into IS NULL ORDER BY p.id`,
		[]any{kind}, ids, func(p directory.Person) { out = append(out, p) })
	sortByID(out, func(p directory.Person) int64 { return p.ID })
	return out, wrap("people by external ids", err)
}

// OrgsByRegistry returns the organizations, archived ones included but not
// those merged into another, that share any non-empty registry id with any of
// rs (a national number in any country: the caller compares countries),
// ordered by id, each once.
func (db *DB) OrgsByRegistry(ctx context.Context, rs ...directory.RegistryIDs) ([]directory.Organization, error) {
	cols := []struct {
		name string
		of   func(directory.RegistryIDs) string
	}{
		{"transparency_id", func(r directory.RegistryIDs) string { return r.Transparency }},
		{"pic", func(r directory.RegistryIDs) string { return r.PIC }},
		{"national_id", func(r directory.RegistryIDs) string { return r.National }},
	}
	seen := map[int64]bool{}
	out := []directory.Organization{}
	for _, c := range cols {
		values := make([]string, 0, len(rs))
		for _, r := range rs {
			values = append(values, c.of(r))
		}
		// The partial unique index's own condition lets the engine use it.
		err := listIn(ctx, db, scanOrg, `SELECT `+orgColumns+` FROM organizations o
			WHERE o.`+c.name+` IN (%s) AND o.`+c.name+` <> '' AND o.merged_into IS NULL`, nil, values,
			func(o directory.Organization) {
				if !seen[o.ID] {
					seen[o.ID] = true
					out = append(out, o)
				}
			})
		if err != nil {
			return nil, wrap("organizations by registry id", err)
		}
	}
	sortByID(out, func(o directory.Organization) int64 { return o.ID })
	return out, nil
}

// listIn runs query once for every lookupChunk of the distinct non-empty
// values, with its %s replaced by their placeholders and args before them,
// and hands each row to add.
func listIn[T any, V cmp.Ordered](ctx context.Context, db *DB, scan func(rowScanner) (T, error), query string, args []any,
	values []V, add func(T)) error {
	values = distinctNonZero(values)
	for chunk := range slices.Chunk(values, lookupChunk) {
		q := strings.Replace(query, "%s", placeholders(len(chunk)), 1)
		all := append(slices.Clip(args), anyArgs(chunk)...)
		found, err := list(ctx, db, scan, q, all...)
		if err != nil {
			return err
		}
		for _, v := range found {
			add(v)
		}
	}
	return nil
}

// listByKey runs a lookup by keys (see listIn) whose rows end with the key
// they were found by, and groups the records by it.
func listByKey[T any](ctx context.Context, db *DB, scan func(rowScanner) (T, error), query string, keys []string) (map[string][]T, error) {
	out := map[string][]T{}
	err := listIn(ctx, db, withKey(scan), query, nil, keys, func(k keyed[T]) { out[k.key] = append(out[k.key], k.v) })
	return out, err
}

// distinctNonZero returns the values sorted, once each, without the zero
// value ("" or 0).
func distinctNonZero[V cmp.Ordered](values []V) []V {
	values = slices.Clone(values)
	slices.Sort(values)
	values = slices.Compact(values)
	var zero V
	return slices.DeleteFunc(values, func(v V) bool { return v == zero })
}

func anyArgs[V any](values []V) []any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = v
	}
	return out
}

// sortByID orders records by their id.
func sortByID[T any](records []T, id func(T) int64) {
	slices.SortFunc(records, func(a, b T) int { return cmp.Compare(id(a), id(b)) })
}

// keyed is a record read with the key it was found by.
type keyed[T any] struct {
	v   T
	key string
}

// withKey turns a scanner of a record into one of the record followed by one
// more column, its key.
func withKey[T any](scan func(rowScanner) (T, error)) func(rowScanner) (keyed[T], error) {
	return func(r rowScanner) (keyed[T], error) {
		var k keyed[T]
		var err error
		k.v, err = scan(keyScanner{r, &k.key})
		return k, err
	}
}

// keyScanner scans a row into the destinations it is given and then key.
type keyScanner struct {
	r   rowScanner
	key *string
}

func (s keyScanner) Scan(dest ...any) error {
	return s.r.Scan(append(dest, s.key)...)
}
