package search

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
)

// postingIDs decodes a serialized list.
func postingIDs(data []byte) []uint32 {
	blocks := int(binary.LittleEndian.Uint32(data[4:]))
	if blocks == 0 {
		return nil
	}
	lastKey := int(binary.LittleEndian.Uint16(data[8+4*(blocks-1):]))
	b := make(bitset, (lastKey+1)*blockWords)
	orPosting(b, data)
	return b.appendIDs(nil, 0, postingCount(data))
}

// TestPostingRoaringFormat checks that posting lists round-trip and that the
// Roaring library reads them as the same sets (the format is the portable one).
func TestPostingRoaringFormat(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 100, 4096, 4097, 10000, 70000, 200000} {
		set := map[uint32]bool{}
		for len(set) < n {
			set[uint32(rng.IntN(300000))] = true
		}
		ids := make([]uint32, 0, n)
		for id := range set {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		data := appendPosting([]byte{7}, ids)[1:]
		if got := postingIDs(data); !slices.Equal(got, ids) {
			t.Fatalf("n=%d: round trip lost documents", n)
		}
		rb := roaring.New()
		if _, err := rb.ReadFrom(bytes.NewReader(data)); err != nil {
			t.Fatalf("n=%d: roaring: %v", n, err)
		}
		if !slices.Equal(rb.ToArray(), ids) {
			t.Fatalf("n=%d: roaring reads another set", n)
		}
		if want, _ := roaring.BitmapOf(ids...).ToBytes(); !bytes.Equal(want, data) {
			t.Fatalf("n=%d: serialization differs", n)
		}
	}
}
