package search

import (
	"math/bits"
	"sync"
)

// bitset is a dense set of document numbers, one bit each. Queries combine
// sets in this form: at a million documents a set is 125 KB and a whole-set
// AND or count takes a few microseconds, whatever the number of matches.
type bitset []uint64

func wordsFor(docs uint32) int { return int((docs + 63) / 64) }

func (b bitset) has(i uint32) bool {
	w := int(i >> 6)
	return w < len(b) && b[w]&(1<<(i&63)) != 0
}

func (b bitset) set(i uint32)   { b[i>>6] |= 1 << (i & 63) }
func (b bitset) clear(i uint32) { b[i>>6] &^= 1 << (i & 63) }

// grow returns b extended with zero words to n words.
func (b bitset) grow(n int) bitset {
	if n <= len(b) {
		return b
	}
	nb := make(bitset, n)
	copy(nb, b)
	return nb
}

func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b bitset) zero() { clear(b) }

func (b bitset) copyFrom(a bitset) { copy(b, a) }

func (b bitset) and(a bitset) {
	a = a[:len(b)]
	for i := range b {
		b[i] &= a[i]
	}
}

func (b bitset) andNot(a bitset) {
	n := min(len(a), len(b))
	for i := range n {
		b[i] &^= a[i]
	}
}

func (b bitset) or(a bitset) {
	n := min(len(a), len(b))
	for i := range n {
		b[i] |= a[i]
	}
}

// countAnd returns the size of the intersection of a and b.
func countAnd(a, b bitset) int {
	n := min(len(a), len(b))
	a, b = a[:n], b[:n]
	var c0, c1, c2, c3 int
	i := 0
	for ; i+4 <= n; i += 4 {
		c0 += bits.OnesCount64(a[i] & b[i])
		c1 += bits.OnesCount64(a[i+1] & b[i+1])
		c2 += bits.OnesCount64(a[i+2] & b[i+2])
		c3 += bits.OnesCount64(a[i+3] & b[i+3])
	}
	for ; i < n; i++ {
		c0 += bits.OnesCount64(a[i] & b[i])
	}
	return c0 + c1 + c2 + c3
}

// appendIDs appends the members of b to dst in ascending order, skipping
// the first skip members and stopping when dst holds limit more.
func (b bitset) appendIDs(dst []uint32, skip, limit int) []uint32 {
	want := len(dst) + limit
	for wi, w := range b {
		if c := bits.OnesCount64(w); skip >= c {
			skip -= c
			continue
		}
		for w != 0 && len(dst) < want {
			t := bits.TrailingZeros64(w)
			w &= w - 1
			if skip > 0 {
				skip--
				continue
			}
			dst = append(dst, uint32(wi*64+t))
		}
		if len(dst) >= want {
			break
		}
	}
	return dst
}

// bitsetPool recycles query buffers; each holds at least the words asked for.
var bitsetPool sync.Pool

// getBitset returns a zeroed bitset of n words.
func getBitset(n int) bitset {
	if p, ok := bitsetPool.Get().(*bitset); ok && cap(*p) >= n {
		b := (*p)[:n]
		b.zero()
		return b
	}
	return make(bitset, n)
}

func putBitset(b bitset) {
	if b != nil {
		bitsetPool.Put(&b)
	}
}
