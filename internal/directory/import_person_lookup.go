package directory

import (
	"slices"
)

// pendingPerson is a row read, checked and keyed, waiting for its lookup.
type pendingPerson struct {
	line int
	row  []string
	r    personRow
	key  string
}

// wait queues a checked row for the next lookup.
func (imp *personImport) wait(line int, row []string, r personRow, key string) error {
	return queue(&imp.pending, pendingPerson{line: line, row: slices.Clone(row), r: r, key: key}, imp.resolve)
}

// resolve looks the waiting rows up and goes on with each, in row order.
func (imp *personImport) resolve() error {
	return resolveWaiting(&imp.pending, imp.lookup, func(f storedPeople, p *pendingPerson) error {
		cur, err := f.match(&p.r.p, p.key)
		return imp.matched(p.line, p.row, p.r, cur, err)
	})
}

// lookup reads the stored people that share an external id (of the same
// kind) or a name key with a waiting row.
func (imp *personImport) lookup() (storedPeople, error) {
	found := storedPeople{byExternal: map[[2]string]Person{}}
	external := map[string][]string{} // kind → external ids
	keys := make([]string, 0, len(imp.pending))
	for i := range imp.pending {
		p := &imp.pending[i].r.p
		if p.ExternalID != "" {
			external[p.Kind] = append(external[p.Kind], p.ExternalID)
		}
		keys = append(keys, imp.pending[i].key)
	}
	for kind, ids := range external {
		people, err := imp.s.store.PeopleByExternalIDs(imp.ctx, kind, ids)
		if err != nil {
			return found, err
		}
		for _, p := range people {
			found.byExternal[[2]string{p.Kind, p.ExternalID}] = p
		}
	}
	var err error
	found.byKey, err = imp.s.store.PeopleByNameKeys(imp.ctx, keys)
	return found, err
}

// storedPeople are the stored people a batch of rows may match.
type storedPeople struct {
	byExternal map[[2]string]Person // by kind and external id
	byKey      map[string][]Person  // by name key
}

// match finds, among f, the stored person p describes: by kind and external
// id, then by name key and country among people whose identity is
// compatible. It returns nil when there is none, errAmbiguous when there are
// several.
func (f *storedPeople) match(p *Person, nameKey string) (*Person, error) {
	if p.ExternalID != "" {
		if cur, ok := f.byExternal[[2]string{p.Kind, p.ExternalID}]; ok {
			return &cur, nil
		}
	}
	id := personIdentity(p)
	var cands []Person
	for _, c := range f.byKey[nameKey] {
		if c.Country == p.Country && personIdentity(&c).compatible(id) {
			cands = append(cands, c)
		}
	}
	return only(cands)
}
