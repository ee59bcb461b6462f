package gen

// counts is an open-addressing hash table from 64-bit hashes to counts, with
// linear probing. The generator's name keys and domains number in the
// millions, so the table is kept small and flat: each slot holds a 32-bit
// fingerprint beside its count (8 bytes), and a lookup costs one cache miss
// where a Go map costs several. The slot index comes from the whole hash and
// the fingerprint from its upper half, so two different hashes meet only with
// a chance of about one in 2^32 per lookup; a meeting merely makes the
// generator draw another name or number a domain it need not have.
//
// The table is sized once for the number of keys it will hold (a run of Orgs
// or People adds at most one key per record to each table) and never grows.
type counts struct {
	slots []slot
	shift uint
}

type slot struct {
	fp uint32 // 0 marks an empty slot
	n  uint32
}

// newCounts returns a table for up to n keys, at most half full.
func newCounts(n int) *counts {
	size, shift := 16, uint(60)
	for size < 2*n {
		size *= 2
		shift--
	}
	return &counts{slots: make([]slot, size), shift: shift}
}

// find returns the slot of hash h, or the empty slot where it would go.
func (c *counts) find(h uint64) *slot {
	fp := uint32(h>>32) | 1
	mask := len(c.slots) - 1
	i := int((h * 0x9e3779b97f4a7c15) >> c.shift)
	for c.slots[i].fp != fp && c.slots[i].fp != 0 {
		i = (i + 1) & mask
	}
	return &c.slots[i]
}

// has reports whether h is in the table.
func (c *counts) has(h uint64) bool { return c.find(h).fp != 0 }

// add counts h once more and returns its new count.
func (c *counts) add(h uint64) uint32 {
	s := c.find(h)
	s.fp = uint32(h>>32) | 1
	s.n++
	return s.n
}
