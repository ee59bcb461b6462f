package directory

import (
	"cmp"
	"slices"
	"sync"
)

// The blocking of the full scan. Records are compared only with records that
// share a block, so the work grows with the records, not with their square:
//
//   - every registry id (Transparency, PIC, national number with its country);
//   - every NameKey of a record (primary and alternative names), and every
//     one without its optional words (the record's city, a misspelled legal
//     form);
//   - every word of minBlockWord letters or more of a NameKey, for similar
//     names; a word that more than blockCap names share ("verein", "youth",
//     a capital city) says too little and is skipped;
//   - masked keys (see maskKeys): a name with one word cut to its first or
//     last letters, for a typo in a name whose other words are all common;
//   - sorted neighbourhoods: the names sorted by key and by reversed key, each
//     compared with the next neighbourWindow names, which catches what the
//     masks miss in names of one word.
//
// A registry, name-key or mask block over blockCap (a placeholder id such as
// "000000000", a name hundreds of records share) is split by country; a part
// still over blockCap is skipped, so one bad value cannot make the scan
// quadratic. Every block then costs at most blockCap²/2 comparisons.
const (
	blockCap        = 200
	minBlockWord    = 4
	neighbourWindow = 4
)

// blocks are the groups of records to compare: group i is
// members[ends[i-1]:ends[i]]. forward and backward are name indexes in sorted
// order, for the neighbourhoods.
type blocks struct {
	members  []uint32
	ends     []uint32
	forward  []uint32
	backward []uint32
}

// group returns the record indexes of group i.
func (b *blocks) group(i int) []uint32 {
	start := uint32(0)
	if i > 0 {
		start = b.ends[i-1]
	}
	return b.members[start:b.ends[i]]
}

// keyedRec is a record under a block key, for grouping by sorting.
type keyedRec struct {
	key     uint64
	rec     uint32
	country uint16
}

// buildBlocks computes the blocks. The two neighbourhood sorts run one after
// the other beside the rest, and the masked keys are listed in maskParts parts,
// which keeps the memory they take small.
func (x *dupIndex) buildBlocks() blocks {
	var b blocks
	var wg sync.WaitGroup
	wg.Go(func() {
		keys := x.nameKeyBytes()
		b.forward = x.sortedNames(&keys, false)
		b.backward = x.sortedNames(&keys, true)
	})
	b.addRuns(x.registryKeys())
	b.addRuns(x.nameKeys())
	for part := range uint64(maskParts) {
		b.addRuns(x.maskKeys(part))
	}
	x.addWordGroups(&b)
	wg.Wait()
	return b
}

// registryKeys lists every record under each of its registry ids.
func (x *dupIndex) registryKeys() []keyedRec {
	size := 0
	for _, r := range x.recs {
		for _, h := range r.registry {
			if h != 0 {
				size++
			}
		}
	}
	out := make([]keyedRec, 0, size)
	for i, r := range x.recs {
		for _, h := range r.registry {
			if h != 0 {
				out = append(out, keyedRec{key: h, rec: uint32(i), country: r.country})
			}
		}
	}
	return out
}

// nameKeys lists every record under a hash of each of its name keys and,
// when a name holds optional words (see optional), under a hash of the name
// key without them, so that a name with its city or a misspelled legal form
// and one without meet.
func (x *dupIndex) nameKeys() []keyedRec {
	out := make([]keyedRec, 0, len(x.names))
	for n, name := range x.names {
		rec, words := &x.recs[name.rec], x.words(n)
		out = append(out, keyedRec{key: hashWords(words), rec: name.rec, country: rec.country})
		if h, ok := x.hashWithoutOptional(words, x.cityWords[rec.city]); ok {
			out = append(out, keyedRec{key: h, rec: name.rec, country: rec.country})
		}
	}
	return out
}

// hashWithoutOptional is hashWords over the words that are not optional in
// city. It reports false when all words or none are optional.
func (x *dupIndex) hashWithoutOptional(words, city []uint32) (uint64, bool) {
	h, kept := uint64(14695981039346656037), 0
	for _, w := range words {
		if !x.optional(w, city) {
			h = mixWord(h, w)
			kept++
		}
	}
	return h, kept > 0 && kept < len(words)
}

// hashWords is FNV-1a over word numbers.
func hashWords(words []uint32) uint64 {
	h := uint64(14695981039346656037)
	for _, w := range words {
		h = mixWord(h, w)
	}
	return h
}

// mixWord continues the FNV-1a hash h with the bytes of word number w.
func mixWord(h uint64, w uint32) uint64 {
	for s := 0; s < 32; s += 8 {
		h = (h ^ uint64(byte(w>>s))) * 1099511628211
	}
	return h
}

// addRuns sorts items and adds each run of one key as a group, split by
// country when it is over blockCap.
func (b *blocks) addRuns(items []keyedRec) {
	slices.SortFunc(items, func(p, q keyedRec) int { return cmp.Compare(p.key, q.key) })
	sameKey := func(p, q keyedRec) bool { return p.key == q.key }
	sameCountry := func(p, q keyedRec) bool { return p.country == q.country }
	for run := range runs(items, sameKey) {
		if len(run) <= blockCap {
			b.addGroup(run)
			continue
		}
		slices.SortFunc(run, func(p, q keyedRec) int { return cmp.Compare(p.country, q.country) })
		for part := range runs(run, sameCountry) {
			if len(part) <= blockCap {
				b.addGroup(part)
			}
		}
	}
}

// runs yields the maximal runs of items in which same holds between neighbours.
func runs(items []keyedRec, same func(p, q keyedRec) bool) func(func([]keyedRec) bool) {
	return func(yield func([]keyedRec) bool) {
		for i := 0; i < len(items); {
			j := i + 1
			for j < len(items) && same(items[i], items[j]) {
				j++
			}
			if !yield(items[i:j]) {
				return
			}
			i = j
		}
	}
}

// addGroup adds the records of run as a group when there are two or more.
func (b *blocks) addGroup(run []keyedRec) {
	if len(run) < 2 {
		return
	}
	for _, k := range run {
		b.members = append(b.members, k.rec)
	}
	b.ends = append(b.ends, uint32(len(b.members)))
}

// addWordGroups adds a group for every block word: one of minBlockWord letters
// or more that two to blockCap names share.
func (x *dupIndex) addWordGroups(b *blocks) {
	counts := make([]uint32, x.dict.count())
	for _, t := range x.toks {
		counts[t]++
	}
	next := make([]uint32, x.dict.count()) // where the word's next record goes
	for t, c := range counts {
		if c >= 2 && c <= blockCap && len(x.dict.word(uint32(t))) >= minBlockWord {
			next[t] = uint32(len(b.members))
			b.members = append(b.members, make([]uint32, c)...)
			b.ends = append(b.ends, uint32(len(b.members)))
		} else {
			counts[t] = 0
		}
	}
	for n, name := range x.names {
		for _, t := range x.words(n) {
			if counts[t] != 0 {
				b.members[next[t]] = name.rec
				next[t]++
			}
		}
	}
}
