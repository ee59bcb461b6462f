package search

import "hash/maphash"

// internTable maps strings to numbers while building. Reading a million
// organizations means tens of millions of lookups among a million distinct
// words, mostly missing the processor's caches; a Go map costs two misses
// per lookup (its control word, then the key's bytes to compare). This
// table keeps a 96-bit hash of each key in its 16-byte slot and compares
// hashes only, so a lookup costs one miss. Two different words would have
// to share 96 bits of hash to be confused (among a million words, odds of
// about one in 10^16).
type internTable struct {
	slots []internSlot // a power of two; id 0 marks an empty slot
	n     int
}

type internSlot struct {
	h1 uint64
	h2 uint32
	id uint32 // value + 1
}

var internSeed1, internSeed2 = maphash.MakeSeed(), maphash.MakeSeed()

func newInternTable() *internTable { return &internTable{slots: make([]internSlot, 1<<12)} }

// keyHash is the 96-bit hash of a key.
type keyHash struct {
	h1 uint64
	h2 uint32
}

func hashString(k string) keyHash {
	return keyHash{maphash.String(internSeed1, k), uint32(maphash.String(internSeed2, k))}
}

func hashBytes(k []byte) keyHash {
	return keyHash{maphash.Bytes(internSeed1, k), uint32(maphash.Bytes(internSeed2, k))}
}

// get returns the value of the key with hash h, if present.
func (t *internTable) get(h keyHash) (uint32, bool) {
	mask := uint64(len(t.slots) - 1)
	for i := h.h1 & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.id == 0 {
			return 0, false
		}
		if s.h1 == h.h1 && s.h2 == h.h2 {
			return s.id - 1, true
		}
	}
}

// put records value v for the key with hash h, which get did not find.
func (t *internTable) put(h keyHash, v uint32) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	t.insert(internSlot{h.h1, h.h2, v + 1})
	t.n++
}

func (t *internTable) insert(s internSlot) {
	mask := uint64(len(t.slots) - 1)
	i := s.h1 & mask
	for t.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

func (t *internTable) grow() {
	old := t.slots
	t.slots = make([]internSlot, 2*len(old))
	for _, s := range old {
		if s.id != 0 {
			t.insert(s)
		}
	}
}

// len returns the number of keys.
func (t *internTable) len() int { return t.n }

// reset empties the table, keeping its room.
func (t *internTable) reset() {
	clear(t.slots)
	t.n = 0
}
