package directory

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Work units of the comparison: so many groups, or so many positions of a
// neighbourhood order, at a time.
const (
	groupsPerUnit     = 256
	positionsPerUnit  = 8192
	possibleThreshold = ScorePossible - scoreEpsilon
)

// compareBlocks compares the records within every block on GOMAXPROCS workers
// and returns the pairs that reached ScorePossible, in no particular order and
// possibly more than once.
func (x *dupIndex) compareBlocks(ctx context.Context, b blocks) ([]found, error) {
	groupUnits := (len(b.ends) + groupsPerUnit - 1) / groupsPerUnit
	orderUnits := (len(b.forward) + positionsPerUnit - 1) / positionsPerUnit
	units := groupUnits + 2*orderUnits
	var next atomic.Int64
	results := make([][]found, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for w := range results {
		wg.Go(func() {
			for u := int(next.Add(1) - 1); u < units && ctx.Err() == nil; u = int(next.Add(1) - 1) {
				switch {
				case u < groupUnits:
					results[w] = x.compareGroups(&b, u*groupsPerUnit, results[w])
				case u < groupUnits+orderUnits:
					results[w] = x.compareNeighbours(b.forward, (u-groupUnits)*positionsPerUnit, results[w])
				default:
					results[w] = x.compareNeighbours(b.backward, (u-groupUnits-orderUnits)*positionsPerUnit, results[w])
				}
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var all []found
	for _, r := range results {
		all = append(all, r...)
	}
	return all, nil
}

// compareGroups compares all pairs within the groups of one work unit.
func (x *dupIndex) compareGroups(b *blocks, first int, out []found) []found {
	for g := first; g < min(first+groupsPerUnit, len(b.ends)); g++ {
		members := b.group(g)
		for i, ra := range members {
			for _, rb := range members[i+1:] {
				out = x.compare(ra, rb, out)
			}
		}
	}
	return out
}

// compareNeighbours compares each name of one work unit of order with the
// next neighbourWindow names. Only names that are alike on their own lead to
// comparing their records: any other evidence of a pair (a registry id,
// another name) has blocks of its own.
func (x *dupIndex) compareNeighbours(order []uint32, first int, out []found) []found {
	for i := first; i < min(first+positionsPerUnit, len(order)); i++ {
		n := order[i]
		for _, m := range order[i+1 : min(i+1+neighbourWindow, len(order))] {
			if s, _ := x.namePairScore(int(n), int(m)); s > 0 {
				out = x.compare(x.names[n].rec, x.names[m].rec, out)
			}
		}
	}
	return out
}

// compare scores records ra and rb and appends them to out when they may be
// duplicates.
// The lower index is always scored first, so that a pair met in several blocks
// gets the same reasons each time.
func (x *dupIndex) compare(ra, rb uint32, out []found) []found {
	if ra == rb {
		return out
	}
	ra, rb = min(ra, rb), max(ra, rb)
	if score, why := x.score(int(ra), int(rb)); score >= possibleThreshold {
		out = append(out, found{a: ra, b: rb, score: score, why: why})
	}
	return out
}
