package directory

import (
	"errors"
	"slices"

	"coalition/internal/errs"
)

// flush hands the queued people to the writer (in a dry run, counts them and
// checks their organizations).
func (imp *personImport) flush() error {
	if len(imp.batch) == 0 {
		return nil
	}
	j := writeJob[Person]{batch: imp.batch, lines: imp.lines, links: imp.links}
	imp.batch, imp.lines, imp.links = make([]Person, 0, imp.opts.BatchSize), make([]int, 0, imp.opts.BatchSize), nil
	if imp.w != nil {
		return imp.w.send(j)
	}
	countBatch(&imp.report, j.batch, func(p *Person) int64 { return p.ID })
	for _, l := range j.links {
		if err := imp.linkNow(l, &imp.report); err != nil {
			return err
		}
	}
	return nil
}

// write stores one batch (one person at a time after a conflict, as
// orgImport.write does), then links the affiliations of those written.
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
	for _, l := range j.links {
		if written[l.index] {
			l.personID = j.batch[l.index].ID
			if err := imp.linkNow(l, rep); err != nil {
				return err
			}
		}
	}
	return nil
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
	created := countNew(batch, func(p *Person) int64 { return p.ID })
	if err := imp.s.store.ImportPeople(imp.ctx, batch, imp.s.now(), imp.actor.UserID, imp.opts.Source); err != nil {
		return err
	}
	rep.Created += created
	rep.Updated += len(batch) - created
	return nil
}

// linkNow links a written person to the organization a row names, unless
// they are already linked. In a dry run it only looks the organization up.
func (imp *personImport) linkNow(l link, rep *Report) error {
	if l.org == "" {
		return nil
	}
	org, warn, err := imp.findOrg(l.org, l.country)
	if err != nil || warn != "" {
		imp.warnRow(l, warn, rep)
		return err
	}
	if imp.opts.DryRun || l.personID == 0 {
		return nil
	}
	as, err := imp.s.store.AffiliationsOfPerson(imp.ctx, l.personID)
	if err != nil {
		return err
	}
	if slices.ContainsFunc(as, func(a Affiliation) bool { return a.OrgID == org.ID && a.To.IsZero() }) {
		return nil
	}
	_, err = imp.s.AddAffiliation(imp.ctx, imp.actor, Affiliation{PersonID: l.personID, OrgID: org.ID, Role: l.role})
	return err
}

// findOrg finds the one organization named name, in country first, then
// anywhere. warn is a message key when there is none or several.
func (imp *personImport) findOrg(name, country string) (*Organization, string, error) {
	key := NameKey(name)
	for _, c := range []string{country, ""} {
		cands, err := imp.s.store.OrgsByNameKey(imp.ctx, key, c)
		if err != nil {
			return nil, "", err
		}
		if org, err := only(cands); errors.Is(err, errAmbiguous) {
			return nil, "import.org_ambiguous", nil
		} else if org != nil {
			return org, "", nil
		}
	}
	return nil, "import.org_not_found", nil
}

func (imp *personImport) warnRow(l link, key string, rep *Report) {
	if key != "" {
		rep.warn(RowProblem{Row: l.line, Column: imp.column(imp.m.Index("organization")), Key: key, Args: []any{"value", l.org}})
	}
}
