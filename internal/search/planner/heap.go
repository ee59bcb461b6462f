package planner

// entry is a candidate in the lazy greedy's heap.
type entry struct {
	gain  int64 // marginal gain in f, rounded (see key), as of round
	sigs  int   // the candidate's signatures in all states
	idx   int32 // the candidate's position in the input
	round int32 // the round in which gain was computed
}

// before reports whether a ranks before b: larger gain, then more
// signatures, then listed first.
func (a entry) before(b entry) bool {
	if a.gain != b.gain {
		return a.gain > b.gain
	}
	if a.sigs != b.sigs {
		return a.sigs > b.sigs
	}
	return a.idx < b.idx
}

// maxHeap is a binary heap of entries, the one that ranks first on top.
type maxHeap []entry

// heapify establishes the heap order of h in linear time.
func (h maxHeap) heapify() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

// zeroGains sets every gain to 0, fresh in round, and restores the heap
// order, now by signatures. Once every gap is closed this is every fresh
// gain, found in linear time instead of by re-evaluating each candidate as
// it reaches the top.
func (h maxHeap) zeroGains(round int32) {
	for i := range h {
		h[i].gain, h[i].round = 0, round
	}
	h.heapify()
}

func (h *maxHeap) push(e entry) {
	*h = append(*h, e)
	h.up(len(*h) - 1)
}

func (h *maxHeap) pop() entry {
	old := *h
	top, last := old[0], len(old)-1
	old[0] = old[last]
	*h = old[:last]
	h.down(0)
	return top
}

func (h maxHeap) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !h[i].before(h[parent]) {
			return
		}
		h[i], h[parent] = h[parent], h[i]
		i = parent
	}
}

func (h maxHeap) down(i int) {
	for {
		first, left := i, 2*i+1
		if left < len(h) && h[left].before(h[first]) {
			first = left
		}
		if right := left + 1; right < len(h) && h[right].before(h[first]) {
			first = right
		}
		if first == i {
			return
		}
		h[i], h[first] = h[first], h[i]
		i = first
	}
}
