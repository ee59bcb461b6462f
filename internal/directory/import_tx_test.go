package directory

import (
	"slices"
	"testing"
	"time"
)

// feedOf returns a feed over queued chunks of the given sizes, the queue closed.
func feedOf(maxRows int, window time.Duration, sizes ...int) *txFeed[int] {
	jobs := make(chan writeJob[int], len(sizes))
	for i, n := range sizes {
		jobs <- writeJob[int]{batch: make([]int, n), lines: []int{i}}
	}
	close(jobs)
	return &txFeed[int]{jobs: jobs, maxRows: maxRows, window: window}
}

// transactions returns the chunks (by their first line) of each transaction
// the feed makes.
func transactions(f *txFeed[int]) [][]int {
	var out [][]int
	for f.more() {
		var tx []int
		for j := range f.tx() {
			tx = append(tx, j.lines[0])
		}
		out = append(out, tx)
	}
	return out
}

func TestTxFeedEndsATransactionAtItsRows(t *testing.T) {
	got := transactions(feedOf(3, time.Hour, 2, 2, 2, 2, 1))
	if want := [][]int{{0, 1}, {2, 3}, {4}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("transactions %v, want %v", got, want)
	}
}

func TestTxFeedEndsATransactionWhenRowsStopComing(t *testing.T) {
	jobs := make(chan writeJob[int], 2)
	f := &txFeed[int]{jobs: jobs, maxRows: 100, window: 20 * time.Millisecond}
	jobs <- writeJob[int]{batch: make([]int, 1), lines: []int{0}}
	var first []int
	if !f.more() {
		t.Fatal("no chunk")
	}
	for j := range f.tx() { // the second chunk comes after the window
		first = append(first, j.lines[0])
	}
	jobs <- writeJob[int]{batch: make([]int, 1), lines: []int{1}}
	close(jobs)
	if rest := transactions(f); !slices.Equal(first, []int{0}) || len(rest) != 1 || !slices.Equal(rest[0], []int{1}) {
		t.Errorf("transactions %v then %v, want [0] then [[1]]", first, rest)
	}
}

func TestTxFeedStopsWhenTheWriterStops(t *testing.T) {
	f := feedOf(100, time.Hour, 1, 1, 1)
	f.more()
	for range f.tx() {
		break // the store failed on the first chunk
	}
	if len(f.taken) != 1 {
		t.Errorf("taken %d chunks, want the one written", len(f.taken))
	}
	if got := transactions(f); !slices.EqualFunc(got, [][]int{{1, 2}}, slices.Equal) {
		t.Errorf("after a stop: %v, want the other chunks still queued", got)
	}
}
