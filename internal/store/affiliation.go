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

// AffiliationsOfPeople returns the affiliations of the people ids, in id order.
func (db *DB) AffiliationsOfPeople(ctx context.Context, ids []int64) ([]directory.Affiliation, error) {
	var out []directory.Affiliation
	err := listIn(ctx, db, scanAffiliation, `SELECT `+affiliationColumns+` FROM affiliations WHERE person_id IN (%s)`, nil, ids,
		func(a directory.Affiliation) { out = append(out, a) })
	sortByID(out, func(a directory.Affiliation) int64 { return a.ID })
	return out, wrap("affiliations of people", err)
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
