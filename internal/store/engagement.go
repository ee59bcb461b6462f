package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"coalition/internal/directory"
	"coalition/internal/initiative"
)

const engagementWriteColumns = `country, roles, level, stage, responsible_id, duties, duties_on, pledge_signatures,
	volunteers, money, currency, in_kind, delivered_signatures, results, committed_on, confirmed_by, confirmed_how,
	logo_permission, logo_on, inbound, notes`

const engagementWriteCount = 21

const engagementColumns = `e.id, e.initiative_id, e.org_id, e.person_id, ` + `e.country, e.roles, e.level, e.stage,
	e.responsible_id, e.duties, e.duties_on, e.pledge_signatures, e.volunteers, e.money, e.currency, e.in_kind,
	e.delivered_signatures, e.results, e.committed_on, e.confirmed_by, e.confirmed_how, e.logo_permission, e.logo_on,
	e.inbound, e.notes, e.created_at, e.updated_at, e.version,
	COALESCE(o.name, TRIM(p.given_name || ' ' || p.family_name), '') AS partner_name`

const engagementFrom = ` FROM engagements e LEFT JOIN organizations o ON o.id = e.org_id LEFT JOIN people p ON p.id = e.person_id`

func engagementWriteArgs(e *initiative.Engagement) []any {
	return []any{e.Country, encodeCodes(e.Roles), e.Level, e.Stage, nullID(e.Responsible), e.Duties, dateText(e.DutiesOn),
		encodeCounts(e.Pledge.Signatures), e.Pledge.Volunteers, e.Pledge.Money, e.Pledge.Currency, e.Pledge.InKind,
		encodeCounts(e.Delivered.Signatures), e.Delivered.Results, dateText(e.Commitment.On), e.Commitment.ConfirmedBy,
		e.Commitment.How, e.Commitment.LogoPermission, dateText(e.Commitment.LogoOn), e.Inbound, e.Notes}
}

// engagementScan holds the columns that need decoding.
type engagementScan struct {
	org, person, responsible      sql.NullInt64
	roles, pledged, delivered     string
	dutiesOn, committedOn, logoOn string
}

func scanEngagement(r rowScanner) (initiative.Engagement, error) {
	var e initiative.Engagement
	var j engagementScan
	err := r.Scan(&e.ID, &e.InitiativeID, &j.org, &j.person, &e.Country, &j.roles, &e.Level, &e.Stage,
		&j.responsible, &e.Duties, &j.dutiesOn, &j.pledged, &e.Pledge.Volunteers, &e.Pledge.Money, &e.Pledge.Currency,
		&e.Pledge.InKind, &j.delivered, &e.Delivered.Results, &j.committedOn, &e.Commitment.ConfirmedBy,
		&e.Commitment.How, &e.Commitment.LogoPermission, &j.logoOn, &e.Inbound, &e.Notes,
		scanTime(&e.CreatedAt), scanTime(&e.UpdatedAt), &e.Version, &e.PartnerName)
	if err != nil {
		return e, err
	}
	e.OrgID, e.PersonID, e.Responsible = j.org.Int64, j.person.Int64, j.responsible.Int64
	return e, j.decode(&e)
}

func (j engagementScan) decode(e *initiative.Engagement) error {
	var err error
	if e.Roles, err = decodeCodes(j.roles); err != nil {
		return err
	}
	if e.Pledge.Signatures, err = decodeCounts(j.pledged); err != nil {
		return err
	}
	if e.Delivered.Signatures, err = decodeCounts(j.delivered); err != nil {
		return err
	}
	for _, d := range []struct {
		text string
		to   *time.Time
	}{{j.dutiesOn, &e.DutiesOn}, {j.committedOn, &e.Commitment.On}, {j.logoOn, &e.Commitment.LogoOn}} {
		if *d.to, err = parseDate(d.text); err != nil {
			return err
		}
	}
	return nil
}

// nullID is an id column's value: NULL for 0.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// encodeCounts writes counts per member state as a JSON object; nil gives {}.
func encodeCounts(m map[string]int) string {
	if len(m) == 0 {
		return "{}"
	}
	b, _ := json.Marshal(m) // keys sorted
	return string(b)
}

func decodeCounts(s string) (map[string]int, error) {
	if s == "{}" || s == "" {
		return nil, nil
	}
	var m map[string]int
	return m, json.Unmarshal([]byte(s), &m)
}

