package directory

import (
	"errors"
)

// errAmbiguous means a row matches several stored records.
var errAmbiguous = errors.New("directory: the row matches several records")

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
