package directory

import (
	"errors"

	"coalition/internal/errs"
)

// drain looks up the rows still waiting and hands what is queued to the
// writer.
func (imp *personImport) drain() error {
	if err := imp.resolve(); err != nil {
		return err
	}
	return imp.flush()
}

// flush hands the queued people and links to the writer (in a dry run,
// counts them and checks the organizations the links name).
func (imp *personImport) flush() error {
	if len(imp.batch) == 0 && len(imp.links) == 0 {
		return nil
	}
	j := writeJob[Person]{batch: imp.batch, lines: imp.lines, links: imp.links}
	imp.batch, imp.lines, imp.links = make([]Person, 0, imp.opts.BatchSize), make([]int, 0, imp.opts.BatchSize), nil
	if imp.w != nil {
		return imp.w.send(j)
	}
	countBatch(&imp.report, j.batch, func(p *Person) int64 { return p.ID })
	return imp.linkAll(j.links, &imp.report)
}

// write stores one batch (one person at a time after a conflict, as
// orgImport.write does), then links the people written, and those of the
// batch's links that were stored already, to their organizations.
func (imp *personImport) write(j writeJob[Person], rep *Report) error {
	written := make([]bool, len(j.batch))
	err := imp.store(j.batch, rep)
	switch {
	case err == nil:
		for i := range written {
			written[i] = true
		}
	case errors.Is(err, errs.ErrConflict):
		if err := imp.storeOneByOne(j, written, rep); err != nil {
			return err
		}
	default:
		return err
	}
	ls := j.links[:0:0]
	for _, l := range j.links {
		if l.index >= 0 && written[l.index] {
			l.personID = j.batch[l.index].ID
		}
		if l.personID != 0 {
			ls = append(ls, l)
		}
	}
	return imp.linkAll(ls, rep)
}

// storeOneByOne writes each person in its own transaction, rejecting those
// that conflict with a stored one.
func (imp *personImport) storeOneByOne(j writeJob[Person], written []bool, rep *Report) error {
	for i := range j.batch {
		err := imp.store(j.batch[i:i+1], rep)
		switch {
		case errors.Is(err, errs.ErrConflict):
			rep.reject(RowProblem{Row: j.lines[i], Key: "error.conflict"})
		case err != nil:
			return err
		default:
			written[i] = true
		}
	}
	return nil
}

func (imp *personImport) store(batch []Person, rep *Report) error {
	if len(batch) == 0 {
		return nil
	}
	created := countNew(batch, func(p *Person) int64 { return p.ID })
	if err := imp.s.store.ImportPeople(imp.ctx, batch, imp.s.now(), imp.actor.UserID, imp.opts.Source); err != nil {
		return err
	}
	rep.Created += created
	rep.Updated += len(batch) - created
	return nil
}
