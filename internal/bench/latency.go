package bench

import (
	"sort"
	"time"
)

// Latency summarizes the times of a series of searches.
type Latency struct {
	N             int
	P50, P95, P99 time.Duration
	Max           time.Duration
}

func summarize(times []time.Duration) Latency {
	if len(times) == 0 {
		return Latency{}
	}
	s := append([]time.Duration(nil), times...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	at := func(p float64) time.Duration { return s[min(len(s)-1, int(p*float64(len(s))))] }
	return Latency{N: len(s), P50: at(0.50), P95: at(0.95), P99: at(0.99), Max: s[len(s)-1]}
}
