package store

import (
	"context"
	"database/sql"

	"coalition/internal/directory"
)

// migrationSteps are the parts of migrations that SQL cannot do, by version:
// each runs in its migration's transaction, after the migration's SQL.
var migrationSteps = map[int]func(ctx context.Context, q txq) error{
	4: backfillOrgNameKeys,
}

// backfillOrgNameKeys fills organization_name_keys for the organizations
// stored before it existed.
func backfillOrgNameKeys(ctx context.Context, q txq) error {
	var orgs []directory.Organization
	err := q.each(ctx, `SELECT id, name, names FROM organizations WHERE names <> '[]'`, func(rows *sql.Rows) error {
		var o directory.Organization
		var names string
		if err := rows.Scan(&o.ID, &o.Name, &names); err != nil {
			return err
		}
		var err error
		o.Names, err = decodeTexts(names)
		orgs = append(orgs, o)
		return err
	})
	if err != nil {
		return err
	}
	for i := range orgs {
		if err := q.setOrgNameKeys(ctx, orgs[i].ID, orgAltKeys(&orgs[i]), false); err != nil {
			return err
		}
	}
	return nil
}

// each runs a query and calls fn for each row.
func (q txq) each(ctx context.Context, query string, fn func(*sql.Rows) error) error {
	rows, err := q.tx.QueryContext(ctx, q.d.rebind(query))
	if err != nil {
		return q.d.mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
