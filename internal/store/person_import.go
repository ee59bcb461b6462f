package store

import (
	"context"
	"time"

	"coalition/internal/directory"
)

var personTable = newImportTable("people", directory.EntityPerson, personWriteColumns, personWriteArgs(&directory.Person{}))

// ImportPeople is ImportOrgs for people: one transaction, multi-row INSERTs for
// new people (ID 0), unchecked updates for the others, one change per row and
// one history entry per batch. The caller's slice is updated the same way.
func (db *DB) ImportPeople(ctx context.Context, people []directory.Person, at time.Time, userID int64, source string) error {
	creates, updates := splitByID(len(people), func(i int) int64 { return people[i].ID })
	args := make([][]any, len(people))
	for i := range people {
		args[i] = db.d.args(personWriteArgs(&people[i]))
	}
	at = normTime(at)
	var ids []int64
	err := db.importTx(ctx, false, func(q txq) (int, error) {
		imp := newImporter(q, at, userID, source, personTable)
		defer imp.close()
		var err error
		if ids, err = imp.create(ctx, creates, args); err != nil {
			return 0, err
		}
		return len(people), imp.update(ctx, updates, args, func(i int) int64 { return people[i].ID })
	})
	if err != nil {
		return wrap("import people", err)
	}
	for k, i := range creates {
		people[i].ID, people[i].Version, people[i].CreatedAt, people[i].UpdatedAt = ids[k], 1, at, at
	}
	for _, i := range updates {
		people[i].Version++
		people[i].UpdatedAt = at
	}
	for i := range people {
		people[i].Consent = normConsent(people[i].Consent)
	}
	return nil
}
