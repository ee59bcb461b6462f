package store

import (
	"context"
	"database/sql"
	"time"

	"coalition/internal/errs"
	"coalition/internal/initiative"
)

const interestColumns = `id, call_id, org_name, country, website, contact_name, contact_email, message, lang,
	client_hash, org_id, person_id, engagement_id, created_at`

func scanInterest(r rowScanner) (initiative.Interest, error) {
	var in initiative.Interest
	var org, person, engagement sql.NullInt64
	err := r.Scan(&in.ID, &in.CallID, &in.OrgName, &in.Country, &in.Website, &in.ContactName, &in.ContactEmail,
		&in.Message, &in.Lang, &in.ClientHash, &org, &person, &engagement, scanTime(&in.CreatedAt))
	in.OrgID, in.PersonID, in.EngagementID = org.Int64, person.Int64, engagement.Int64
	return in, err
}

// AddInterest stores in and sets its ID, unless in.ClientHash has sent
// limit.Max expressions of interest or more since limit.Since: then it is
// errs.ErrRateLimited. The count and the insert share a transaction, which
// makes the limit exact on SQLite; on PostgreSQL, requests racing each other
// in the same instant may each see the count below the limit.
func (db *DB) AddInterest(ctx context.Context, in *initiative.Interest, limit initiative.RateLimit) error {
	at := normTime(in.CreatedAt)
	if in.CreatedAt.IsZero() {
		at = normTime(time.Now())
	}
	var id int64
	err := db.writeTx(ctx, func(q txq) error {
		var n int
		err := q.row(ctx, `SELECT COUNT(*) FROM call_interests WHERE client_hash = ? AND created_at >= ?`,
			[]any{in.ClientHash, limit.Since}, &n)
		if err != nil {
			return err
		}
		if n >= limit.Max {
			return errs.ErrRateLimited
		}
		id, err = q.insert(ctx, `INSERT INTO call_interests (call_id, org_name, country, website, contact_name,
			contact_email, message, lang, client_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			in.CallID, in.OrgName, in.Country, in.Website, in.ContactName, in.ContactEmail, in.Message, in.Lang,
			in.ClientHash, at)
		return err
	})
	if err != nil {
		return wrap("add interest", err)
	}
	in.ID, in.CreatedAt = id, at
	return nil
}

// LinkInterest records the organization, person and engagement of in (0 for
// none). A missing interest is ErrNotFound.
func (db *DB) LinkInterest(ctx context.Context, in initiative.Interest) error {
	err := db.execOne(ctx, `UPDATE call_interests SET org_id = ?, person_id = ?, engagement_id = ? WHERE id = ?`,
		nullID(in.OrgID), nullID(in.PersonID), nullID(in.EngagementID), in.ID)
	return wrap("link interest", err)
}

// Interests returns the expressions of interest in a call, oldest first.
func (db *DB) Interests(ctx context.Context, callID int64) ([]initiative.Interest, error) {
	is, err := list(ctx, db, scanInterest, `SELECT `+interestColumns+` FROM call_interests WHERE call_id = ?
		ORDER BY created_at, id`, callID)
	return is, wrap("interests", err)
}

// ForgetInterestClients clears the client hashes of the expressions of
// interest stored before the given time, and returns how many it cleared.
func (db *DB) ForgetInterestClients(ctx context.Context, before time.Time) (int64, error) {
	n, err := db.exec(ctx, `UPDATE call_interests SET client_hash = '' WHERE client_hash <> '' AND created_at < ?`, before)
	return n, wrap("forget interest clients", err)
}

// EngagementByOrg returns the engagement of organization orgID in an
// initiative, or ErrNotFound.
func (db *DB) EngagementByOrg(ctx context.Context, initiativeID, orgID int64) (initiative.Engagement, error) {
	e, err := get(ctx, db, scanEngagement, `SELECT `+engagementColumns+engagementFrom+`
		WHERE e.initiative_id = ? AND e.org_id = ?`, initiativeID, orgID)
	return e, wrap("engagement of organization", err)
}
