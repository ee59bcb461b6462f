package gen

import (
	"strconv"
	"unsafe"

	"coalition/internal/directory"
)

// arena hands out strings and small slices carved from large chunks, so that
// generating a record costs almost no allocations. A chunk is never written
// again once a string or slice has been taken from it: bytes are only ever
// appended after the last one handed out, and a new chunk is started before
// the old one could grow (which would copy it).
type arena struct {
	buf   []byte
	strs  []string
	texts []directory.Text
}

const (
	arenaChunk = 256 << 10 // bytes per text chunk
	arenaRoom  = 16 << 10  // room left for the longest single string
	slabLen    = 4096      // elements per slice chunk
)

// start begins a string and returns its offset.
func (a *arena) start() int {
	if cap(a.buf)-len(a.buf) < arenaRoom {
		a.buf = make([]byte, 0, arenaChunk)
	}
	return len(a.buf)
}

func (a *arena) write(s string) { a.buf = append(a.buf, s...) }

func (a *arena) writeByte(c byte) { a.buf = append(a.buf, c) }

func (a *arena) writeInt(n int64) { a.buf = strconv.AppendInt(a.buf, n, 10) }

// str returns the bytes written since start as a string sharing the chunk.
func (a *arena) str(start int) string {
	b := a.buf[start:]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// concat returns the strings joined, as one arena string.
func (a *arena) concat(parts ...string) string {
	start := a.start()
	for _, p := range parts {
		a.write(p)
	}
	return a.str(start)
}

// stringSlice returns a slice of n strings whose capacity is n, so that a
// caller's append copies it rather than writing into the chunk.
func (a *arena) stringSlice(n int) []string {
	if cap(a.strs)-len(a.strs) < n {
		a.strs = make([]string, 0, slabLen)
	}
	i := len(a.strs)
	a.strs = a.strs[:i+n]
	return a.strs[i : i+n : i+n]
}

// textSlice is stringSlice for directory.Text values.
func (a *arena) textSlice(n int) []directory.Text {
	if cap(a.texts)-len(a.texts) < n {
		a.texts = make([]directory.Text, 0, slabLen)
	}
	i := len(a.texts)
	a.texts = a.texts[:i+n]
	return a.texts[i : i+n : i+n]
}

// writePadded writes n in decimal with leading zeros to width digits.
func (a *arena) writePadded(n uint64, width int) {
	var d [20]byte
	s := strconv.AppendUint(d[:0], n, 10)
	for i := len(s); i < width; i++ {
		a.buf = append(a.buf, '0')
	}
	a.buf = append(a.buf, s...)
}
