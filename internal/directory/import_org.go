package directory

import (
	"context"
	"errors"
	"slices"

	"coalition/internal/errs"
)

// ImportOrgs imports organizations from rows. Each row is mapped (see
// MapHeader), validated and matched with a stored organization: first by any
// registry id, then by NameKey and country. A match is updated when the row
// changes something (empty cells change nothing), otherwise counted as
// unchanged; a row without a match is created. A row that is invalid, repeats
// an earlier row, or matches several stored organizations is rejected and
// reported with its row number, column and reason; the other rows are
// imported all the same. A writer goroutine stores the rows as they are read,
// in transactions of up to opts.BatchSize rows (see txFeed). The error is for
// the file as a whole (unreadable, missing name column); rejected rows are
// not errors.
func (s *Service) ImportOrgs(ctx context.Context, actor Actor, rows Rows, opts ImportOptions) (Report, error) {
	if _, _, err := resolveProfile(EntityOrganization, rows.Header(), &opts); err != nil {
		return Report{}, err
	}
	m, err := MapHeader(EntityOrganization, rows.Header(), opts.Map)
	if err != nil {
		return Report{}, err
	}
	imp := &orgImport{importRun: newImportRun(ctx, s, actor, opts, m)}
	if imp.empty, err = s.noOrgs(ctx); err != nil {
		return Report{}, err
	}
	if !opts.DryRun {
		imp.w = startWriterLoop(imp.writeAll)
	}
	err = imp.loop(rows, imp.row)
	return finish(&imp.importRun, imp.w, imp.drain, err)
}

// noOrgs reports whether the store holds no organization at all, in which
// case rows need not be looked up.
func (s *Service) noOrgs(ctx context.Context) (bool, error) {
	err := s.store.ScanOrgs(ctx, func(Organization) error { return errStop })
	if errors.Is(err, errStop) {
		return false, nil
	}
	return err == nil, err
}

// orgImport is one run of ImportOrgs.
type orgImport struct {
	importRun
	cur     Organization // the row being read
	batch   []Organization
	lines   []int    // the row of each batch entry
	keys    []string // the NameKey of each batch entry
	w       *asyncWriter[Organization]
	pending []pendingOrg // rows waiting for their lookup
}

// row imports one row.
func (imp *orgImport) row(line int, row []string) error {
	o := &imp.cur // the mapping's setters would move a local to the heap, row after row
	*o = Organization{}
	bad := imp.m.applyOrg(row, o, nil)
	if o.Source == "" {
		o.Source = imp.opts.Source
	}
	if ps := ValidateOrganization(o); ps != nil || bad != nil {
		imp.rejectAll(line, bad, ps)
		return nil
	}
	key := NameKey(o.Name)
	var buf [3]exactKey
	if first := imp.duplicate(line, orgKeys(o, buf[:0]), nameKey{o.Country, key}, orgIdentity(o)); first != 0 {
		imp.reject(line, -1, "import.duplicate_row", "row", first)
		return nil
	}
	if imp.empty {
		return imp.add(line, *o, key)
	}
	return imp.wait(line, row, o, key)
}

// matched goes on with a row once it has been looked up: cur is the stored
// organization it matched, or nil. A row without a match is created, one
// that matches several is rejected, and one that matches a record an earlier
// row matched repeats that row.
func (imp *orgImport) matched(line int, row []string, o *Organization, key string, cur *Organization, err error) error {
	switch {
	case errors.Is(err, errAmbiguous):
		imp.reject(line, -1, "import.ambiguous_match")
		return nil
	case err != nil:
		return err
	case cur == nil:
		return imp.add(line, *o, key)
	}
	if first := imp.claim(line, cur.ID); first != 0 {
		imp.reject(line, -1, "import.duplicate_row", "row", first)
		return nil
	}
	return imp.update(line, row, cur)
}

// update applies the row to a copy of the stored organization and queues it
// when that changes anything.
func (imp *orgImport) update(line int, row []string, cur *Organization) error {
	o := cloneOrg(*cur)
	imp.m.applyOrg(row, &o, nil)
	if ps := ValidateOrganization(&o); ps != nil {
		imp.rejectAll(line, nil, ps)
		return nil
	}
	if len(orgChanges(cur, &o)) == 0 {
		imp.report.Unchanged++
		return nil
	}
	return imp.add(line, o, NameKey(o.Name))
}

// add queues o, whose name key is key, for writing and hands a full chunk to
// the writer.
func (imp *orgImport) add(line int, o Organization, key string) error {
	imp.batch, imp.lines, imp.keys = append(imp.batch, o), append(imp.lines, line), append(imp.keys, key)
	if len(imp.batch) >= imp.chunkSize() {
		return imp.flush()
	}
	return nil
}

// chunkSize is the number of rows handed to the writer at a time.
func (imp *orgImport) chunkSize() int {
	return min(imp.opts.BatchSize, importChunk)
}

