package directory

import (
	"bytes"
	"cmp"
	"slices"
)

// sortedKeys holds every name's key as bytes (words joined by spaces), for the
// neighbourhood sorts.
type sortedKeys struct {
	arena []byte
	ends  []uint32 // key n is arena[ends[n-1]:ends[n]]
}

func (k *sortedKeys) key(n uint32) []byte {
	start := uint32(0)
	if n > 0 {
		start = k.ends[n-1]
	}
	return k.arena[start:k.ends[n]]
}

// nameKeyBytes writes every name's key into one arena.
func (x *dupIndex) nameKeyBytes() sortedKeys {
	size := 0
	for n := range x.names {
		for _, w := range x.words(n) {
			size += len(x.dict.word(w)) + 1
		}
	}
	k := sortedKeys{arena: make([]byte, 0, size), ends: make([]uint32, len(x.names))}
	for n := range x.names {
		for i, w := range x.words(n) {
			if i > 0 {
				k.arena = append(k.arena, ' ')
			}
			k.arena = append(k.arena, x.dict.word(w)...)
		}
		k.ends[n] = uint32(len(k.arena))
	}
	return k
}

// sortEntry is a name with the first eight bytes of its (possibly reversed)
// key packed into an integer, so that most comparisons of the sort are one
// integer comparison.
type sortEntry struct {
	prefix uint64
	name   uint32
}

// sortedNames returns the name indexes ordered by key, or by key read
// backwards when backward is set (so that names differing near their start
// also meet).
func (x *dupIndex) sortedNames(keys *sortedKeys, backward bool) []uint32 {
	entries := make([]sortEntry, len(x.names))
	for n := range entries {
		entries[n] = sortEntry{prefix: packPrefix(keys.key(uint32(n)), backward), name: uint32(n)}
	}
	compare := bytes.Compare
	if backward {
		compare = compareBackward
	}
	slices.SortFunc(entries, func(p, q sortEntry) int {
		if c := cmp.Compare(p.prefix, q.prefix); c != 0 {
			return c
		}
		return cmp.Or(compare(keys.key(p.name), keys.key(q.name)), cmp.Compare(p.name, q.name))
	})
	out := make([]uint32, len(entries))
	for i, e := range entries {
		out[i] = e.name
	}
	return out
}

// packPrefix packs the first eight bytes of key (of key read backwards when
// backward is set) big-endian, padding with zeros, which keeps the order of
// the byte comparison.
func packPrefix(key []byte, backward bool) uint64 {
	var p uint64
	for i := range 8 {
		var c byte
		switch {
		case i >= len(key):
		case backward:
			c = key[len(key)-1-i]
		default:
			c = key[i]
		}
		p = p<<8 | uint64(c)
	}
	return p
}

// compareBackward compares a and b read from their last byte to their first.
func compareBackward(a, b []byte) int {
	for i := 1; i <= len(a) && i <= len(b); i++ {
		if c := cmp.Compare(a[len(a)-i], b[len(b)-i]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}
