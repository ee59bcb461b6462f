package store

import (
	"context"

	"coalition/internal/directory"
)

// OrgsByAnyNameKey returns the organizations, archived ones included but not
// those merged into another, with key as the name key of their name or of one
// of their alternative names, in any country, ordered by id. An empty key
// matches nothing.
func (db *DB) OrgsByAnyNameKey(ctx context.Context, key string) ([]directory.Organization, error) {
	if key == "" {
		return []directory.Organization{}, nil
	}
	os, err := list(ctx, db, scanOrg, `SELECT `+orgColumns+` FROM organizations o WHERE o.merged_into IS NULL AND o.id IN (
		SELECT id FROM organizations WHERE name_key = ?
		UNION SELECT organization_id FROM organization_name_keys WHERE name_key = ?) ORDER BY o.id`, key, key)
	return os, wrap("organizations by any name key", err)
}

// setOrgNameKeys stores the alternative name keys of the organization id,
// replacing any it had when replace is set.
func (q txq) setOrgNameKeys(ctx context.Context, id int64, keys []string, replace bool) error {
	if replace {
		if _, err := q.exec(ctx, `DELETE FROM organization_name_keys WHERE organization_id = ?`, id); err != nil {
			return err
		}
	}
	if len(keys) == 0 {
		return nil
	}
	args := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		args = append(args, id, k)
	}
	_, err := q.exec(ctx, `INSERT INTO organization_name_keys (organization_id, name_key) VALUES `+valueRows(len(keys), 2), args...)
	return err
}

// orgAltKeys returns the alternative name keys of o.
func orgAltKeys(o *directory.Organization) []string {
	if len(o.Names) == 0 {
		return nil
	}
	return directory.AltNameKeys(o, directory.NameKey(o.Name))
}
