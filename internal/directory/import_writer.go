package directory

import (
	"cmp"
	"slices"
	"sync/atomic"
)

// writeJob is one batch for the store: the records, the row of each, the
// name key of each organization, its encoding for the store, and the affiliations to link once the
// people in it have ids.
type writeJob[T any] struct {
	batch   []T
	lines   []int
	keys    []string
	links   []link
	encoded any // the store's encoding of the batch (see OrgChunk), or nil
}

// asyncWriter writes batches on a goroutine of its own, one after another,
// while the importer reads and checks the next rows: on two cores the store's
// work and the parsing overlap. It keeps its own Report, merged at the end.
type asyncWriter[T any] struct {
	jobs   chan writeJob[T]
	done   chan struct{}
	report Report
	err    error
	failed atomic.Bool
}

// startWriter starts a writer that runs write for each batch.
func startWriter[T any](write func(writeJob[T], *Report) error) *asyncWriter[T] {
	return startWriterLoop(func(jobs <-chan writeJob[T], rep *Report) error {
		for j := range jobs {
			if err := write(j, rep); err != nil {
				return err
			}
		}
		return nil
	})
}

// startWriterLoop starts a writer that hands the queue to run, which writes
// batches until the queue is closed or a write fails.
func startWriterLoop[T any](run func(jobs <-chan writeJob[T], rep *Report) error) *asyncWriter[T] {
	w := &asyncWriter[T]{jobs: make(chan writeJob[T], 1), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		if err := run(w.jobs, &w.report); err != nil {
			w.err = err
			w.failed.Store(true)
			for range w.jobs { // drain: the import is failing
			}
		}
	}()
	return w
}

// send queues a batch; it returns errWriterFailed once a write failed.
func (w *asyncWriter[T]) send(j writeJob[T]) error {
	if w.failed.Load() {
		return errWriterFailed
	}
	w.jobs <- j
	return nil
}

// close waits for the queued batches and returns the writer's report and the
// first write error.
func (w *asyncWriter[T]) close() (Report, error) {
	close(w.jobs)
	<-w.done
	return w.report, w.err
}

// merge adds the counts, problems and warnings of o to r, keeping problems
// and warnings in row order.
func (r *Report) merge(o Report) {
	r.Created += o.Created
	r.Updated += o.Updated
	r.Rejected += o.Rejected
	r.Truncated = r.Truncated || o.Truncated
	byRow := func(a, b RowProblem) int { return cmp.Compare(a.Row, b.Row) }
	r.Problems = append(r.Problems, o.Problems...)
	slices.SortStableFunc(r.Problems, byRow)
	r.Warnings = append(r.Warnings, o.Warnings...)
	slices.SortStableFunc(r.Warnings, byRow)
}
