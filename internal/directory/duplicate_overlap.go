package directory

// nameOverlap is how the words of two names a and b compare: the weight of
// what they share and of what sets them apart, how many words of each found
// no partner in the other, and whether a shared word is distinctive. A word
// pairs with an equal word or a close one; a pair weighs as the more common of
// its two words, and a close pair counts as shared only for the share of its
// letters that agree, the rest setting the names apart.
type nameOverlap struct {
	shared, apart        uint32
	unpairedA, unpairedB int
	distinctive          bool
}

// similarity returns the weighted Jaccard index of the two names.
func (o nameOverlap) similarity() float64 {
	if o.shared == 0 {
		return 0
	}
	return float64(o.shared) / float64(o.shared+o.apart)
}

// similar reports whether the two names are similar (see similarThreshold):
// similar enough, one name holding every word of the other, and alike in
// every word or in a distinctive one.
func (o nameOverlap) similar() bool {
	whole := o.unpairedA == 0 && o.unpairedB == 0
	contained := o.unpairedA == 0 || o.unpairedB == 0
	return contained && (whole || o.distinctive) && o.similarity() >= similarThreshold-scoreEpsilon
}

// overlap compares the words of two names of organizations in city: equal
// words first, then close words among the rest. Unpaired words that are
// optional are left out. It returns a zero overlap early when the names cannot
// be similar.
func (x *dupIndex) overlap(a, b, city []uint32) nameOverlap {
	var o nameOverlap
	var usedB uint64
	var rest [maxNameTokens]uint32
	n := 0
	for _, t := range a {
		if k := unusedIndex(b, t, usedB); k >= 0 {
			usedB |= 1 << k
			x.share(&o, t, t, 0)
		} else {
			rest[n] = t
			n++
		}
	}
	if !x.bestCase(o, rest[:n], b, usedB, city).similar() {
		return nameOverlap{}
	}
	for _, t := range rest[:n] {
		if k, edits := x.closeUnused(b, t, usedB); k >= 0 {
			usedB |= 1 << k
			x.share(&o, t, b[k], edits)
		} else if !x.optional(t, city) {
			o.apart += x.weight(t)
			o.unpairedA++
		}
	}
	for k, u := range b {
		if usedB&(1<<k) == 0 && !x.optional(u, city) {
			o.apart += x.weight(u)
			o.unpairedB++
		}
	}
	return o
}

// share adds to o the pair of words t and u, which differ by edits.
func (x *dupIndex) share(o *nameOverlap, t, u uint32, edits int) {
	w := min(x.weight(t), x.weight(u))
	if edits > 0 {
		long := max(len(x.dict.word(t)), len(x.dict.word(u)))
		differ := w * uint32(edits) / uint32(long)
		o.apart += differ
		w -= differ
	}
	o.shared += w
	o.distinctive = o.distinctive || x.distinctive(t) && x.distinctive(u)
}

// bestCase returns an overlap at least as similar as any that pairing close
// words can make of o, given a's unpaired words rest and b's words not in
// used: every word that may be close is taken to pair at its full weight, and
// only words that cannot be close (short, with digits) or have no word left
// to pair with stay apart.
func (x *dupIndex) bestCase(o nameOverlap, rest, b []uint32, used uint64, city []uint32) nameOverlap {
	restA, restB := x.leftover(rest, 0, city), x.leftover(b, used, city)
	return nameOverlap{
		shared:      o.shared + min(restA.fuzzy, restB.fuzzy),
		apart:       restA.fixed + restB.fixed,
		unpairedA:   max(restA.fixedCount, restA.count-restB.fuzzyCount),
		unpairedB:   max(restB.fixedCount, restB.count-restA.fuzzyCount),
		distinctive: o.distinctive || restA.distinctive && restB.distinctive,
	}
}

// leftoverWords sums the words of a name that no equal word paired: those that
// may still pair with a close word (their weight and number, and whether one
// is distinctive), those that cannot and are not optional (their weight and
// number), and the words that are not optional.
type leftoverWords struct {
	fuzzy, fixed                  uint32
	fuzzyCount, fixedCount, count int
	distinctive                   bool
}

// leftover sums the words of words not marked in used.
func (x *dupIndex) leftover(words []uint32, used uint64, city []uint32) leftoverWords {
	var l leftoverWords
	for k, t := range words {
		if used&(1<<k) != 0 {
			continue
		}
		optional := x.optional(t, city)
		if !optional {
			l.count++
		}
		switch {
		case x.dict.letters[t] != 0:
			l.fuzzy += x.weight(t)
			l.fuzzyCount++
			l.distinctive = l.distinctive || x.distinctive(t)
		case !optional:
			l.fixed += x.weight(t)
			l.fixedCount++
		}
	}
	return l
}

// unusedIndex returns the index of t in words not yet marked in used, or -1.
func unusedIndex(words []uint32, t uint32, used uint64) int {
	for k, u := range words {
		if u == t && used&(1<<k) == 0 {
			return k
		}
	}
	return -1
}
