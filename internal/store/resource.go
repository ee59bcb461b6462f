package store

import (
	"context"
	"database/sql"

	"coalition/internal/directory"
	"coalition/internal/initiative"
)

const resourceWriteColumns = `engagement_id, source, what, kind, value, currency, status, on_day, note`

const resourceWriteCount = 9

const resourceColumns = `r.id, r.initiative_id, r.engagement_id, r.source, r.what, r.kind, r.value, r.currency,
	r.status, r.on_day, r.note, r.created_at, r.updated_at, r.version,
	COALESCE(o.name, TRIM(p.given_name || ' ' || p.family_name), '') AS partner_name, COALESCE(e.country, '')`

const resourceFrom = ` FROM resources r LEFT JOIN engagements e ON e.id = r.engagement_id
	LEFT JOIN organizations o ON o.id = e.org_id LEFT JOIN people p ON p.id = e.person_id`

func resourceWriteArgs(r *initiative.Resource) []any {
	return []any{nullID(r.EngagementID), r.Source, r.What, r.Kind, r.Value, r.Currency, r.Status, dateText(r.On), r.Note}
}

func scanResource(s rowScanner) (initiative.Resource, error) {
	var r initiative.Resource
	var engagement sql.NullInt64
	var on string
	err := s.Scan(&r.ID, &r.InitiativeID, &engagement, &r.Source, &r.What, &r.Kind, &r.Value, &r.Currency,
		&r.Status, &on, &r.Note, scanTime(&r.CreatedAt), scanTime(&r.UpdatedAt), &r.Version, &r.PartnerName, &r.PartnerCountry)
	if err == nil {
		r.EngagementID = engagement.Int64
		r.On, err = parseDate(on)
	}
	return r, err
}

// CreateResource stores r with its history entry h and sets r.ID, Version,
// CreatedAt and UpdatedAt. A missing initiative, or an engagement not of the
// initiative, is ErrNotFound.
func (db *DB) CreateResource(ctx context.Context, r *initiative.Resource, h directory.HistoryEntry) error {
	at := writeTime(h)
	var id int64
	err := db.writeTx(ctx, func(q txq) error {
		if err := q.engagementOf(ctx, r.InitiativeID, r.EngagementID); err != nil {
			return err
		}
		var err error
		id, err = q.insert(ctx, `INSERT INTO resources (initiative_id, `+resourceWriteColumns+`, created_at, updated_at, version)
			VALUES (`+placeholders(1+resourceWriteCount)+`, ?, ?, 1)`, append(append([]any{r.InitiativeID}, resourceWriteArgs(r)...), at, at)...)
		if err != nil {
			return err
		}
		h.Entity, h.EntityID = initiative.EntityResource, id
		return q.addHistory(ctx, h, at)
	})
	if err != nil {
		return wrap("create resource", err)
	}
	r.ID, r.Version, r.CreatedAt, r.UpdatedAt = id, 1, at, at
	return nil
}

// engagementOf returns ErrNotFound unless engagement id (0 for none) belongs
// to the initiative.
func (q txq) engagementOf(ctx context.Context, initiativeID, id int64) error {
	if id == 0 {
		return nil
	}
	var n int
	if err := q.row(ctx, `SELECT COUNT(*) FROM engagements WHERE id = ? AND initiative_id = ?`, []any{id, initiativeID}, &n); err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// UpdateResource saves r if its Version matches, with the history entry h,
// then increments r.Version.
func (db *DB) UpdateResource(ctx context.Context, r *initiative.Resource, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.writeTx(ctx, func(q txq) error {
		if err := q.engagementOf(ctx, r.InitiativeID, r.EngagementID); err != nil {
			return err
		}
		n, err := q.exec(ctx, `UPDATE resources SET (`+resourceWriteColumns+`, updated_at, version) =
			(`+placeholders(resourceWriteCount)+`, ?, version + 1) WHERE id = ? AND initiative_id = ? AND version = ?`,
			append(resourceWriteArgs(r), at, r.ID, r.InitiativeID, r.Version)...)
		if err == nil && n == 0 {
			err = q.scopedStaleOrMissing(ctx, "resources", r.InitiativeID, r.ID)
		}
		if err != nil {
			return err
		}
		h.Entity, h.EntityID = initiative.EntityResource, r.ID
		return q.addHistory(ctx, h, at)
	})
	if err != nil {
		return wrap("update resource", err)
	}
	r.Version++
	r.UpdatedAt = at
	return nil
}

// DeleteResource removes resource id of an initiative if its version is
// version, with the history entry h: ErrNotFound when there is no such
// resource, ErrStale when it changed.
func (db *DB) DeleteResource(ctx context.Context, initiativeID, id, version int64, h directory.HistoryEntry) error {
	err := db.writeTx(ctx, func(q txq) error {
		n, err := q.exec(ctx, `DELETE FROM resources WHERE id = ? AND initiative_id = ? AND version = ?`, id, initiativeID, version)
		if err == nil && n == 0 {
			err = q.scopedStaleOrMissing(ctx, "resources", initiativeID, id)
		}
		if err != nil {
			return err
		}
		h.Entity, h.EntityID = initiative.EntityResource, id
		return q.addHistory(ctx, h, writeTime(h))
	})
	return wrap("delete resource", err)
}

// Resource returns one resource of an initiative, or ErrNotFound.
func (db *DB) Resource(ctx context.Context, initiativeID, id int64) (initiative.Resource, error) {
	r, err := get(ctx, db, scanResource, `SELECT `+resourceColumns+resourceFrom+` WHERE r.id = ? AND r.initiative_id = ?`, id, initiativeID)
	return r, wrap("resource", err)
}

// Resources returns an initiative's resources, newest day first, then the
// most recently added first.
func (db *DB) Resources(ctx context.Context, initiativeID int64) ([]initiative.Resource, error) {
	rs, err := list(ctx, db, scanResource, `SELECT `+resourceColumns+resourceFrom+` WHERE r.initiative_id = ? ORDER BY r.on_day DESC, r.id DESC`, initiativeID)
	return rs, wrap("resources", err)
}
