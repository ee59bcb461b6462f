package store

import (
	"context"

	"coalition/internal/directory"
)

// PutLogo stores or replaces an organization's logo and appends a change for
// the organization (its HasLogo may have changed), in one transaction. A zero
// UpdatedAt becomes now. A missing organization is ErrNotFound.
func (db *DB) PutLogo(ctx context.Context, orgID int64, l directory.Logo) error {
	at := writeTime(directory.HistoryEntry{At: l.UpdatedAt})
	err := db.writeTx(ctx, func(q txq) error {
		_, err := q.exec(ctx, `INSERT INTO logos (org_id, content_type, data, width, height, updated_at) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (org_id) DO UPDATE SET content_type = excluded.content_type, data = excluded.data,
			width = excluded.width, height = excluded.height, updated_at = excluded.updated_at`,
			orgID, l.ContentType, nonNilBytes(l.Data), l.Width, l.Height, at)
		if err != nil {
			return err
		}
		return q.addChange(ctx, directory.EntityOrganization, orgID, at)
	})
	return wrap("put logo", err)
}

// nonNilBytes keeps an empty logo from becoming NULL.
func nonNilBytes(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// Logo returns an organization's logo, or ErrNotFound when it has none.
func (db *DB) Logo(ctx context.Context, orgID int64) (directory.Logo, error) {
	l, err := get(ctx, db, func(r rowScanner) (directory.Logo, error) {
		var l directory.Logo
		err := r.Scan(&l.ContentType, &l.Data, &l.Width, &l.Height, scanTime(&l.UpdatedAt))
		return l, err
	}, `SELECT content_type, data, width, height, updated_at FROM logos WHERE org_id = ?`, orgID)
	return l, wrap("logo", err)
}