// CreateEngagement stores e with its history entry h and sets e.ID, Version,
// CreatedAt and UpdatedAt. The same partner twice in one initiative is
// ErrConflict; a missing initiative, partner or responsible user ErrNotFound.
func (db *DB) CreateEngagement(ctx context.Context, e *initiative.Engagement, h directory.HistoryEntry) error {
	at := writeTime(h)
	var id int64
	err := db.writeTx(ctx, func(q txq) error {
		var err error
		args := append([]any{e.InitiativeID, nullID(e.OrgID), nullID(e.PersonID)}, engagementWriteArgs(e)...)
		id, err = q.insert(ctx, `INSERT INTO engagements (initiative_id, org_id, person_id, `+engagementWriteColumns+`,
			created_at, updated_at, version) VALUES (`+placeholders(3+engagementWriteCount)+`, ?, ?, 1)`, append(args, at, at)...)
		if err != nil {
			return err
		}
		h.Entity, h.EntityID = initiative.EntityEngagement, id
		return q.addHistory(ctx, h, at)
	})
	if err != nil {
		return wrap("create engagement", err)
	}
	e.ID, e.Version, e.CreatedAt, e.UpdatedAt = id, 1, at, at
	return nil
}

// UpdateEngagement saves e (not its partner) if its Version matches, with the
// history entry h, then increments e.Version.
func (db *DB) UpdateEngagement(ctx context.Context, e *initiative.Engagement, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.writeTx(ctx, func(q txq) error {
		n, err := q.exec(ctx, `UPDATE engagements SET (`+engagementWriteColumns+`, updated_at, version) =
			(`+placeholders(engagementWriteCount)+`, ?, version + 1) WHERE id = ? AND initiative_id = ? AND version = ?`,
			append(engagementWriteArgs(e), at, e.ID, e.InitiativeID, e.Version)...)
		if err == nil && n == 0 {
			err = q.scopedStaleOrMissing(ctx, "engagements", e.InitiativeID, e.ID)
		}
		if err != nil {
			return err
		}
		h.Entity, h.EntityID = initiative.EntityEngagement, e.ID
		return q.addHistory(ctx, h, at)
	})
	if err != nil {
		return wrap("update engagement", err)
	}
	e.Version++
	e.UpdatedAt = at
	return nil
}

// scopedStaleOrMissing tells why an update of row id of an initiative touched
// nothing: no such row there (ErrNotFound), or a moved version (ErrStale).
func (q txq) scopedStaleOrMissing(ctx context.Context, table string, initiativeID, id int64) error {
	var n int
	if err := q.row(ctx, `SELECT COUNT(*) FROM `+table+` WHERE id = ? AND initiative_id = ?`, []any{id, initiativeID}, &n); err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return ErrStale
}

// Engagement returns one engagement of an initiative, or ErrNotFound.
func (db *DB) Engagement(ctx context.Context, initiativeID, id int64) (initiative.Engagement, error) {
	e, err := get(ctx, db, scanEngagement, `SELECT `+engagementColumns+engagementFrom+` WHERE e.id = ? AND e.initiative_id = ?`, id, initiativeID)
	return e, wrap("engagement", err)
}

// Engagements returns the engagements of an initiative that f selects, by
// partner name.
func (db *DB) Engagements(ctx context.Context, initiativeID int64, f initiative.EngagementFilter) ([]initiative.Engagement, error) {
	q := `SELECT ` + engagementColumns + engagementFrom + ` WHERE e.initiative_id = ?`
	args := []any{initiativeID}
	switch {
	case f.Countries == nil:
	case len(f.Countries) == 0:
		q += ` AND 1 = 0`
	default:
		q += ` AND e.country IN (` + placeholders(len(f.Countries)) + `)`
		for _, c := range f.Countries {
			args = append(args, c)
		}
	}
	if f.Stage != "" {
		q, args = q+` AND e.stage = ?`, append(args, f.Stage)
	}
	es, err := list(ctx, db, scanEngagement, q+` ORDER BY partner_name, e.id`, args...)
	if err != nil {
		return nil, wrap("engagements", err)
	}
	if f.Role != "" {
		es = withRole(es, f.Role)
	}
	return es, nil
}

// withRole keeps the engagements with role among their roles.
func withRole(es []initiative.Engagement, role string) []initiative.Engagement {
	out := es[:0]
	for _, e := range es {
		for _, r := range e.Roles {
			if r == role {
				out = append(out, e)
				break
			}
		}
	}
	return out
}
