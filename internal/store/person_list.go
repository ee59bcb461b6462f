package store

import (
	"context"
	"strings"

	"coalition/internal/directory"
)

// ListPeople returns a page of people matching q, ordered by family and given
// name, and the number of all matches. The text matches the stored name key
// (folded, any script in Latin letters) word by word as prefixes.
func (db *DB) ListPeople(ctx context.Context, q directory.PeopleQuery) ([]directory.Person, int, error) {
	where, args := peopleWhere(q)
	total, err := get(ctx, db, scanInt, "SELECT COUNT(*) FROM people p WHERE "+where, args...)
	if err != nil {
		return nil, 0, wrap("count people", err)
	}
	page, err := list(ctx, db, scanPerson, "SELECT "+personColumns+" FROM people p WHERE "+where+
		" ORDER BY p.family_name, p.given_name, p.id LIMIT ? OFFSET ?", append(args, q.Limit, q.Offset)...)
	return page, total, wrap("list people", err)
}

func peopleWhere(q directory.PeopleQuery) (string, []any) {
	conds, args := []string{"p.merged_into IS NULL"}, []any{}
	if !q.Archived {
		conds = append(conds, "p.archived = ?")
		args = append(args, false)
	}
	if q.Country != "" {
		conds, args = append(conds, "p.country = ?"), append(args, q.Country)
	}
	if q.Kind != "" {
		conds, args = append(conds, "p.kind = ?"), append(args, q.Kind)
	}
	for _, w := range strings.Fields(q.Text) {
		conds = append(conds, "(p.name_key LIKE ? OR p.name_key LIKE ?)")
		args = append(args, w+"%", "% "+w+"%")
	}
	return strings.Join(conds, " AND "), args
}
