package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// update saves the rows idx with one prepared UPDATE of every write column and
// updated_at, by id, then records them. A missing row is ErrNotFound.
func (imp *importer) update(ctx context.Context, idx []int, argsOf func(int) []any, idOf func(int) int64) error {
	if len(idx) == 0 {
		return nil
	}
	sets := strings.Join(imp.table.columns, " = ?, ") + " = ?"
	stmt, err := imp.q.tx.PrepareContext(ctx, imp.q.d.rebind(`UPDATE `+imp.table.name+` SET `+sets+
		`, updated_at = `+imp.atText+`, version = version + 1 WHERE id = ?`))
	if err != nil {
		return imp.q.d.mapErr(err)
	}
	defer stmt.Close()
	ids := make([]int64, 0, len(idx))
	for _, i := range idx {
		res, err := stmt.ExecContext(ctx, append(argsOf(i), idOf(i))...)
		if err != nil {
			return imp.q.d.mapErr(err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return fmt.Errorf("%s %d: %w", imp.table.entity, idOf(i), cmpOr(imp.q.d.mapErr(err), ErrNotFound))
		}
		ids = append(ids, idOf(i))
	}
	slices.Sort(ids)
	for chunk := range slices.Chunk(slices.Compact(ids), importBatch) {
		if err := imp.record(ctx, chunk, "update"); err != nil {
			return err
		}
	}
	return nil
}

// cmpOr returns err, or def when err is nil.
func cmpOr(err, def error) error {
	if err != nil {
		return err
	}
	return def
}

// record writes one history entry (action "imported", Detail
// {"op":…,"source":…}) and one change per id, with one INSERT ... SELECT each,
// in id order. ids are ascending and distinct; when they form one run (always
// on SQLite, usually on PostgreSQL) the ids are counted out with statements
// prepared once per import; otherwise the rows are selected by an IN list.
func (imp *importer) record(ctx context.Context, ids []int64, op string) error {
	detail, err := json.Marshal(map[string]string{"source": imp.source, "op": op})
	if err != nil {
		return err
	}
	if err := imp.q.lockChanges(ctx); err != nil {
		return err
	}
	entity := string(imp.table.entity)
	hist := []any{entity, imp.q.d.time(imp.at), imp.userID, ActionImported, string(detail)}
	change := []any{entity, imp.q.d.time(imp.at)}
	if ids[len(ids)-1]-ids[0] == int64(len(ids)-1) {
		run := []any{ids[0], ids[len(ids)-1]}
		if err := imp.execPrepared(ctx, idRun+historySelect+` FROM ids`, append(run, hist...)); err != nil {
			return err
		}
		return imp.execPrepared(ctx, idRun+changeSelect+` FROM ids`, append(run, change...))
	}
	from := ` FROM ` + imp.table.name + ` WHERE id IN (` + placeholders(len(ids)) + `) ORDER BY id`
	if _, err := imp.q.exec(ctx, historySelect+from, append(hist, int64Args(ids)...)...); err != nil {
		return err
	}
	_, err = imp.q.exec(ctx, changeSelect+from, append(change, int64Args(ids)...)...)
	return err
}

// ActionImported is the history action of a row written by an import.
const ActionImported = "imported"

const (
	// idRun counts from the first to the last id of a run, so that the rows
	// just written need not be read back.
	idRun         = `WITH RECURSIVE ids(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT id + 1 FROM ids WHERE id < ?) `
	historySelect = `INSERT INTO history (entity, entity_id, at, user_id, action, detail) SELECT ?, id, ?, ?, ?, ?`
	changeSelect  = `INSERT INTO changes (entity, entity_id, at) SELECT ?, id, ?`
)

// execPrepared runs query (prepared once per import) with args, which must be
// encoded for the engine already.
func (imp *importer) execPrepared(ctx context.Context, query string, args []any) error {
	stmt, ok := imp.stmts[query]
	if !ok {
		var err error
		if stmt, err = imp.q.tx.PrepareContext(ctx, imp.q.d.rebind(query)); err != nil {
			return imp.q.d.mapErr(err)
		}
		imp.stmts[query] = stmt
	}
	_, err := stmt.ExecContext(ctx, args...)
	return imp.q.d.mapErr(err)
}
