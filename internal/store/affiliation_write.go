package store

import (
	"context"
	"slices"
	"time"

	"coalition/internal/directory"
)

// affiliationBatch is the most affiliations one statement writes.
const affiliationBatch = 200

// CreateAffiliation links a person to an organization, records h and appends a
// change for both, in one transaction, and sets a.ID. A missing person or
// organization is ErrNotFound. When h.EntityID is 0 it becomes the id of the
// person or the organization, after h.Entity (the person when h.Entity is "").
func (db *DB) CreateAffiliation(ctx context.Context, a *directory.Affiliation, h directory.HistoryEntry) error {
	as := []directory.Affiliation{*a}
	if err := db.CreateAffiliations(ctx, as, []directory.HistoryEntry{h}); err != nil {
		return err
	}
	*a = as[0]
	return nil
}

// CreateAffiliations is CreateAffiliation for many affiliations in one
// transaction, hs[i] being the history entry of as[i]: nothing is stored
// when one fails. It sets the ids in as. The rows, their history entries and
// their changes are written a few hundred at a time, one statement each.
func (db *DB) CreateAffiliations(ctx context.Context, as []directory.Affiliation, hs []directory.HistoryEntry) error {
	var ids []int64
	err := db.writeTx(ctx, func(q txq) error {
		ids = ids[:0]
		for start := 0; start < len(as); start += affiliationBatch {
			end := min(start+affiliationBatch, len(as))
			got, err := q.insertAffiliations(ctx, as[start:end])
			if err != nil {
				return err
			}
			ids = append(ids, got...)
			if err := q.affiliationWrites(ctx, as[start:end], hs[start:end]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return wrap("create affiliations", err)
	}
	for i := range as {
		as[i].ID = ids[i]
		as[i].From, as[i].To = zeroOrNorm(as[i].From), zeroOrNorm(as[i].To)
	}
	return nil
}

// insertAffiliations inserts as with one statement and returns their ids in
// the order of as: both engines number the rows of one INSERT upwards in the
// order of its VALUES.
func (q txq) insertAffiliations(ctx context.Context, as []directory.Affiliation) ([]int64, error) {
	args := make([]any, 0, 5*len(as))
	for _, a := range as {
		args = append(args, a.PersonID, a.OrgID, a.Role, nullTime(a.From), nullTime(a.To))
	}
	rows, err := q.tx.QueryContext(ctx, q.d.rebind(`INSERT INTO affiliations (person_id, org_id, role, from_date, to_date) VALUES `+
		valueRows(len(as), 5)+` RETURNING id`), q.d.args(args)...)
	if err != nil {
		return nil, q.d.mapErr(err)
	}
	defer rows.Close()
	ids := make([]int64, 0, len(as))
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, q.d.mapErr(err)
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids, q.d.mapErr(rows.Err())
}

// affiliationWrite records h (about the person or the organization) and a
// change for each side of an affiliation.
func (q txq) affiliationWrite(ctx context.Context, personID, orgID int64, h directory.HistoryEntry, at time.Time) error {
	h.At = at
	return q.affiliationWrites(ctx, []directory.Affiliation{{PersonID: personID, OrgID: orgID}}, []directory.HistoryEntry{h})
}

// affiliationWrites records hs[i] (about the person or the organization of
// as[i], at its time or now) and a change for each side of every
// affiliation, one statement for the history and one for the changes.
func (q txq) affiliationWrites(ctx context.Context, as []directory.Affiliation, hs []directory.HistoryEntry) error {
	history := make([]any, 0, 6*len(as))
	changes := make([]any, 0, 6*len(as))
	for i, a := range as {
		h, at := affiliationHistory(a, hs[i]), writeTime(hs[i])
		history = append(history, string(h.Entity), h.EntityID, at, h.UserID, h.Action, h.Detail)
		changes = append(changes, string(directory.EntityPerson), a.PersonID, at, string(directory.EntityOrganization), a.OrgID, at)
	}
	if _, err := q.exec(ctx, `INSERT INTO history (entity, entity_id, at, user_id, action, detail) VALUES `+valueRows(len(as), 6), history...); err != nil {
		return err
	}
	if err := q.lockChanges(ctx); err != nil {
		return err
	}
	_, err := q.exec(ctx, `INSERT INTO changes (entity, entity_id, at) VALUES `+valueRows(2*len(as), 3), changes...)
	return err
}

// affiliationHistory is h with its record filled in: the person of a, or its
// organization when h is about one.
func affiliationHistory(a directory.Affiliation, h directory.HistoryEntry) directory.HistoryEntry {
	if h.Entity == "" {
		h.Entity = directory.EntityPerson
	}
	if h.EntityID == 0 {
		h.EntityID = a.PersonID
		if h.Entity == directory.EntityOrganization {
			h.EntityID = a.OrgID
		}
	}
	return h
}
