package store

import (
	"context"

	"coalition/internal/directory"
	"coalition/internal/initiative"
)

const memberColumns = `m.initiative_id, m.user_id, m.role, m.countries, u.name, u.email`

func scanMember(r rowScanner) (initiative.Member, error) {
	var m initiative.Member
	var role, countries string
	if err := r.Scan(&m.InitiativeID, &m.UserID, &role, &countries, &m.Name, &m.Email); err != nil {
		return m, err
	}
	m.Role = initiative.Role(role)
	var err error
	m.Countries, err = decodeCodes(countries)
	return m, err
}

// Members returns the team of an initiative: organizers, then country
// coordinators, then viewers, each by e-mail address.
func (db *DB) Members(ctx context.Context, initiativeID int64) ([]initiative.Member, error) {
	ms, err := list(ctx, db, scanMember, `SELECT `+memberColumns+` FROM initiative_members m
		JOIN users u ON u.id = m.user_id WHERE m.initiative_id = ?
		ORDER BY CASE m.role WHEN 'organizer' THEN 0 WHEN 'country_coordinator' THEN 1 ELSE 2 END, u.email`, initiativeID)
	return ms, wrap("members", err)
}

// Member returns one team member, or ErrNotFound when the user is not on the team.
func (db *DB) Member(ctx context.Context, initiativeID, userID int64) (initiative.Member, error) {
	m, err := get(ctx, db, scanMember, `SELECT `+memberColumns+` FROM initiative_members m
		JOIN users u ON u.id = m.user_id WHERE m.initiative_id = ? AND m.user_id = ?`, initiativeID, userID)
	return m, wrap("member", err)
}

// PutMember adds a team member or changes their role and countries, with the
// history entry h. A missing user or initiative is ErrNotFound; leaving the
// team without an organizer is ErrConflict.
func (db *DB) PutMember(ctx context.Context, m initiative.Member, h directory.HistoryEntry) error {
	err := db.writeTx(ctx, func(q txq) error {
		if err := q.putMember(ctx, m); err != nil {
			return err
		}
		return q.teamChanged(ctx, m.InitiativeID, h)
	})
	return wrap("put member", err)
}

// RemoveMember takes a user off the team, with the history entry h. A user
// not on the team is ErrNotFound; removing the last organizer is ErrConflict.
func (db *DB) RemoveMember(ctx context.Context, initiativeID, userID int64, h directory.HistoryEntry) error {
	err := db.writeTx(ctx, func(q txq) error {
		if err := q.execOne(ctx, `DELETE FROM initiative_members WHERE initiative_id = ? AND user_id = ?`, initiativeID, userID); err != nil {
			return err
		}
		return q.teamChanged(ctx, initiativeID, h)
	})
	return wrap("remove member", err)
}

func (q txq) putMember(ctx context.Context, m initiative.Member) error {
	_, err := q.exec(ctx, `INSERT INTO initiative_members (initiative_id, user_id, role, countries) VALUES (?, ?, ?, ?)
		ON CONFLICT (initiative_id, user_id) DO UPDATE SET role = excluded.role, countries = excluded.countries`,
		m.InitiativeID, m.UserID, string(m.Role), encodeCodes(m.Countries))
	return err
}

// teamChanged checks that the team still has an organizer and records h.
func (q txq) teamChanged(ctx context.Context, initiativeID int64, h directory.HistoryEntry) error {
	var n int
	if err := q.row(ctx, `SELECT COUNT(*) FROM initiative_members WHERE initiative_id = ? AND role = 'organizer'`,
		[]any{initiativeID}, &n); err != nil {
		return err
	}
	if n == 0 {
		return ErrConflict
	}
	h.EntityID = initiativeID
	return q.addHistory(ctx, h, writeTime(h))
}
