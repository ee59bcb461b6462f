package search

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"coalition/internal/directory"
)

// ScanFunc calls fn for every organization, as directory.OrgStore.ScanOrgs does.
type ScanFunc func(ctx context.Context, fn func(directory.Organization) error) error

// Build reads every organization through scan and indexes them in bulk:
// folding and stemming run on every core, and each posting list is written
// once, in static-rank order. It is the cold start of an Engine, and much
// faster than Put one by one.
func Build(ctx context.Context, scan ScanFunc) (*Index, error) {
	return build(ctx, scan, runtime.GOMAXPROCS(0))
}

// build is Build with the given number of workers reading.
func build(ctx context.Context, scan ScanFunc, workers int) (*Index, error) {
	b := newBuilder(workers)
	if err := b.read(ctx, scan); err != nil {
		return nil, fmt.Errorf("search: build: %w", err)
	}
	ix, err := b.finish()
	if err != nil {
		return nil, fmt.Errorf("search: build: %w", err)
	}
	b = nil
	debug.FreeOSMemory() // hand the build's working memory back at once
	return ix, nil
}

// fieldFacet marks facet keys in a shard's entries, beside fieldName and fieldText.
const fieldFacet = 2

// shard is what one worker gathers while reading: its own key dictionary,
// and for each document its keys as entries (key id << 2 | field).
type shard struct {
	ids       *internTable
	keys      []string
	stems     [][2]stemSlot // per key: its stems, in the last two languages asked
	docs      []shardDoc
	store     entryStore
	entries   []uint32 // the entries of the document being read
	names     []nameRef
	folded    *internTable                 // a non-ASCII run → its index in foldedIDs
	foldedIDs [][]uint32                   // the ids of the words of each run in folded
	facetIDs  [numFacets]map[string]uint32 // facet value → key id
	buf       []uint32
}

// shardDoc is a document read by a shard, and where its entries are.
type shardDoc struct {
	org              int64
	score            float32
	block, off, size uint32
}

type builder struct {
	shards []*shard
}

const batchSize = 256

func newBuilder(workers int) *builder {
	b := &builder{}
	for range max(workers, 1) {
		s := &shard{ids: newInternTable(), folded: newInternTable()}
		for f := range s.facetIDs {
			s.facetIDs[f] = map[string]uint32{}
		}
		b.shards = append(b.shards, s)
	}
	return b
}

// read runs scan and hands the organizations to one worker per shard.
func (b *builder) read(ctx context.Context, scan ScanFunc) error {
	ch := make(chan []directory.Organization, 2*len(b.shards))
	var wg sync.WaitGroup
	for _, s := range b.shards {
		wg.Go(func() {
			for batch := range ch {
				for _, o := range batch {
					s.add(o)
				}
			}
		})
	}
	batch := make([]directory.Organization, 0, batchSize)
	send := func() error {
		select {
		case ch <- batch:
			batch = make([]directory.Organization, 0, batchSize)
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	err := scan(ctx, func(o directory.Organization) error {
		if batch = append(batch, o); len(batch) == batchSize {
			return send()
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = send()
	}
	close(ch)
	wg.Wait()
	return err
}

func (s *shard) add(o directory.Organization) {
	s.entries = s.entries[:0]
	extract(o, s)
	s.addFacets(newFacetValues(o))
	slices.Sort(s.entries)
	s.entries = slices.Compact(s.entries)
	block, off := s.store.add(s.entries)
	s.docs = append(s.docs, shardDoc{o.ID, float32(staticScore(o)), block, off, uint32(len(s.entries))})
}

// addFacets adds the facet keys of a document: its region under every
// level, and archived as a key of its own.
func (s *shard) addFacets(fv facetValues) {
	for f, v := range fv.single {
		switch {
		case v == "":
		case f == facetRegion:
			for _, c := range regionChain(v) {
				s.facet(f, c)
			}
		default:
			s.facet(f, v)
		}
	}
	for i, vs := range fv.multi {
		for _, v := range vs {
			s.facet(numSingle+i, v)
		}
	}
	if fv.archived {
		s.entries = append(s.entries, s.intern(archivedKey)<<2|fieldFacet)
	}
}

func (s *shard) facet(f int, v string) {
	id, ok := s.facetIDs[f][v]
	if !ok {
		id = s.intern(facetKey(f, v))
		s.facetIDs[f][strings.Clone(v)] = id
	}
	s.entries = append(s.entries, id<<2|fieldFacet)
}

// entriesOf returns the entries of document i of s.
func (s *shard) entriesOf(i uint32) []uint32 {
	d := s.docs[i]
	return s.store.blocks[d.block][d.off : d.off+d.size]
}

// entryStore holds the entries of a shard's documents in blocks, so that
// growing never copies them nor leaves half a slice unused.
type entryStore struct {
	blocks [][]uint32
}

const entryBlock = 1 << 20

func (es *entryStore) add(e []uint32) (block, off uint32) {
	n := len(es.blocks)
	if n == 0 || cap(es.blocks[n-1])-len(es.blocks[n-1]) < len(e) {
		es.blocks = append(es.blocks, make([]uint32, 0, max(entryBlock, len(e))))
		n++
	}
	b := es.blocks[n-1]
	es.blocks[n-1] = append(b, e...)
	return uint32(n - 1), uint32(len(b))
}
