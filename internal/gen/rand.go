package gen

import (
	"math"
	"math/rand/v2"
)

// picker chooses an index with fixed weights.
type picker struct {
	cum []float64 // cumulative weights, the last one 1
}

// weighted returns a picker for the given weights.
func weighted(w ...float64) picker {
	total := 0.0
	for _, x := range w {
		total += x
	}
	cum := make([]float64, len(w))
	run := 0.0
	for i, x := range w {
		run += x
		cum[i] = run / total
	}
	cum[len(cum)-1] = 1
	return picker{cum: cum}
}

// zipf returns a picker over n items where item i has weight 1/(i+1)^s, the
// rank-frequency law of words in natural text.
func zipf(n int, s float64) picker {
	w := make([]float64, n)
	for i := range w {
		w[i] = 1 / math.Pow(float64(i+1), s)
	}
	return weighted(w...)
}

// pick returns an index.
func (p picker) pick(r *rand.Rand) int {
	x := r.Float64()
	lo, hi := 0, len(p.cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if p.cum[mid] > x {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// chance reports true with probability p.
func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

// logNormal returns a whole number drawn from a log-normal distribution with
// the given median and shape (sigma of the logarithm), at least 1.
func logNormal(r *rand.Rand, median, sigma float64) int64 {
	return max(1, int64(median*math.Exp(sigma*r.NormFloat64())))
}

// newRand returns the generator's random source for a seed and a stream, so
// that organizations and people of one seed do not share a sequence.
func newRand(seed int64, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), stream))
}

// hashString is FNV-1a.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix combines two hashes.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + h<<6 + h>>2
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// hashBytes is hashString for a byte slice.
func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
