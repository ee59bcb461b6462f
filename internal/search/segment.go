package search

import (
	"sort"
	"strings"
)

// segment is the part of the index built in bulk by Build: a sorted key
// dictionary, the posting lists of each key in each field, and the hash of
// every name. It is never modified once built, and holds no pointers
// besides its slices.
type segment struct {
	blob  string              // every key, concatenated in sorted order
	offs  []uint32            // key i is blob[offs[i]:offs[i+1]]
	refs  [numFields][]uint32 // per field and key: 1 + offset of the list in arena, 0 for none
	df    [numFields][]uint32 // per field and key: the length of its list
	arena []byte              // the posting lists (see posting.go)
	docs  uint32              // the segment's documents are numbered below docs
	// nameHash of every name, ascending, and the document of each
	nameHashes []uint64
	nameDocs   []uint32
}

func emptySegment() *segment { return &segment{offs: []uint32{0}} }

func (s *segment) numKeys() int { return len(s.offs) - 1 }

func (s *segment) key(i int) string { return s.blob[s.offs[i]:s.offs[i+1]] }

// lowerBound returns the index of the first key not less than k.
func (s *segment) lowerBound(k string) int {
	return sort.Search(s.numKeys(), func(i int) bool { return s.key(i) >= k })
}

func (s *segment) find(k string) (int, bool) {
	i := s.lowerBound(k)
	return i, i < s.numKeys() && s.key(i) == k
}

// orKey adds the documents of key k in field f to dst.
func (s *segment) orKey(dst bitset, f int, k string) {
	if i, ok := s.find(k); ok {
		if ref := s.refs[f][i]; ref != 0 {
			orPosting(dst, s.arena[ref-1:])
		}
	}
}

// orName adds the documents with a name of hash h to dst.
func (s *segment) orName(dst bitset, h uint64) {
	i := sort.Search(len(s.nameHashes), func(i int) bool { return s.nameHashes[i] >= h })
	for ; i < len(s.nameHashes) && s.nameHashes[i] == h; i++ {
		dst.set(s.nameDocs[i])
	}
}

// expand returns words that begin with prefix, longer than it, most frequent
// in field f first: at most limit of them, and no more once their lists in
// f hold budget documents together (the first is always kept).
func (s *segment) expand(prefix string, f, limit, budget int) []string {
	var top topKeys
	top.limit = limit
	for i := s.lowerBound(prefix); i < s.numKeys(); i++ {
		k := s.key(i)
		if !strings.HasPrefix(k, prefix) {
			break
		}
		if len(k) > len(prefix) && s.df[f][i] > 0 {
			top.offer(k, int(s.df[f][i]))
		}
	}
	return top.keys(budget)
}

// topKeys keeps the keys with the highest document frequency offered to it.
type topKeys struct {
	limit int
	items []keyFreq // in before order
}

type keyFreq struct {
	key string
	df  int
}

func (t *topKeys) offer(key string, df int) {
	kf := keyFreq{key, df}
	n := len(t.items)
	if n == t.limit && (n == 0 || !kf.before(t.items[n-1])) {
		return
	}
	i := sort.Search(n, func(i int) bool { return kf.before(t.items[i]) })
	if n < t.limit {
		t.items = append(t.items, keyFreq{})
	}
	copy(t.items[i+1:], t.items[i:])
	t.items[i] = kf
}

// before orders keys by frequency, highest first, then alphabetically.
func (a keyFreq) before(b keyFreq) bool {
	return a.df > b.df || a.df == b.df && a.key < b.key
}

func (t *topKeys) keys(budget int) []string {
	var out []string
	sum := 0
	for _, it := range t.items {
		if sum += it.df; len(out) > 0 && sum > budget {
			break
		}
		out = append(out, it.key)
	}
	return out
}
