package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
)

// mergeSpec names what differs between merging organizations and merging
// people.
type mergeSpec struct {
	entity directory.Entity
	table  string // organizations or people
	side   string // the affiliations column pointing at the merged records
	other  string // the affiliations column pointing at the other side
}

var (
	orgMerge    = mergeSpec{directory.EntityOrganization, "organizations", "org_id", "person_id"}
	personMerge = mergeSpec{directory.EntityPerson, "people", "person_id", "org_id"}
)

// MergeOrgs merges the organization dropID into keep in one transaction: drop
// is archived with merged_into = keep (records merged into drop before now point
// to keep too); drop's affiliations move to keep, except those whose person and
// role keep already has; drop's history moves to keep (an import entry that
// covers a run of records is copied), followed by h (action "merged" is the
// caller's choice); drop's logo moves to keep when keep has
// none; keep is saved as UpdateOrg saves it, checking its Version (ErrStale);
// drop gets one history entry {"merged_into": keep}; both get a change. A
// missing or already merged drop is ErrNotFound.
func (db *DB) MergeOrgs(ctx context.Context, keep *directory.Organization, dropID int64, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.merge(ctx, orgMerge, keep.ID, dropID, h, at, func(q txq) error {
		return q.updateOrg(ctx, keep, at, true)
	})
	if err != nil {
		return wrap("merge organizations", err)
	}
	keep.Version++
	keep.UpdatedAt = at
	return nil
}

// MergePeople merges the person dropID into keep, as MergeOrgs does for
// organizations (affiliations are deduplicated by organization and role;
// people have no logo).
func (db *DB) MergePeople(ctx context.Context, keep *directory.Person, dropID int64, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.merge(ctx, personMerge, keep.ID, dropID, h, at, func(q txq) error {
		return q.updatePerson(ctx, keep, at, true)
	})
	if err != nil {
		return wrap("merge people", err)
	}
	keep.Version++
	keep.UpdatedAt = at
	keep.Consent = normConsent(keep.Consent)
	return nil
}

// merge runs the steps common to both kinds of merge; saveKeep saves keep.
func (db *DB) merge(ctx context.Context, s mergeSpec, keepID, dropID int64, h directory.HistoryEntry, at time.Time,
	saveKeep func(q txq) error) error {
	if keepID == dropID || keepID == 0 {
		return fmt.Errorf("%w: cannot merge record %d into %d", errs.ErrInvalid, dropID, keepID)
	}
	return db.writeTx(ctx, func(q txq) error {
		// drop leaves the unique indexes first, so keep may take its registry ids.
		if err := q.execOne(ctx, `UPDATE `+s.table+` SET archived = ?, merged_into = ?, updated_at = ?, version = version + 1
			WHERE id = ? AND merged_into IS NULL`, true, keepID, at, dropID); err != nil {
			return err
		}
		if err := q.moveToKeep(ctx, s, keepID, dropID); err != nil {
			return err
		}
		if err := saveKeep(q); err != nil {
			return err
		}
		return q.recordMerge(ctx, s.entity, keepID, dropID, h, at)
	})
}

// statement is a query with its arguments.
type statement struct {
	query string
	args  []any
}

// moveToKeep points drop's affiliations, engagements, history, logo and
// merged records at keep.
func (q txq) moveToKeep(ctx context.Context, s mergeSpec, keepID, dropID int64) error {
	steps := []statement{
		{`UPDATE ` + s.table + ` SET merged_into = ? WHERE merged_into = ?`, []any{keepID, dropID}},
		{`DELETE FROM affiliations WHERE ` + s.side + ` = ? AND EXISTS (SELECT 1 FROM affiliations k
			WHERE k.` + s.side + ` = ? AND k.` + s.other + ` = affiliations.` + s.other + ` AND k.role = affiliations.role)`,
			[]any{dropID, keepID}},
		{`UPDATE affiliations SET ` + s.side + ` = ? WHERE ` + s.side + ` = ?`, []any{keepID, dropID}},
		// drop's engagements move to keep, except in initiatives keep is
		// engaged in already: those stay with drop, in its history.
		{`UPDATE engagements SET ` + s.side + ` = ? WHERE ` + s.side + ` = ? AND NOT EXISTS (SELECT 1 FROM engagements k
			WHERE k.` + s.side + ` = ? AND k.initiative_id = engagements.initiative_id)`, []any{keepID, dropID, keepID}},
		{`UPDATE history SET entity_id = ? WHERE entity = ? AND entity_id = ? AND last_entity_id <= entity_id`,
			[]any{keepID, string(s.entity), dropID}},
		// An import entry covering drop (and not keep) stays with drop's run;
		// keep gets a copy of it.
		{`INSERT INTO history (entity, entity_id, at, user_id, action, detail)
			SELECT entity, ?, at, user_id, action, detail FROM history
			WHERE entity = ? AND last_entity_id > entity_id AND entity_id BETWEEN ? AND ? AND last_entity_id >= ?
			AND NOT (entity_id <= ? AND last_entity_id >= ?) ORDER BY id`,
			[]any{keepID, string(s.entity), dropID - maxHistoryRun, dropID, dropID, keepID, keepID}},
	}
	if s.entity == directory.EntityOrganization {
		steps = append(steps, statement{`UPDATE logos SET org_id = ? WHERE org_id = ?
			AND NOT EXISTS (SELECT 1 FROM logos k WHERE k.org_id = ?)`, []any{keepID, dropID, keepID}})
	}
	for _, st := range steps {
		if _, err := q.exec(ctx, st.query, st.args...); err != nil {
			return err
		}
	}
	return nil
}

// recordMerge writes h on keep, a "merged" entry on drop, and a change for each.
func (q txq) recordMerge(ctx context.Context, e directory.Entity, keepID, dropID int64, h directory.HistoryEntry, at time.Time) error {
	h.Entity, h.EntityID = e, keepID
	if err := q.addWrite(ctx, h, at); err != nil {
		return err
	}
	detail, err := json.Marshal(map[string]int64{"merged_into": keepID})
	if err != nil {
		return err
	}
	dh := directory.HistoryEntry{Entity: e, EntityID: dropID, At: at, UserID: h.UserID, Action: "merged", Detail: string(detail)}
	return q.addWrite(ctx, dh, at)
}
