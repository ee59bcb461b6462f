package directory

import (
	"errors"
	"slices"
)

// errAmbiguous means a row matches several stored records.
var errAmbiguous = errors.New("directory: the row matches several records")

// match finds the stored organization o describes: the one sharing a registry
// id (the national number within the same country), else the one with the
// same name key and country and no conflicting registry id. It returns nil
// when there is none, errAmbiguous when there are several.
func (imp *orgImport) match(o *Organization, nameKey string) (*Organization, error) {
	if imp.empty {
		return nil, nil
	}
	if r := o.Registry; r.Transparency != "" || r.PIC != "" || r.National != "" {
		cands, err := imp.s.store.OrgsByRegistry(imp.ctx, r)
		if err != nil {
			return nil, err
		}
		cands = slices.DeleteFunc(cands, func(c Organization) bool { return !sameRegistry(o, &c) })
		if len(cands) > 0 {
			return only(cands)
		}
	}
	if nameKey == "" {
		return nil, nil
	}
	cands, err := imp.s.store.OrgsByNameKey(imp.ctx, nameKey, o.Country)
	if err != nil {
		return nil, err
	}
	id := orgIdentity(o)
	cands = slices.DeleteFunc(cands, func(c Organization) bool {
		return c.Country != o.Country || !orgIdentity(&c).compatible(id)
	})
	return only(cands)
}

// sameRegistry reports whether c shares a registry id with o.
func sameRegistry(o, c *Organization) bool {
	a, b := o.Registry, c.Registry
	return a.Transparency != "" && a.Transparency == b.Transparency ||
		a.PIC != "" && a.PIC == b.PIC ||
		a.National != "" && a.National == b.National && o.Country == c.Country
}

// only returns the one candidate, nil for none, errAmbiguous for several.
func only[T any](cands []T) (*T, error) {
	switch len(cands) {
	case 0:
		return nil, nil
	case 1:
		return &cands[0], nil
	}
	return nil, errAmbiguous
}
