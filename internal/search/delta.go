package search

import (
	"slices"
	"sort"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"
)

// delta indexes the documents written since the segment was built, under
// their document numbers: new organizations (numbered after the segment's)
// and new versions of the segment's own, whose stale lists in the segment
// the index masks out. It is small and mutable; a rebuild folds it into a
// new segment.
type delta struct {
	post  [numFields]map[string]*roaring.Bitmap
	names map[uint64]*roaring.Bitmap // by nameHash
	docs  map[uint32]deltaDoc        // the keys of each document, to remove them
	words wordList                   // plain words, for prefix expansion
}

// deltaDoc is what the delta holds of a document.
type deltaDoc struct {
	keys  [numFields][]string
	names []uint64
}

func newDelta() *delta {
	d := &delta{docs: map[uint32]deltaDoc{}, names: map[uint64]*roaring.Bitmap{}, words: wordList{have: map[string]bool{}}}
	for f := range d.post {
		d.post[f] = map[string]*roaring.Bitmap{}
	}
	return d
}

func (d *delta) len() int { return len(d.docs) }

func (d *delta) add(doc uint32, keys [numFields][]string, names []uint64) {
	for f, ks := range keys {
		for i, k := range ks {
			k = strings.Clone(k) // a word may point into a long description
			ks[i] = k
			bm := d.post[f][k]
			if bm == nil {
				bm = roaring.New()
				d.post[f][k] = bm
			}
			bm.Add(doc)
			if isPlain(k) {
				d.words.add(k)
			}
		}
	}
	for _, h := range names {
		bm := d.names[h]
		if bm == nil {
			bm = roaring.New()
			d.names[h] = bm
		}
		bm.Add(doc)
	}
	d.docs[doc] = deltaDoc{keys, names}
}

func (d *delta) remove(doc uint32) {
	dd, ok := d.docs[doc]
	if !ok {
		return
	}
	for _, h := range dd.names {
		if bm := d.names[h]; bm != nil {
			bm.Remove(doc)
			if bm.IsEmpty() {
				delete(d.names, h)
			}
		}
	}
	for f, ks := range dd.keys {
		for _, k := range ks {
			if bm := d.post[f][k]; bm != nil {
				bm.Remove(doc)
				if bm.IsEmpty() {
					delete(d.post[f], k)
				}
			}
		}
	}
	delete(d.docs, doc)
}

// orKey adds the documents of key k in field f to dst.
func (d *delta) orKey(dst bitset, f int, k string) { orBitmap(dst, d.post[f][k]) }

// orName adds the documents with a name of hash h to dst.
func (d *delta) orName(dst bitset, h uint64) { orBitmap(dst, d.names[h]) }

func orBitmap(dst bitset, bm *roaring.Bitmap) {
	if bm == nil {
		return
	}
	var buf [256]uint32
	it := bm.ManyIterator()
	for n := it.NextMany(buf[:]); n > 0; n = it.NextMany(buf[:]) {
		for _, id := range buf[:n] {
			dst.set(id)
		}
	}
}

// expand is segment.expand for the delta's words.
func (d *delta) expand(prefix string, f, limit, budget int) []string {
	top := topKeys{limit: limit}
	d.words.each(prefix, func(k string) {
		if bm := d.post[f][k]; bm != nil && len(k) > len(prefix) {
			top.offer(k, int(bm.GetCardinality()))
		}
	})
	return top.keys(budget)
}

// wordList is a set of words kept mostly sorted: new words wait in fresh
// until there are enough of them to merge.
type wordList struct {
	sorted, fresh []string
	have          map[string]bool
}

const freshMax = 4096

func (w *wordList) add(k string) {
	if w.have[k] {
		return
	}
	w.have[k] = true
	w.fresh = append(w.fresh, k)
	if len(w.fresh) > freshMax {
		slices.Sort(w.fresh)
		w.sorted = mergeSorted(w.sorted, w.fresh)
		w.fresh = w.fresh[:0]
	}
}

// mergeSorted returns the sorted union of two sorted lists.
func mergeSorted(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// each calls fn for every word that begins with prefix.
func (w *wordList) each(prefix string, fn func(string)) {
	i := sort.SearchStrings(w.sorted, prefix)
	for ; i < len(w.sorted) && strings.HasPrefix(w.sorted[i], prefix); i++ {
		fn(w.sorted[i])
	}
	for _, k := range w.fresh {
		if strings.HasPrefix(k, prefix) {
			fn(k)
		}
	}
}
