package store

import (
	"context"
	"time"

	"coalition/internal/directory"
)

const affiliationColumns = `id, person_id, org_id, role, from_date, to_date`

func scanAffiliation(r rowScanner) (directory.Affiliation, error) {
	var a directory.Affiliation
	err := r.Scan(&a.ID, &a.PersonID, &a.OrgID, &a.Role, scanTime(&a.From), scanTime(&a.To))
	return a, err
}

// CreateAffiliation links a person to an organization, records h and appends a
// change for both, in one transaction, and sets a.ID. A missing person or
// organization is ErrNotFound. When h.EntityID is 0 it becomes the id of the
// person or the organization, after h.Entity (the person when h.Entity is "").
func (db *DB) CreateAffiliation(ctx context.Context, a *directory.Affiliation, h directory.HistoryEntry) error {
	at := writeTime(h)
	var id int64
	err := db.writeTx(ctx, func(q txq) error {
		var err error
		id, err = q.insert(ctx, `INSERT INTO affiliations (person_id, org_id, role, from_date, to_date) VALUES (?, ?, ?, ?, ?)`,
			a.PersonID, a.OrgID, a.Role, nullTime(a.From), nullTime(a.To))
		if err != nil {
			return err
		}
		return q.affiliationWrite(ctx, a.PersonID, a.OrgID, h, at)
	})
	if err != nil {
		return wrap("create affiliation", err)
	}
	a.ID = id
	a.From, a.To = zeroOrNorm(a.From), zeroOrNorm(a.To)
	return nil
}

// affiliationWrite records h (about the person or the organization) and a
// change for each side of an affiliation.
func (q txq) affiliationWrite(ctx context.Context, personID, orgID int64, h directory.HistoryEntry, at time.Time) error {
	if h.Entity == "" {
		h.Entity = directory.EntityPerson
	}
	if h.EntityID == 0 {
		h.EntityID = personID
		if h.Entity == directory.EntityOrganization {
			h.EntityID = orgID
		}
	}
	if err := q.addHistory(ctx, h, at); err != nil {
		return err
	}
	if err := q.addChange(ctx, directory.EntityPerson, personID, at); err != nil {
		return err
	}
	return q.addChange(ctx, directory.EntityOrganization, orgID, at)
}

// DeleteAffiliation removes an affiliation, records h and appends a change for
// both sides, in one transaction. A missing affiliation is ErrNotFound. h's
// EntityID may be 0, as for CreateAffiliation.
func (db *DB) DeleteAffiliation(ctx context.Context, id int64, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.writeTx(ctx, func(q txq) error {
		var personID, orgID int64
		if err := q.row(ctx, `SELECT person_id, org_id FROM affiliations WHERE id = ?`, []any{id}, &personID, &orgID); err != nil {
			return err
		}
		if err := q.execOne(ctx, `DELETE FROM affiliations WHERE id = ?`, id); err != nil {
			return err
		}
		return q.affiliationWrite(ctx, personID, orgID, h, at)
	})
	return wrap("delete affiliation", err)
}

// AffiliationsOfPerson returns a person's affiliations in id order (an empty
// list for a person without any, or a missing person).
func (db *DB) AffiliationsOfPerson(ctx context.Context, personID int64) ([]directory.Affiliation, error) {
	as, err := list(ctx, db, scanAffiliation, `SELECT `+affiliationColumns+` FROM affiliations WHERE person_id = ? ORDER BY id`, personID)
	return as, wrap("affiliations of person", err)
}

// AffiliationsOfOrg returns an organization's affiliations in id order.
func (db *DB) AffiliationsOfOrg(ctx context.Context, orgID int64) ([]directory.Affiliation, error) {
	as, err := list(ctx, db, scanAffiliation, `SELECT `+affiliationColumns+` FROM affiliations WHERE org_id = ? ORDER BY id`, orgID)
	return as, wrap("affiliations of organization", err)
}

// zeroOrNorm is t as the store gives it back: zero stays zero.
func zeroOrNorm(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return normTime(t)
}
