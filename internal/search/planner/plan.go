package planner

// State is one member state as the planner sees it.
type State struct {
	Code      string // EU code ("LV")
	Gap       int    // threshold − realistic projection; ≤ 0 when already over threshold
	Projected int    // realistic projection of signatures without the candidates
}

// Candidate is an organization not yet engaged, with the signatures it can
// realistically collect in each member state (by EU code). Every state in
// Capacity must be among the states given to Plan; zero entries are ignored.
type Candidate struct {
	ID       string
	Capacity map[string]int
}

// Coverage is where the initiative stands: the number of states over
// threshold and the projected signatures in all listed states.
type Coverage struct {
	StatesOver int
	Total      int
}

// Pick is one candidate of a shortlist and its marginal contribution, given
// the candidates picked before it.
type Pick struct {
	ID            string
	Helps         []string // states whose open gap it narrows, in the order the states were given
	Closes        []string // those of Helps it brings over threshold
	Signatures    int      // every signature it is expected to collect; all count toward the total
	GapSignatures int      // those that fall within gaps still open
	Gain          float64  // its marginal gain in the surrogate f: the fractions of gaps it closes, summed
	After         Coverage // coverage with this pick and those before it
}

// StateChange is one state before and after the whole shortlist.
type StateChange struct {
	Code       string
	Gap        int // the gap before the shortlist; ≤ 0 when already over
	Before     int // projected signatures without the shortlist
	After      int // projected signatures with it
	OverBefore bool
	OverAfter  bool
}

// Shortlist is the planner's proposal: the candidates in the order picked,
// with coverage before and after, per state in the order the states were
// given, and the surrogate f of the whole shortlist (see the package
// documentation).
type Shortlist struct {
	Picks     []Pick
	Before    Coverage
	After     Coverage
	States    []StateChange
	Surrogate float64
}

// Plan picks at most k candidates that bring the most member states over
// threshold, then add the most signatures, by greedy maximization of the
// fraction of gaps closed (see the package documentation for the algorithm
// and its guarantee). A candidate listed twice, a state listed twice, a
// capacity in a state not listed, and a negative capacity, projection or
// budget give an error that is an errs.ErrInvalid.
func Plan(states []State, candidates []Candidate, k int) (Shortlist, error) {
	in, err := compile(states, candidates, k)
	if err != nil {
		return Shortlist{}, err
	}
	picks := in.greedy(k)
	return in.shortlist(states, candidates, picks), nil
}
