package store

import (
	"context"

	"coalition/internal/directory"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
)

const organizerColumns = `id, initiative_id, name, email, residence, nationality, birth_date, age_confirmed, mep, role,
	created_at, updated_at, version`

func scanOrganizer(r rowScanner) (initiative.Organizer, error) {
	var o initiative.Organizer
	var birth, role string
	err := r.Scan(&o.ID, &o.InitiativeID, &o.Name, &o.Email, &o.Residence, &o.Nationality, &birth,
		&o.AgeConfirmed, &o.MEP, &role, scanTime(&o.CreatedAt), scanTime(&o.UpdatedAt), &o.Version)
	if err != nil {
		return o, err
	}
	o.Role = eci.Role(role)
	o.BirthDate, err = parseDate(birth)
	return o, err
}

// Organizers returns the group of organisers of an initiative, in the order
// they were added.
func (db *DB) Organizers(ctx context.Context, initiativeID int64) ([]initiative.Organizer, error) {
	os, err := list(ctx, db, scanOrganizer, `SELECT `+organizerColumns+` FROM organizers WHERE initiative_id = ? ORDER BY id`, initiativeID)
	return os, wrap("organizers", err)
}

// CreateOrganizer adds a member to a group of organisers with the history
// entry h, and sets o.ID, Version, CreatedAt and UpdatedAt. A missing
// initiative is ErrNotFound.
func (db *DB) CreateOrganizer(ctx context.Context, o *initiative.Organizer, h directory.HistoryEntry) error {
	at := writeTime(h)
	var id int64
	err := db.writeTx(ctx, func(q txq) error {
		var err error
		id, err = q.insert(ctx, `INSERT INTO organizers (initiative_id, name, email, residence, nationality, birth_date,
			age_confirmed, mep, role, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
			o.InitiativeID, o.Name, o.Email, o.Residence, o.Nationality, dateText(o.BirthDate), o.AgeConfirmed, o.MEP,
			string(o.Role), at, at)
		if err != nil {
			return err
		}
		return q.addHistory(ctx, h, at)
	})
	if err != nil {
		return wrap("create organizer", err)
	}
	o.ID, o.Version, o.CreatedAt, o.UpdatedAt = id, 1, at, at
	return nil
}

// UpdateOrganizer saves o if its Version matches, with the history entry h,
// then increments o.Version. A member of another initiative is ErrNotFound.
func (db *DB) UpdateOrganizer(ctx context.Context, o *initiative.Organizer, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.writeTx(ctx, func(q txq) error {
		n, err := q.exec(ctx, `UPDATE organizers SET name = ?, email = ?, residence = ?, nationality = ?, birth_date = ?,
			age_confirmed = ?, mep = ?, role = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND initiative_id = ? AND version = ?`,
			o.Name, o.Email, o.Residence, o.Nationality, dateText(o.BirthDate), o.AgeConfirmed, o.MEP, string(o.Role), at,
			o.ID, o.InitiativeID, o.Version)
		if err == nil && n == 0 {
			err = q.organizerStaleOrMissing(ctx, o.InitiativeID, o.ID)
		}
		if err != nil {
			return err
		}
		return q.addHistory(ctx, h, at)
	})
	if err != nil {
		return wrap("update organizer", err)
	}
	o.Version++
	o.UpdatedAt = at
	return nil
}

// organizerStaleOrMissing tells why an update touched no row.
func (q txq) organizerStaleOrMissing(ctx context.Context, initiativeID, id int64) error {
	var n int
	if err := q.row(ctx, `SELECT COUNT(*) FROM organizers WHERE id = ? AND initiative_id = ?`, []any{id, initiativeID}, &n); err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return ErrStale
}

// DeleteOrganizer removes a member of a group of organisers, with the history
// entry h. A member of another initiative is ErrNotFound.
func (db *DB) DeleteOrganizer(ctx context.Context, initiativeID, id int64, h directory.HistoryEntry) error {
	err := db.writeTx(ctx, func(q txq) error {
		if err := q.execOne(ctx, `DELETE FROM organizers WHERE id = ? AND initiative_id = ?`, id, initiativeID); err != nil {
			return err
		}
		return q.addHistory(ctx, h, writeTime(h))
	})
	return wrap("delete organizer", err)
}
