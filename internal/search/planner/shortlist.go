package planner

// shortlist reports the picks with their contributions and the coverage
// before and after them.
func (in *instance) shortlist(states []State, candidates []Candidate, picks []picked) Shortlist {
	sl := Shortlist{Before: coverageOf(states)}
	now := sl.Before
	for _, p := range picks {
		now.StatesOver += len(p.closes)
		now.Total += in.sigs[p.idx]
		sl.Picks = append(sl.Picks, Pick{
			ID:            candidates[p.idx].ID,
			Helps:         codes(states, p.helps),
			Closes:        codes(states, p.closes),
			Signatures:    in.sigs[p.idx],
			GapSignatures: p.gapSigs,
			Gain:          p.gain,
			After:         now,
		})
	}
	sl.After = now
	sl.States = in.changes(states, picks)
	sl.Surrogate = in.surrogate()
	return sl
}

// coverageOf is the coverage of the states without any candidate.
func coverageOf(states []State) Coverage {
	var c Coverage
	for _, s := range states {
		c.Total += s.Projected
		if s.Gap <= 0 {
			c.StatesOver++
		}
	}
	return c
}

// codes returns the EU codes of state indexes.
func codes(states []State, idx []int32) []string {
	if len(idx) == 0 {
		return nil
	}
	out := make([]string, len(idx))
	for i, s := range idx {
		out[i] = states[s].Code
	}
	return out
}

// changes returns every state before and after the picks.
func (in *instance) changes(states []State, picks []picked) []StateChange {
	added := make([]int, len(states))
	for _, p := range picks {
		for j := in.start[p.idx]; j < in.start[p.idx+1]; j++ {
			added[in.st[j]] += in.amt[j]
		}
	}
	out := make([]StateChange, len(states))
	for i, s := range states {
		out[i] = StateChange{
			Code: s.Code, Gap: s.Gap,
			Before: s.Projected, After: s.Projected + added[i],
			OverBefore: s.Gap <= 0, OverAfter: added[i] >= s.Gap,
		}
	}
	return out
}

// surrogate is f of the picks so far: the fractions of the open gaps closed.
func (in *instance) surrogate() float64 {
	f := 0.0
	for s, g := range in.gap {
		if g > 0 {
			f += float64(g-in.rem[s]) * in.inv[s]
		}
	}
	return f
}
