package store

import (
	"context"
	"database/sql"

	"coalition/internal/directory"
	"coalition/internal/initiative"
)

func scanTally(r rowScanner) (initiative.Tally, error) {
	var t initiative.Tally
	var on string
	err := r.Scan(&t.ID, &t.InitiativeID, &t.Country, &on, &t.Count, &t.Source, scanTime(&t.CreatedAt))
	if err == nil {
		t.On, err = parseDate(on)
	}
	return t, err
}

// AddTallies stores tallies with the history entry h, in one transaction, and
// sets their ID and CreatedAt. A missing initiative is ErrNotFound.
func (db *DB) AddTallies(ctx context.Context, ts []initiative.Tally, h directory.HistoryEntry) error {
	at := writeTime(h)
	err := db.writeTx(ctx, func(q txq) error {
		for i := range ts {
			t := &ts[i]
			id, err := q.insert(ctx, `INSERT INTO tallies (initiative_id, country, on_day, count, source, created_at)
				VALUES (?, ?, ?, ?, ?, ?)`, t.InitiativeID, t.Country, dateText(t.On), t.Count, t.Source, at)
			if err != nil {
				return err
			}
			t.ID, t.CreatedAt = id, at
		}
		return q.addHistory(ctx, h, at)
	})
	return wrap("add tallies", err)
}

// Tallies returns an initiative's tallies by day, then in the order added.
func (db *DB) Tallies(ctx context.Context, initiativeID int64) ([]initiative.Tally, error) {
	ts, err := list(ctx, db, scanTally, `SELECT id, initiative_id, country, on_day, count, source, created_at
		FROM tallies WHERE initiative_id = ? ORDER BY on_day, id`, initiativeID)
	return ts, wrap("tallies", err)
}

// DeliveryRecords returns, for each of orgIDs with one, the signatures it
// pledged and delivered in the engagements it has ended, in any initiative.
func (db *DB) DeliveryRecords(ctx context.Context, orgIDs []int64) (map[int64]initiative.DeliveryRecord, error) {
	out := map[int64]initiative.DeliveryRecord{}
	if len(orgIDs) == 0 {
		return out, nil
	}
	args := make([]any, len(orgIDs))
	for i, id := range orgIDs {
		args[i] = id
	}
	type pledgeRow struct {
		org                int64
		pledged, delivered string
	}
	rows, err := list(ctx, db, func(r rowScanner) (pledgeRow, error) {
		var p pledgeRow
		var org sql.NullInt64
		err := r.Scan(&org, &p.pledged, &p.delivered)
		p.org = org.Int64
		return p, err
	}, `SELECT org_id, pledge_signatures, delivered_signatures FROM engagements
		WHERE stage = 'ended' AND pledge_signatures <> '{}' AND org_id IN (`+placeholders(len(orgIDs))+`)`, args...)
	if err != nil {
		return nil, wrap("delivery records", err)
	}
	for _, p := range rows {
		pledged, err := decodeCounts(p.pledged)
		if err != nil {
			return nil, err
		}
		delivered, err := decodeCounts(p.delivered)
		if err != nil {
			return nil, err
		}
		r := out[p.org]
		r.Pledged, r.Delivered = r.Pledged+sum(pledged), r.Delivered+sum(delivered)
		out[p.org] = r
	}
	return out, nil
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
