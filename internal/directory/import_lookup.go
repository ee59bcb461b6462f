package directory

import (
	"slices"
)

// matchBatch is how many checked rows an import looks up in the store at a
// time once the store holds records of the kind: one query per few hundred
// rows, where a query per row held an import into a filled directory to a
// few thousand rows per second.
const matchBatch = 500

// pendingOrg is a row read, checked and keyed, waiting for its lookup.
type pendingOrg struct {
	line int
	row  []string // the row's cells, for an update of the stored record
	o    Organization
	key  string
}

// wait queues a checked row for the next lookup.
func (imp *orgImport) wait(line int, row []string, o *Organization, key string) error {
	return queue(&imp.pending, pendingOrg{line: line, row: slices.Clone(row), o: *o, key: key}, imp.resolve)
}

// resolve looks the waiting rows up and goes on with each, in row order.
func (imp *orgImport) resolve() error {
	return resolveWaiting(&imp.pending, imp.lookup, func(f storedOrgs, p *pendingOrg) error {
		cur, err := f.match(&p.o, p.key)
		return imp.matched(p.line, p.row, &p.o, p.key, cur, err)
	})
}

// queue adds p to the rows waiting for a lookup, and resolves them once
// matchBatch rows wait.
func queue[P any](waiting *[]P, p P, resolve func() error) error {
	*waiting = append(*waiting, p)
	if len(*waiting) >= matchBatch {
		return resolve()
	}
	return nil
}

// resolveWaiting looks up the waiting rows with one call of lookup, then
// goes on with each, in order, and empties the queue.
func resolveWaiting[P, F any](waiting *[]P, lookup func() (F, error), each func(F, *P) error) error {
	if len(*waiting) == 0 {
		return nil
	}
	found, err := lookup()
	if err != nil {
		return err
	}
	for i := range *waiting {
		if err := each(found, &(*waiting)[i]); err != nil {
			return err
		}
	}
	clear(*waiting)
	*waiting = (*waiting)[:0]
	return nil
}

// lookup reads the stored organizations that share a registry id or a name
// key with a waiting row.
func (imp *orgImport) lookup() (storedOrgs, error) {
	regs := make([]RegistryIDs, 0, len(imp.pending))
	keys := make([]string, 0, len(imp.pending))
	for i := range imp.pending {
		if r := imp.pending[i].o.Registry; r != (RegistryIDs{}) {
			regs = append(regs, r)
		}
		keys = append(keys, imp.pending[i].key)
	}
	var found storedOrgs
	var err error
	if len(regs) > 0 {
		if found.registry, err = imp.s.store.OrgsByRegistry(imp.ctx, regs...); err != nil {
			return found, err
		}
	}
	found.byKey, err = imp.s.store.OrgsByNameKeys(imp.ctx, keys)
	found.index()
	return found, err
}

// storedOrgs are the stored organizations a batch of rows may match.
type storedOrgs struct {
	registry []Organization            // those sharing a registry id with some row
	byID     map[exactKey][]int        // registry id → indexes into registry
	byKey    map[string][]Organization // by name key
}

// index fills byID.
func (f *storedOrgs) index() {
	f.byID = map[exactKey][]int{}
	for i := range f.registry {
		for _, k := range orgKeys(&f.registry[i], nil) {
			k.scope = "" // a national number matches in any country; sameRegistry checks
			f.byID[k] = append(f.byID[k], i)
		}
	}
}

// match finds, among f, the stored organization o describes: the one
// sharing a registry id (the national number within the same country), else
// the one with the same name key and country and no conflicting registry id.
// It returns nil when there is none, errAmbiguous when there are several.
func (f *storedOrgs) match(o *Organization, nameKey string) (*Organization, error) {
	var cands []Organization
	for _, k := range orgKeys(o, nil) {
		k.scope = ""
		for _, i := range f.byID[k] {
			c := &f.registry[i]
			if sameRegistry(o, c) && !slices.ContainsFunc(cands, func(x Organization) bool { return x.ID == c.ID }) {
				cands = append(cands, *c)
			}
		}
	}
	if len(cands) > 0 {
		return only(cands)
	}
	if nameKey == "" {
		return nil, nil
	}
	id := orgIdentity(o)
	for _, c := range f.byKey[nameKey] {
		if c.Country == o.Country && orgIdentity(&c).compatible(id) {
			cands = append(cands, c)
		}
	}
	return only(cands)
}
