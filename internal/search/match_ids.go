package search

import "context"

// MatchIDs returns the ids of every organization matching q, best first, in
// the order Search pages through them, from one state of the index. It
// ignores q.Offset and q.Limit and counts no facets: it is for taking all
// the matches at once, as an export does.
func (ix *Index) MatchIDs(q Query) ([]int64, error) {
	r, err := newRequest(q)
	if err != nil {
		return nil, err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	e := newEval(ix)
	defer e.release()
	return e.matchIDs(&r), nil
}

// matchIDs evaluates a request's words, exclusions and filters, and ranks
// every match.
func (e *eval) matchIDs(r *request) []int64 {
	pl := e.plan(r.p)
	all := e.matched(pl, r.p, &r.negate, r.archived)
	for f, vs := range r.filters {
		if len(vs) > 0 {
			all.and(e.values(f, vs))
		}
	}
	return e.page(pl, all, 0, all.count())
}

// MatchIDs catches up with the change log when due, as Search does, then
// returns the ids of every match of q, best first (see Index.MatchIDs).
func (e *Engine) MatchIDs(ctx context.Context, q Query) ([]int64, error) {
	ix, err := e.caughtUp(ctx)
	if err != nil {
		return nil, err
	}
	return ix.MatchIDs(q)
}

// caughtUp returns the index once it has read the change log, if due. A
// failed read leaves the index as it was (stale results beat none), unless
// ctx ended.
func (e *Engine) caughtUp(ctx context.Context) (*Index, error) {
	if e.ix.Load() == nil {
		return nil, ErrNotReady
	}
	if err := e.catchUp(ctx); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		e.logger().Debug("search: reading the change log failed; the results may be stale", "err", err)
	}
	return e.ix.Load(), nil
}
