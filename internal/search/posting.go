package search

import "encoding/binary"

// Posting lists of the built index are stored back to back in one byte
// arena, each in the portable Roaring format without run containers
// (github.com/RoaringBitmap/RoaringFormatSpec): a cookie, the number of
// 65,536-document blocks, each block's key and cardinality, their offsets,
// then each block as sorted 16-bit values (up to 4,096) or as a 1,024-word
// bitmap. The arena holds no pointers, so the garbage collector never scans
// it, and a one-document list costs 18 bytes. The index reads the lists
// itself, straight into bitsets.

const (
	cookieNoRun = 12346
	arrayMax    = 4096
	blockWords  = 1 << 16 / 64
)

// appendPosting appends the serialization of ids (ascending, distinct) to dst.
func appendPosting(dst []byte, ids []uint32) []byte {
	blocks := countBlocks(ids)
	dst = binary.LittleEndian.AppendUint32(dst, cookieNoRun)
	dst = binary.LittleEndian.AppendUint32(dst, uint32(blocks))
	for rest := ids; len(rest) > 0; {
		n := blockLen(rest)
		dst = binary.LittleEndian.AppendUint16(dst, uint16(rest[0]>>16))
		dst = binary.LittleEndian.AppendUint16(dst, uint16(n-1))
		rest = rest[n:]
	}
	offset := 8 + 8*blocks
	for rest := ids; len(rest) > 0; {
		n := blockLen(rest)
		dst = binary.LittleEndian.AppendUint32(dst, uint32(offset))
		offset += blockBytes(n)
		rest = rest[n:]
	}
	for rest := ids; len(rest) > 0; {
		n := blockLen(rest)
		dst = appendBlock(dst, rest[:n])
		rest = rest[n:]
	}
	return dst
}

func countBlocks(ids []uint32) int {
	n := 0
	for rest := ids; len(rest) > 0; rest = rest[blockLen(rest):] {
		n++
	}
	return n
}

// blockLen returns how many of ids share the block of ids[0].
func blockLen(ids []uint32) int {
	key := ids[0] >> 16
	n := 1
	for n < len(ids) && ids[n]>>16 == key {
		n++
	}
	return n
}

func blockBytes(card int) int {
	if card > arrayMax {
		return blockWords * 8
	}
	return 2 * card
}

func appendBlock(dst []byte, ids []uint32) []byte {
	if len(ids) <= arrayMax {
		for _, id := range ids {
			dst = binary.LittleEndian.AppendUint16(dst, uint16(id))
		}
		return dst
	}
	var words [blockWords]uint64
	for _, id := range ids {
		low := id & 0xFFFF
		words[low>>6] |= 1 << (low & 63)
	}
	for _, w := range words {
		dst = binary.LittleEndian.AppendUint64(dst, w)
	}
	return dst
}

// orPosting adds the documents of the list serialized at the start of data
// to dst. Documents beyond dst are ignored.
func orPosting(dst bitset, data []byte) {
	blocks := int(binary.LittleEndian.Uint32(data[4:]))
	head := data[8 : 8+4*blocks]
	body := data[8+8*blocks:]
	for b := range blocks {
		key := int(binary.LittleEndian.Uint16(head[4*b:]))
		card := int(binary.LittleEndian.Uint16(head[4*b+2:])) + 1
		n := blockBytes(card)
		if card > arrayMax {
			orBitmapBlock(dst, key, body[:n])
		} else {
			orArrayBlock(dst, key, body[:n])
		}
		body = body[n:]
	}
}

func orArrayBlock(dst bitset, key int, data []byte) {
	base := key << 16
	for i := 0; i+1 < len(data); i += 2 {
		id := base | int(binary.LittleEndian.Uint16(data[i:]))
		if w := id >> 6; w < len(dst) {
			dst[w] |= 1 << (id & 63)
		}
	}
}

func orBitmapBlock(dst bitset, key int, data []byte) {
	first := key * blockWords
	for i := 0; i < blockWords && first+i < len(dst); i++ {
		dst[first+i] |= binary.LittleEndian.Uint64(data[8*i:])
	}
}

// postingCount returns the number of documents in a serialized list.
func postingCount(data []byte) int {
	blocks := int(binary.LittleEndian.Uint32(data[4:]))
	n := 0
	for b := range blocks {
		n += int(binary.LittleEndian.Uint16(data[8+4*b+2:])) + 1
	}
	return n
}
