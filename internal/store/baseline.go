package store

import (
	"context"
	"fmt"
	"strings"
)

// The search baseline is full-text search done by the database engine itself:
// SQLite FTS5 ranked with bm25, or a PostgreSQL tsvector column with a GIN index
// ranked with ts_rank, each with facet counts by GROUP BY. Coalition does not
// serve searches this way; `coalition bench search` runs the same queries through
// it to measure the project's own index against the engines' built-in search.

// BaselineQuery is a search for the baseline: words (the last one a prefix) and
// optional equality filters on single-valued facet columns.
type BaselineQuery struct {
	Words   []string // already folded to lower-case Latin words
	Country string
	Kind    string
}

// BaselineResult is the top of a baseline search with its total and facet counts.
type BaselineResult struct {
	IDs    []int64
	Total  int
	Facets map[string]map[string]int
}

// baselineFacets are the single-valued columns the baseline counts.
var baselineFacets = []string{"country", "level", "sector", "kind"}

// BuildSearchBaseline (re)creates the baseline's full-text table from every
// organization: its name and other names, and its descriptions.
func (db *DB) BuildSearchBaseline(ctx context.Context) error {
	stmts := sqliteBaseline
	if db.d.engine == postgresDialect.engine {
		stmts = postgresBaseline
	}
	for _, s := range stmts {
		if _, err := db.w.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("store: search baseline: %w", db.d.mapErr(err))
		}
	}
	return nil
}

// DropSearchBaseline removes the baseline's table.
func (db *DB) DropSearchBaseline(ctx context.Context) error {
	_, err := db.w.ExecContext(ctx, "DROP TABLE IF EXISTS search_baseline")
	return db.d.mapErr(err)
}

var sqliteBaseline = []string{
	"DROP TABLE IF EXISTS search_baseline",
	`CREATE VIRTUAL TABLE search_baseline USING fts5(name, body, content='', tokenize='unicode61 remove_diacritics 2')`,
	`INSERT INTO search_baseline (rowid, name, body)
	 SELECT id,
	        name || ' ' || coalesce((SELECT group_concat(json_extract(value, '$.value'), ' ') FROM json_each(names)), ''),
	        coalesce((SELECT group_concat(json_extract(value, '$.value'), ' ') FROM json_each(descriptions)), '')
	 FROM organizations WHERE archived = 0`,
}

var postgresBaseline = []string{
	"DROP TABLE IF EXISTS search_baseline",
	`CREATE TABLE search_baseline (id BIGINT PRIMARY KEY, tsv TSVECTOR NOT NULL)`,
	`INSERT INTO search_baseline (id, tsv)
	 SELECT id,
	        setweight(to_tsvector('simple', name || ' ' || coalesce((SELECT string_agg(e->>'value', ' ') FROM jsonb_array_elements(names::jsonb) e), '')), 'A') ||
	        setweight(to_tsvector('simple', coalesce((SELECT string_agg(e->>'value', ' ') FROM jsonb_array_elements(descriptions::jsonb) e), '')), 'D')
	 FROM organizations WHERE NOT archived`,
	`CREATE INDEX search_baseline_tsv ON search_baseline USING GIN (tsv)`,
	`ANALYZE search_baseline`,
}

// SearchBaseline runs q through the engine's own full-text search: the top limit
// ids by rank, the number of matches and the facet counts.
func (db *DB) SearchBaseline(ctx context.Context, q BaselineQuery, limit int) (BaselineResult, error) {
	match, where, args := db.baselineMatch(q)
	res := BaselineResult{Facets: map[string]map[string]int{}}
	ids, err := list(ctx, db, scanInt64, db.baselineTop(match, where, limit), args...)
	if err != nil {
		return res, err
	}
	res.IDs = ids
	for _, f := range baselineFacets {
		counts, err := db.baselineFacet(ctx, match, where, f, args)
		if err != nil {
			return res, err
		}
		res.Facets[f] = counts
	}
	for _, n := range res.Facets["country"] {
		res.Total += n
	}
	return res, nil
}

// baselineMatch returns the engine's match clause, the extra filters and the arguments.
func (db *DB) baselineMatch(q BaselineQuery) (match, where string, args []any) {
	if db.d.engine == postgresDialect.engine {
		terms := make([]string, len(q.Words))
		for i, w := range q.Words {
			terms[i] = w
			if i == len(q.Words)-1 {
				terms[i] += ":*"
			}
		}
		match, args = "b.tsv @@ query", []any{strings.Join(terms, " & ")}
	} else {
		terms := make([]string, len(q.Words))
		for i, w := range q.Words {
			terms[i] = `"` + w + `"`
			if i == len(q.Words)-1 {
				terms[i] += "*"
			}
		}
		match, args = "search_baseline MATCH ?", []any{strings.Join(terms, " ")}
	}
	if q.Country != "" {
		where, args = where+" AND o.country = ?", append(args, q.Country)
	}
	if q.Kind != "" {
		where, args = where+" AND o.kind = ?", append(args, q.Kind)
	}
	return match, where, args
}

// baselineFrom is the FROM clause: the full-text table joined to organizations
// (and, on PostgreSQL, the parsed query, whose placeholder comes first).
func (db *DB) baselineFrom() string {
	if db.d.engine == postgresDialect.engine {
		return "to_tsquery('simple', ?) query, search_baseline b JOIN organizations o ON o.id = b.id"
	}
	return "search_baseline b JOIN organizations o ON o.id = b.rowid"
}

func (db *DB) baselineTop(match, where string, limit int) string {
	rank := "bm25(search_baseline, 10.0, 1.0)"
	if db.d.engine == postgresDialect.engine {
		rank = "ts_rank(b.tsv, query) DESC"
	}
	return fmt.Sprintf("SELECT o.id FROM %s WHERE %s%s ORDER BY %s LIMIT %d", db.baselineFrom(), match, where, rank, limit)
}

func (db *DB) baselineFacet(ctx context.Context, match, where, column string, args []any) (map[string]int, error) {
	q := fmt.Sprintf("SELECT o.%s, COUNT(*) FROM %s WHERE %s%s GROUP BY o.%s", column, db.baselineFrom(), match, where, column)
	rows, err := db.r.QueryContext(ctx, db.d.rebind(q), db.d.args(args)...)
	if err != nil {
		return nil, db.d.mapErr(err)
	}
	defer rows.Close()
	counts := map[string]int{}
	for rows.Next() {
		var v string
		var n int
		if err := rows.Scan(&v, &n); err != nil {
			return nil, db.d.mapErr(err)
		}
		counts[v] = n
	}
	return counts, db.d.mapErr(rows.Err())
}

func scanInt64(r rowScanner) (int64, error) {
	var n int64
	err := r.Scan(&n)
	return n, err
}
