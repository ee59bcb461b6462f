package planner

import (
	"fmt"

	"coalition/internal/errs"
)

// Errors of Plan's input, each an errs.ErrInvalid; the error returned names
// the candidate or state concerned.
var (
	ErrDuplicateCandidate = fmt.Errorf("%w: candidate listed twice", errs.ErrInvalid)
	ErrDuplicateState     = fmt.Errorf("%w: state listed twice", errs.ErrInvalid)
	ErrUnknownState       = fmt.Errorf("%w: capacity in a state not listed", errs.ErrInvalid)
	ErrNegative           = fmt.Errorf("%w: negative number", errs.ErrInvalid)
)

// instance is Plan's input in compact form, and the state of the greedy
// selection: the remaining gaps.
type instance struct {
	gap   []int     // per state index; 0 where already over threshold
	inv   []float64 // 1/gap; 0 where already over threshold
	rem   []int     // the part of each gap still open
	open  int       // states whose gap is still open
	start []int32   // candidate i's capacities are st and amt[start[i]:start[i+1]]
	st    []int32   // state index, ascending within a candidate
	amt   []int     // signatures, > 0
	sigs  []int     // candidate i's signatures in all states
}

// compile checks the input and lays it out for the greedy selection.
func compile(states []State, candidates []Candidate, k int) (*instance, error) {
	if k < 0 {
		return nil, fmt.Errorf("planner: budget %d: %w", k, ErrNegative)
	}
	in, index, err := compileStates(states)
	if err != nil {
		return nil, err
	}
	if err := in.addCandidates(candidates, index); err != nil {
		return nil, err
	}
	return in, nil
}

// compileStates reads the gaps and returns the index of each state code.
func compileStates(states []State) (*instance, map[string]int32, error) {
	n := len(states)
	in := &instance{gap: make([]int, n), inv: make([]float64, n), rem: make([]int, n)}
	index := make(map[string]int32, n)
	for i, s := range states {
		if _, dup := index[s.Code]; dup {
			return nil, nil, fmt.Errorf("planner: state %q: %w", s.Code, ErrDuplicateState)
		}
		if s.Projected < 0 {
			return nil, nil, fmt.Errorf("planner: state %q: projection %d: %w", s.Code, s.Projected, ErrNegative)
		}
		index[s.Code] = int32(i)
		if s.Gap > 0 {
			in.gap[i], in.rem[i], in.inv[i] = s.Gap, s.Gap, 1/float64(s.Gap)
			in.open++
		}
	}
	return in, index, nil
}

// addCandidates appends every candidate's capacities in state order.
func (in *instance) addCandidates(candidates []Candidate, index map[string]int32) error {
	in.start = make([]int32, 1, len(candidates)+1)
	in.st = make([]int32, 0, 2*len(candidates))
	in.amt = make([]int, 0, 2*len(candidates))
	in.sigs = make([]int, 0, len(candidates))
	seen := make(map[string]struct{}, len(candidates))
	for _, c := range candidates {
		if _, dup := seen[c.ID]; dup {
			return fmt.Errorf("planner: candidate %q: %w", c.ID, ErrDuplicateCandidate)
		}
		seen[c.ID] = struct{}{}
		if err := in.addCandidate(c, index); err != nil {
			return err
		}
	}
	return nil
}

// addCandidate appends one candidate's non-zero capacities, sorted by state.
func (in *instance) addCandidate(c Candidate, index map[string]int32) error {
	from, total := len(in.st), 0
	for code, n := range c.Capacity {
		s, ok := index[code]
		switch {
		case !ok:
			return fmt.Errorf("planner: candidate %q: state %q: %w", c.ID, code, ErrUnknownState)
		case n < 0:
			return fmt.Errorf("planner: candidate %q: capacity %d in %s: %w", c.ID, n, code, ErrNegative)
		case n > 0:
			in.st, in.amt, total = append(in.st, s), append(in.amt, n), total+n
		}
	}
	in.sortEntries(from)
	in.start = append(in.start, int32(len(in.st)))
	in.sigs = append(in.sigs, total)
	return nil
}

// sortEntries orders the capacities from position from on by state index,
// so that gains are summed in the same order on every run.
func (in *instance) sortEntries(from int) {
	st, amt := in.st[from:], in.amt[from:]
	for i := 1; i < len(st); i++ {
		for j := i; j > 0 && st[j] < st[j-1]; j-- {
			st[j], st[j-1] = st[j-1], st[j]
			amt[j], amt[j-1] = amt[j-1], amt[j]
		}
	}
}
