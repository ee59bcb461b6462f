package store

import (
	"context"
	"time"

	"coalition/internal/directory"
)

// ImportOrgs creates or updates many organizations in one transaction: those
// with ID 0 are created (in multi-row INSERTs), the others updated without a
// version check (a missing one is ErrNotFound and nothing is imported). Every
// row gets one change. Its history is one entry per batch of up to 500 rows
// with consecutive ids, action "imported" with Detail
// {"op":"create"|"update","source":…}, which History returns for each record
// of the batch (rows with scattered ids get an entry each). The caller's
// slice is updated: created rows get their ID, every row its Version and
// UpdatedAt, created rows their CreatedAt. nameKeys, when not nil, holds the
// directory.NameKey of each row's name; otherwise they are computed here. BenchmarkImportOrgs measures it.
func (db *DB) ImportOrgs(ctx context.Context, orgs []directory.Organization, nameKeys []string, at time.Time, userID int64, source string) error {
	creates, updates := splitByID(len(orgs), func(i int) int64 { return orgs[i].ID })
	if nameKeys == nil {
		nameKeys = make([]string, len(orgs))
		for i := range orgs {
			nameKeys[i] = directory.NameKey(orgs[i].Name)
		}
	}
	argsOf := func(i int) []any { return orgWriteArgs(&orgs[i], nameKeys[i]) }
	at = normTime(at)
	var ids []int64
	err := db.importTx(ctx, len(orgs), func(q txq) error {
		imp := newImporter(q, at, userID, source, orgTable)
		defer imp.close()
		var err error
		if ids, err = imp.create(ctx, creates, argsOf); err != nil {
			return err
		}
		if err := imp.update(ctx, updates, argsOf, func(i int) int64 { return orgs[i].ID }); err != nil {
			return err
		}
		return q.importNameKeys(ctx, orgs, nameKeys, creates, ids, updates)
	})
	if err != nil {
		return wrap("import organizations", err)
	}
	for k, i := range creates {
		orgs[i].ID, orgs[i].Version, orgs[i].CreatedAt, orgs[i].UpdatedAt = ids[k], 1, at, at
	}
	for _, i := range updates {
		orgs[i].Version++
		orgs[i].UpdatedAt = at
	}
	return nil
}

// importNameKeys stores the alternative name keys of the created rows (with
// their new ids) and replaces those of the updated ones.
func (q txq) importNameKeys(ctx context.Context, orgs []directory.Organization, nameKeys []string, creates []int, ids []int64, updates []int) error {
	for k, i := range creates {
		if len(orgs[i].Names) == 0 {
			continue
		}
		if err := q.setOrgNameKeys(ctx, ids[k], directory.AltNameKeys(&orgs[i], nameKeys[i]), false); err != nil {
			return err
		}
	}
	for _, i := range updates {
		if err := q.setOrgNameKeys(ctx, orgs[i].ID, directory.AltNameKeys(&orgs[i], nameKeys[i]), true); err != nil {
			return err
		}
	}
	return nil
}
