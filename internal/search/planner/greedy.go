package planner

import "math"

// key rounds a gain in f to a multiple of 2⁻⁴⁰, so that equal fractions
// summed in a different order compare equal. Rounding is monotone: a stale
// gain that bounds a fresh one still bounds it once both are rounded.
func key(gain float64) int64 { return int64(math.Round(math.Ldexp(gain, 40))) }

// gain is candidate i's marginal gain in f given the gaps still open: the
// sum over its states of min(capacity, open gap) / gap.
func (in *instance) gain(i int32) float64 {
	g := 0.0
	for j := in.start[i]; j < in.start[i+1]; j++ {
		if r := in.rem[in.st[j]]; r > 0 {
			g += float64(min(in.amt[j], r)) * in.inv[in.st[j]]
		}
	}
	return g
}

// closes counts the states candidate i would bring over threshold now.
func (in *instance) closes(i int32) int {
	n := 0
	for j := in.start[i]; j < in.start[i+1]; j++ {
		if r := in.rem[in.st[j]]; r > 0 && in.amt[j] >= r {
			n++
		}
	}
	return n
}

// picked is one greedy choice and what it contributed when picked.
type picked struct {
	idx           int32
	helps, closes []int32 // state indexes
	gapSigs       int
	gain          float64
}

// greedy picks up to k candidates, one per round. Candidates without any
// signature never enter the heap, so every pick adds something.
func (in *instance) greedy(k int) []picked {
	h := in.heap()
	picks := make([]picked, 0, min(k, len(h)))
	closed := false
	for round := int32(1); len(picks) < k && len(h) > 0; round++ {
		if in.open == 0 && !closed {
			h.zeroGains(round)
			closed = true
		}
		picks = append(picks, in.apply(in.next(&h, round)))
	}
	return picks
}

// heap holds every candidate with signatures under its gain before any
// pick, marked fresh for round 1.
func (in *instance) heap() maxHeap {
	h := make(maxHeap, 0, len(in.sigs))
	for i, sigs := range in.sigs {
		if sigs > 0 {
			h = append(h, entry{gain: key(in.gain(int32(i))), sigs: sigs, idx: int32(i), round: 1})
		}
	}
	h.heapify()
	return h
}

// next removes and returns the greedy choice of the round: a candidate of
// largest gain, among those the one that closes most states, then the one
// the heap ranks first (most signatures, listed first).
func (in *instance) next(h *maxHeap, round int32) int32 {
	in.refreshTop(*h, round)
	top := h.pop()
	if top.gain == 0 {
		// No candidate narrows an open gap (any that did would have a
		// gain of at least 1/gap, above zero once rounded for every gap
		// under 2⁴⁰), so none closes a state: signatures alone decide.
		return top.idx
	}
	group := in.tied(h, top, round)
	best := in.mostClosing(group)
	for _, e := range group {
		if e.idx != best {
			h.push(e)
		}
	}
	return best
}

// refreshTop re-evaluates the top of the heap until it is fresh. A stale
// gain bounds the fresh one from above (f is submodular), so a fresh top
// has the largest gain of all.
func (in *instance) refreshTop(h maxHeap, round int32) {
	for h[0].round != round {
		h[0].gain, h[0].round = key(in.gain(h[0].idx)), round
		h.down(0)
	}
}

// tied removes from the heap every candidate whose fresh gain equals top's
// and returns them with top. Only entries whose stale gain equals top's can
// tie; those that fall below it on re-evaluation go back.
func (in *instance) tied(h *maxHeap, top entry, round int32) []entry {
	group, fell := []entry{top}, []entry(nil)
	for len(*h) > 0 && (*h)[0].gain == top.gain {
		e := h.pop()
		if e.round != round {
			e.gain, e.round = key(in.gain(e.idx)), round
		}
		if e.gain == top.gain {
			group = append(group, e)
		} else {
			fell = append(fell, e)
		}
	}
	for _, e := range fell {
		h.push(e)
	}
	return group
}

// mostClosing returns the candidate of group that brings most states over
// threshold, ties going to the one the heap ranks first.
func (in *instance) mostClosing(group []entry) int32 {
	best, bestCloses := group[0], in.closes(group[0].idx)
	for _, e := range group[1:] {
		c := in.closes(e.idx)
		if c > bestCloses || c == bestCloses && e.before(best) {
			best, bestCloses = e, c
		}
	}
	return best.idx
}

// apply adds candidate i to the shortlist: its capacities narrow the gaps
// still open. It returns what the candidate contributed.
func (in *instance) apply(i int32) picked {
	p := picked{idx: i, gain: in.gain(i)}
	for j := in.start[i]; j < in.start[i+1]; j++ {
		s, a := in.st[j], in.amt[j]
		r := in.rem[s]
		if r == 0 {
			continue
		}
		p.helps, p.gapSigs = append(p.helps, s), p.gapSigs+min(a, r)
		if a >= r {
			p.closes = append(p.closes, s)
			in.open--
		}
		in.rem[s] = max(0, r-a)
	}
	return p
}
