// Package planner proposes which organizations an initiative should approach
// next: from candidates not yet engaged, each with the signatures it can
// realistically collect per member state, it picks a shortlist of at most k
// that best closes the gaps to the Annex I minimum of the European
// citizens' initiative (Plan). It is the alliance planner of capability C2:
// a max-coverage selection, not the top k by score. It is pure computation:
// the caller supplies the gaps (threshold − realistic projection, capability
// C6) and the candidates' expected capacities.
//
// # Objective
//
// What an initiative needs is member states over threshold (at least seven)
// and a million signatures in all, so the aim is a shortlist that brings the
// most states over threshold, then adds the most signatures. The number of
// states over threshold is a step function of the signatures: a candidate
// that closes 90% of a gap scores nothing until another closes the rest, so
// greedy selection on the count alone is blind. The planner therefore
// maximizes a surrogate
//
//	f(S) = Σ over states s with gap_s > 0 of min(1, added_s(S) / gap_s)
//
// where added_s(S) is the signatures the shortlist S is expected to collect
// in s: the fraction of each open gap that S closes, summed. A state counts
// 1 in f exactly when S brings it over threshold, so f is never below the
// count of states S brings over, and partial progress is rewarded. f is a
// sum of concave functions of sums of non-negative capacities, hence
// monotone and submodular. States already over threshold (gap ≤ 0) do not
// enter f.
//
// Signatures are counted two ways. Toward the gaps (f, Pick.GapSignatures)
// only the part of a capacity that fits in the gap still open counts. Toward
// the total (Pick.Signatures, Coverage.Total) every expected signature
// counts, since each one counts toward the million wherever it is collected.
//
// # Algorithm
//
// Greedy: pick, k times, the candidate with the largest marginal gain in f;
// among equal gains, the one that brings most states over threshold, then
// the one with most signatures, then the one listed first. Once no candidate
// narrows any open gap, picks go by signatures alone, toward the total;
// candidates that add nothing are never picked, so a shortlist can be
// shorter than k.
//
// Evaluation is lazy (Minoux's accelerated greedy): candidates sit in a
// max-heap under their last computed gain. By submodularity a gain can only
// fall as the shortlist grows, so a stale gain is an upper bound, and a
// candidate whose fresh gain still leads the heap is the greedy choice
// without evaluating the others. Only candidates whose stale gain equals the
// leader's are re-evaluated to break the tie, because the number of states a
// candidate brings over threshold can grow as others fill part of a gap.
// Gains are compared rounded to 2⁻⁴⁰ so that equal fractions summed in a
// different order tie; the rounding is monotone, so stale gains stay upper
// bounds. Once every gap is closed all gains are 0, and the heap is
// reordered by signatures in one pass rather than candidate by candidate.
//
// # What is guaranteed, and what is not
//
// For f, greedy selection under a budget of k is within a factor (1 − 1/e)
// ≈ 0.632 of the best shortlist of at most k (Nemhauser, Wolsey and Fisher,
// 1978): f(greedy) ≥ (1 − 1/e) · max over |S| ≤ k of f(S). Lazy evaluation
// and the tie rules pick a candidate of maximal gain each time, so the bound
// holds for Plan, less at most k · 2⁻⁴⁰ for the rounding of gains.
//
// The number of states over threshold, which is what the organizer cares
// about, is only what greedy achieves: there is no bound on it. Bringing
// states over all-or-nothing thresholds with k picks is a hard covering
// problem, and greedy on f can fall short of the best count. For example,
// with two gaps of 100 and k = 2, a candidate with 60 in each state (f gain
// 1.2) is picked before two candidates with 100 in one state each (f gain
// 1.0), leaving one state over instead of two. And since f rewards partial
// progress, even the shortlist with the best f can bring fewer states over
// than another: 75% of one gap and 50% of a second weigh more in f than
// one gap closed. Shortlist.Surrogate reports f so that it can be compared
// with the bound.
package planner
