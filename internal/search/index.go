package search

import (
	"sync"

	"coalition/internal/directory"
)

// Index is an in-memory search index over organizations. Every document has
// a number; numbers given by Build follow the static rank (reach and level),
// so the members of any set of documents, read in ascending order, come best
// first, and a page of results never needs a score for every match.
// Documents written after Build are numbered after the built ones and so rank
// below them until the next Build; a new version of a built document keeps
// its number and rank.
//
// An Index is safe for concurrent use: searches share a read lock, writes
// take the write lock.
type Index struct {
	mu    sync.RWMutex
	main  *segment
	delta *delta
	dirty bitset // documents of main whose lists there are stale (nil: none)
	docs  *docTable
	byOrg map[int64]uint32
}

// NewIndex returns an empty index. Fill it with Put, or use Build.
func NewIndex() *Index {
	return &Index{main: emptySegment(), delta: newDelta(), docs: newDocTable(), byOrg: map[int64]uint32{}}
}

// Put adds o to the index, or replaces the organization with o's ID.
func (ix *Index) Put(o directory.Organization) {
	d := newDocument(o)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.put(d)
}

func (ix *Index) put(d document) {
	doc, ok := ix.byOrg[d.org]
	if ok {
		ix.forget(doc)
	} else {
		doc = ix.docs.size()
		ix.byOrg[d.org] = doc
	}
	ix.docs.add(doc, d.org, d.facets)
	ix.delta.add(doc, d.keys, d.names)
}

// Delete removes the organization with the given ID, if present.
func (ix *Index) Delete(id int64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if doc, ok := ix.byOrg[id]; ok {
		ix.forget(doc)
		delete(ix.byOrg, id)
	}
}

// forget removes document doc from the facets and the delta, and masks its
// lists in the segment.
func (ix *Index) forget(doc uint32) {
	ix.docs.remove(doc)
	ix.delta.remove(doc)
	if doc < ix.main.docs {
		if ix.dirty == nil {
			ix.dirty = make(bitset, wordsFor(ix.main.docs))
		}
		ix.dirty.set(doc)
	}
}

// Len returns the number of organizations in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byOrg)
}

// deltaLen returns the number of documents written since Build.
func (ix *Index) deltaLen() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.delta.len()
}