// orgKeys appends the registry ids of o, as exact duplicate keys, to keys.
func orgKeys(o *Organization, keys []exactKey) []exactKey {
	if r := o.Registry; r.Transparency != "" {
		keys = append(keys, exactKey{'t', "", r.Transparency})
	}
	if o.Registry.PIC != "" {
		keys = append(keys, exactKey{'p', "", o.Registry.PIC})
	}
	if o.Registry.National != "" {
		keys = append(keys, exactKey{'n', o.Country, o.Registry.National})
	}
	return keys
}

func orgIdentity(o *Organization) identity {
	return identity{o.Registry.Transparency, o.Registry.PIC, o.Registry.National}
}

func cloneOrg(o Organization) Organization {
	o.Names, o.Descriptions = slices.Clone(o.Names), slices.Clone(o.Descriptions)
	o.Functions, o.Topics, o.Languages = slices.Clone(o.Functions), slices.Clone(o.Topics), slices.Clone(o.Languages)
	return o
}

// drain looks up the rows still waiting and hands what is queued to the
// writer.
func (imp *orgImport) drain() error {
	if err := imp.resolve(); err != nil {
		return err
	}
	return imp.flush()
}

// flush hands the queued rows to the writer (or, in a dry run, counts them).
func (imp *orgImport) flush() error {
	if len(imp.batch) == 0 {
		return nil
	}
	j := writeJob[Organization]{batch: imp.batch, lines: imp.lines, keys: imp.keys}
	n := imp.chunkSize()
	imp.batch, imp.lines, imp.keys = make([]Organization, 0, n), make([]int, 0, n), make([]string, 0, n)
	if imp.w == nil {
		countBatch(&imp.report, j.batch, orgID)
		return nil
	}
	c := OrgChunk{Orgs: j.batch, NameKeys: j.keys}
	imp.s.store.EncodeOrgChunk(&c) // here, while the writer writes the chunk before
	j.encoded = c.Encoded
	return imp.w.send(j)
}

// writeAll writes the queued chunks, in transactions of up to BatchSize rows
// (see txFeed).
func (imp *orgImport) writeAll(jobs <-chan writeJob[Organization], rep *Report) error {
	f := &txFeed[Organization]{jobs: jobs, maxRows: imp.opts.BatchSize, window: txWindow}
	for f.more() {
		if err := imp.writeTx(f, rep); err != nil {
			return err
		}
	}
	return nil
}

// writeTx writes one transaction's worth of chunks. When a registry id turns
// out to be taken (another writer got there first), nothing of it is written
// and its chunks are written again one by one (see retry).
func (imp *orgImport) writeTx(f *txFeed[Organization], rep *Report) error {
	created := 0
	chunks := func(yield func(*OrgChunk) bool) {
		for j := range f.tx() {
			created += countNew(j.batch, orgID)
			if !yield(&OrgChunk{Orgs: j.batch, NameKeys: j.keys, Encoded: j.encoded}) {
				return
			}
		}
	}
	err := imp.s.store.ImportOrgChunks(imp.ctx, chunks, imp.s.now(), imp.actor.UserID, imp.opts.Source)
	if errors.Is(err, errs.ErrConflict) {
		return imp.retry(f.taken, rep)
	}
	if err != nil {
		return err
	}
	rows := 0
	for _, j := range f.taken {
		rows += len(j.batch)
	}
	rep.Created += created
	rep.Updated += rows - created
	return nil
}

// retry writes each chunk in a transaction of its own, and the rows of a
// chunk that conflicts one by one, so that only the conflicting rows are
// rejected.
func (imp *orgImport) retry(jobs []writeJob[Organization], rep *Report) error {
	for _, j := range jobs {
		err := imp.store(j.batch, j.keys, rep)
		if !errors.Is(err, errs.ErrConflict) {
			if err != nil {
				return err
			}
			continue
		}
		for i := range j.batch {
			if err := imp.store(j.batch[i:i+1], j.keys[i:i+1], rep); errors.Is(err, errs.ErrConflict) {
				rep.reject(RowProblem{Row: j.lines[i], Key: "error.conflict"})
			} else if err != nil {
				return err
			}
		}
	}
	return nil
}

// store writes batch in one transaction and counts it.
func (imp *orgImport) store(batch []Organization, keys []string, rep *Report) error {
	created := countNew(batch, orgID)
	chunk := func(yield func(*OrgChunk) bool) { yield(&OrgChunk{Orgs: batch, NameKeys: keys}) }
	if err := imp.s.store.ImportOrgChunks(imp.ctx, chunk, imp.s.now(), imp.actor.UserID, imp.opts.Source); err != nil {
		return err
	}
	rep.Created += created
	rep.Updated += len(batch) - created
	return nil
}

// orgID is the id of o, for countNew.
func orgID(o *Organization) int64 { return o.ID }

// countBatch counts a batch as written, for a dry run.
func countBatch[T any](rep *Report, batch []T, id func(*T) int64) {
	created := countNew(batch, id)
	rep.Created += created
	rep.Updated += len(batch) - created
}

// countNew counts the records without an id.
func countNew[T any](batch []T, id func(*T) int64) int {
	n := 0
	for i := range batch {
		if id(&batch[i]) == 0 {
			n++
		}
	}
	return n
}
