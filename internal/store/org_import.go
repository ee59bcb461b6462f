package store

import (
	"context"
	"iter"
	"time"

	"coalition/internal/directory"
)

// ImportOrgs creates or updates many organizations in one transaction: those
// with ID 0 are created (in multi-row INSERTs), the others updated without a
// version check (a missing one is ErrNotFound and nothing is imported). Every
// row gets one change. Its history is one entry per batch of up to 500 rows
// with consecutive ids, action "imported" with Detail
// {"op":"create"|"update","source":…}, which History returns for each record
// of the batch (rows with scattered ids get an entry each). The caller's
// slice is updated: created rows get their ID, every row its Version and
// UpdatedAt, created rows their CreatedAt. nameKeys, when not nil, holds the
// directory.NameKey of each row's name; otherwise they are computed here.
// BenchmarkImportOrgs measures it.
func (db *DB) ImportOrgs(ctx context.Context, orgs []directory.Organization, nameKeys []string, at time.Time, userID int64, source string) error {
	return db.ImportOrgChunks(ctx, db.encodeAhead(orgs, nameKeys), at, userID, source)
}

// encodeChunk is the number of rows ImportOrgs encodes at a time.
const encodeChunk = 2000

// encodeAhead yields orgs in chunks that a goroutine encodes one chunk ahead
// of the writer, so that encoding overlaps writing.
func (db *DB) encodeAhead(orgs []directory.Organization, nameKeys []string) iter.Seq[*directory.OrgChunk] {
	return func(yield func(*directory.OrgChunk) bool) {
		ch, done := make(chan *directory.OrgChunk), make(chan struct{})
		defer func() {
			close(done)
			for range ch { // the goroutine has ended once ch is closed
			}
		}()
		go func() {
			defer close(ch)
			for start := 0; start < len(orgs); start += encodeChunk {
				end := min(start+encodeChunk, len(orgs))
				c := &directory.OrgChunk{Orgs: orgs[start:end]}
				if nameKeys != nil {
					c.NameKeys = nameKeys[start:end]
				}
				db.EncodeOrgChunk(c)
				select {
				case ch <- c:
				case <-done:
					return
				}
			}
		}()
		for c := range ch {
			if !yield(c) {
				return
			}
		}
	}
}

// EncodeOrgChunk computes the name keys c lacks and every row's write values,
// ahead of ImportOrgChunks and outside its transaction.
func (db *DB) EncodeOrgChunk(c *directory.OrgChunk) {
	if c.NameKeys == nil {
		c.NameKeys = make([]string, len(c.Orgs))
		for i := range c.Orgs {
			c.NameKeys[i] = directory.NameKey(c.Orgs[i].Name)
		}
	}
	args := make([][]any, len(c.Orgs))
	values := make([]any, 0, len(c.Orgs)*orgWriteCount) // one allocation for the chunk
	for i := range c.Orgs {
		values = appendOrgWriteArgs(values, &c.Orgs[i], c.NameKeys[i])
		args[i] = values[len(values)-orgWriteCount : len(values) : len(values)]
	}
	c.Encoded = args
}

// ImportOrgChunks is ImportOrgs for rows that arrive in parts: it writes each
// chunk as it comes, all in one transaction that commits once chunks ends. An
// importer can so write one part while it reads the next. A chunk that
// EncodeOrgChunk has not seen is encoded here. The chunks' rows are updated
// as ImportOrgs describes, after the commit; when it fails they are left as
// they were.
func (db *DB) ImportOrgChunks(ctx context.Context, chunks iter.Seq[*directory.OrgChunk], at time.Time, userID int64, source string) error {
	at = normTime(at)
	var written []orgChunk
	err := db.importTx(ctx, true, func(q txq) (int, error) {
		imp := newImporter(q, at, userID, source, orgTable)
		defer imp.close()
		rows, err := 0, error(nil)
		for c := range chunks {
			var w orgChunk
			if w, err = imp.writeOrgs(ctx, c, db.encoded(c)); err != nil {
				break
			}
			written, rows = append(written, w), rows+len(c.Orgs)
		}
		return rows, err
	})
	if err != nil {
		return wrap("import organizations", err)
	}
	for _, w := range written {
		w.apply(at)
	}
	return nil
}

// encoded returns c's write values, encoding them first when needed.
func (db *DB) encoded(c *directory.OrgChunk) [][]any {
	args, ok := c.Encoded.([][]any)
	if !ok || len(args) != len(c.Orgs) || len(c.NameKeys) != len(c.Orgs) {
		db.EncodeOrgChunk(c)
		args = c.Encoded.([][]any)
	}
	return args
}

// orgChunk is a chunk of organizations written in an import transaction, with
// the ids its new rows were given.
type orgChunk struct {
	orgs             []directory.Organization
	creates, updates []int
	ids              []int64
}

// writeOrgs creates and updates the rows of one chunk and stores their
// alternative name keys.
func (imp *importer) writeOrgs(ctx context.Context, chunk *directory.OrgChunk, args [][]any) (orgChunk, error) {
	orgs := chunk.Orgs
	c := orgChunk{orgs: orgs}
	c.creates, c.updates = splitByID(len(orgs), func(i int) int64 { return orgs[i].ID })
	var err error
	if c.ids, err = imp.create(ctx, c.creates, args); err != nil {
		return c, err
	}
	if err := imp.update(ctx, c.updates, args, func(i int) int64 { return orgs[i].ID }); err != nil {
		return c, err
	}
	return c, imp.q.importNameKeys(ctx, orgs, chunk.NameKeys, c.creates, c.ids, c.updates)
}

// apply gives the chunk's rows their ids, versions and times once committed.
func (c orgChunk) apply(at time.Time) {
	for k, i := range c.creates {
		c.orgs[i].ID, c.orgs[i].Version, c.orgs[i].CreatedAt, c.orgs[i].UpdatedAt = c.ids[k], 1, at, at
	}
	for _, i := range c.updates {
		c.orgs[i].Version++
		c.orgs[i].UpdatedAt = at
	}
}

// importNameKeys stores the alternative name keys of the created rows (with
// their new ids) and replaces those of the updated ones.
func (q txq) importNameKeys(ctx context.Context, orgs []directory.Organization, nameKeys []string, creates []int, ids []int64, updates []int) error {
	for k, i := range creates {
		if len(orgs[i].Names) == 0 {
			continue
		}
		if err := q.setOrgNameKeys(ctx, ids[k], directory.AltNameKeys(&orgs[i], nameKeys[i]), false); err != nil {
			return err
		}
	}
	for _, i := range updates {
		if err := q.setOrgNameKeys(ctx, orgs[i].ID, directory.AltNameKeys(&orgs[i], nameKeys[i]), true); err != nil {
			return err
		}
	}
	return nil
}
