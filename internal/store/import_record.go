package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// update saves the rows idx (whose write values are in args) with one prepared UPDATE of every write column and
// updated_at, by id, then records them. A missing row is ErrNotFound.
func (imp *importer) update(ctx context.Context, idx []int, args [][]any, idOf func(int) int64) error {
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
		res, err := stmt.ExecContext(ctx, append(slices.Clip(args[i]), idOf(i))...)
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

// record writes the history and the changes of the rows ids (ascending and
// distinct). Each row gets one change. When the ids form one run (always on
// SQLite, usually on PostgreSQL) the batch gets one history entry, action
// "imported" with Detail {"op":…,"source":…}, covering the run (see History);
// otherwise each row gets its own. Writing a history row per imported row cost
// an eighth of the import's time.
func (imp *importer) record(ctx context.Context, ids []int64, op string) error {
	detail, err := json.Marshal(map[string]string{"source": imp.source, "op": op})
	if err != nil {
		return err
	}
	if err := imp.q.lockChanges(ctx); err != nil {
		return err
	}
	entity, at := string(imp.table.entity), imp.q.d.time(imp.at)
	first, last := ids[0], ids[len(ids)-1]
	if last-first == int64(len(ids)-1) {
		err := imp.execPrepared(ctx, `INSERT INTO history (entity, entity_id, last_entity_id, at, user_id, action, detail)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, []any{entity, first, last, at, imp.userID, ActionImported, string(detail)})
		if err != nil {
			return err
		}
		return imp.execPrepared(ctx, changeSelect+` FROM `+imp.table.name+` WHERE id BETWEEN ? AND ?`, []any{entity, at, first, last})
	}
	from := ` FROM ` + imp.table.name + ` WHERE id IN (` + placeholders(len(ids)) + `) ORDER BY id`
	if _, err := imp.q.exec(ctx, historySelect+from, append([]any{entity, at, imp.userID, ActionImported, string(detail)}, anyArgs(ids)...)...); err != nil {
		return err
	}
	_, err = imp.q.exec(ctx, changeSelect+from, append([]any{entity, at}, anyArgs(ids)...)...)
	return err
}

// ActionImported is the history action of a row written by an import.
const ActionImported = "imported"

const (
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
