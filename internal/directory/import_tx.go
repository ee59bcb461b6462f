package directory

import (
	"iter"
	"time"
)

// importChunk is the most rows the importer hands the writer at a time. The
// writer keeps its transaction open across chunks (see txFeed), so a small
// chunk costs nothing in commits: it only lets the writer start early and
// finish soon after the last row is read, where whole transactions made it
// wait for the first 20,000 rows and left it writing the last ones alone.
const importChunk = 2000

// txWindow is how long an import transaction waits for more chunks before
// it commits: it bounds how long the import keeps other writers waiting when
// rows arrive slowly.
const txWindow = 250 * time.Millisecond

// txFeed takes the queued chunks of an import, a transaction's worth at a
// time.
type txFeed[T any] struct {
	jobs    <-chan writeJob[T]
	maxRows int // rows per transaction
	window  time.Duration
	held    []writeJob[T] // a received chunk not yet written
	closed  bool          // the queue is closed and empty
	taken   []writeJob[T] // the chunks of the current transaction
}

// more waits for the next chunk and reports whether there is one.
func (f *txFeed[T]) more() bool {
	if len(f.held) == 0 && !f.closed {
		if j, ok := <-f.jobs; ok {
			f.held = append(f.held, j)
		} else {
			f.closed = true
		}
	}
	return len(f.held) > 0
}

// tx yields the chunks of one transaction: the first one waiting, then what
// arrives until the transaction holds maxRows rows, window has passed, or the
// queue is closed. The yielded chunks are in f.taken.
func (f *txFeed[T]) tx() iter.Seq[writeJob[T]] {
	f.taken = f.taken[:0]
	return func(yield func(writeJob[T]) bool) {
		deadline := time.NewTimer(f.window)
		defer deadline.Stop()
		for rows := 0; rows < f.maxRows; {
			j, ok := f.receive(deadline.C)
			if !ok {
				return
			}
			f.taken = append(f.taken, j)
			rows += len(j.batch)
			if !yield(j) {
				return
			}
		}
	}
}

// receive returns the held chunk, or the next one to arrive before deadline.
func (f *txFeed[T]) receive(deadline <-chan time.Time) (writeJob[T], bool) {
	if len(f.held) > 0 {
		j := f.held[0]
		f.held = f.held[:0]
		return j, true
	}
	if f.closed {
		return writeJob[T]{}, false
	}
	select {
	case j, ok := <-f.jobs:
		f.closed = !ok
		return j, ok
	case <-deadline:
		return writeJob[T]{}, false
	}
}
