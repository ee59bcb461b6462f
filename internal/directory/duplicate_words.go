package directory

// wordTable interns the words of name keys: each distinct word is stored once
// in one byte arena and known by its number. It holds no pointers, so the
// garbage collector never has to scan its million words, and it costs about
// twenty bytes a word.
type wordTable struct {
	arena   []byte
	ends    []uint32 // word i is arena[ends[i-1]:ends[i]]
	letters []uint32 // word i's letterSet
	slots   []uint32 // open addressing by hash: word number + 1, or 0 when free
}

// count returns the number of distinct words.
func (d *wordTable) count() int { return len(d.ends) }

// word returns the bytes of word i.
func (d *wordTable) word(i uint32) []byte {
	start := uint32(0)
	if i > 0 {
		start = d.ends[i-1]
	}
	return d.arena[start:d.ends[i]]
}

// id returns the number of w, adding it when it is new.
func (d *wordTable) id(w string) uint32 {
	if 2*(len(d.ends)+1) > len(d.slots) {
		d.grow()
	}
	mask := uint64(len(d.slots) - 1)
	for i := hashOf(w) & mask; ; i = (i + 1) & mask {
		n := d.slots[i]
		if n == 0 {
			d.arena = append(d.arena, w...)
			d.ends = append(d.ends, uint32(len(d.arena)))
			d.letters = append(d.letters, letterSet(w))
			d.slots[i] = uint32(len(d.ends))
			return uint32(len(d.ends)) - 1
		}
		if string(d.word(n-1)) == w {
			return n - 1
		}
	}
}

// grow doubles the slots (starting at 1024) and places every word again.
func (d *wordTable) grow() {
	d.slots = make([]uint32, max(1024, 2*len(d.slots)))
	mask := uint64(len(d.slots) - 1)
	for n := range d.ends {
		i := hashOf(d.word(uint32(n))) & mask
		for d.slots[i] != 0 {
			i = (i + 1) & mask
		}
		d.slots[i] = uint32(n) + 1
	}
}
