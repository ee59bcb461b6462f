package directory

import "math/bits"

// The thresholds of "similar names", chosen by testing: TestSimilarNames, and
// the recall and precision of the full scan on the synthetic directory
// (duplicate_scan_test.go; at 100,000 records recall stays 1.0 while
// precision is 0.89 at a threshold of 0.67 and 0.98 at 0.75 or 0.8, and 0.92,
// 0.98 and 0.99 with two edits allowed from 7, 8 or 9 letters; 8 is kept
// because 9 loses real variants such as the Bulgarian article in "Zeleni"
// and "Zelenite"):
//
//   - similarThreshold: names are similar when their NameKey words, counted
//     as a Jaccard index with close words as equal, overlap by at least 3/4.
//     A typo or a variant spelling in any one word passes (1.0), and so does
//     one word added to three or more ("Friends of the Earth" and "Friends of
//     the Earth Europe", 0.8); one word added to one or two does not
//     ("Greenpeace Energy", 0.5), nor two names that share one word of two
//     ("Zelena Ljubljana" and "Zelena Slovenija", 0.33), the usual shape of
//     different organizations sharing a common word.
//   - two words are close when both have at least minFuzzyWord letters and no
//     digits, and differ by one edit (insertion, deletion, substitution or
//     swap of neighbours), or by two when the longer has longWord letters or
//     more: enough for typos and the usual transliteration variants
//     ("obshtestvo" and "obschestvo"), while short words ("the", "za", "din")
//     and numbers ("Agenda 21", "Agenda 22") are compared exactly.
const (
	similarThreshold = 0.75
	minFuzzyWord     = 5
	longWord         = 8
	maxEditWord      = 48 // longer words are compared exactly
)

// similarity returns the Jaccard index of two names' words, counting close
// words as equal. It returns 0 early when the names cannot reach
// similarThreshold.
func (x *dupIndex) similarity(a, b []uint32) float64 {
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 || jaccard(min(la, lb), la, lb) < similarThreshold {
		return 0
	}
	var usedB uint64
	var rest [maxNameTokens]uint32
	n, matched := 0, 0
	for _, t := range a {
		if k := unusedIndex(b, t, usedB); k >= 0 {
			usedB |= 1 << k
			matched++
		} else {
			rest[n] = t
			n++
		}
	}
	if jaccard(matched+min(n, lb-matched), la, lb) < similarThreshold {
		return 0
	}
	for _, t := range rest[:n] {
		if k := x.closeUnused(b, t, usedB); k >= 0 {
			usedB |= 1 << k
			matched++
		}
	}
	return jaccard(matched, la, lb)
}

func jaccard(matched, la, lb int) float64 {
	return float64(matched) / float64(la+lb-matched)
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

// closeUnused returns the index of a word of words close to t and not yet
// marked in used, or -1.
func (x *dupIndex) closeUnused(words []uint32, t uint32, used uint64) int {
	if x.dict.letters[t] == 0 {
		return -1
	}
	for k, u := range words {
		if used&(1<<k) == 0 && x.dict.letters[u] != 0 && x.close(t, u) {
			return k
		}
	}
	return -1
}

// close reports whether words t and u, both fuzzy, are close (see
// similarThreshold). Each edit changes the set of letters of a word by at most
// two, so words whose sets differ more are ruled out before the edit distance.
func (x *dupIndex) close(t, u uint32) bool {
	s, w := x.dict.word(t), x.dict.word(u)
	short, long := min(len(s), len(w)), max(len(s), len(w))
	allowed := 1
	if long >= longWord {
		allowed = 2
	}
	return long-short <= allowed &&
		bits.OnesCount32(x.dict.letters[t]^x.dict.letters[u]) <= 2*allowed &&
		editDistance(s, w, allowed) <= allowed
}

// letterSet returns the set of letters of w as bits (a–z, and one bit for any
// other byte), or 0 when w cannot be close to another word: shorter than
// minFuzzyWord, longer than maxEditWord, or with a digit.
func letterSet[T ~string | ~[]byte](w T) uint32 {
	if len(w) < minFuzzyWord || len(w) > maxEditWord {
		return 0
	}
	var set uint32
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9':
			return 0
		case 'a' <= c && c <= 'z':
			set |= 1 << (c - 'a')
		default:
			set |= 1 << 26
		}
	}
	return set
}

// editDistance returns the optimal-string-alignment distance of s and t (edits
// are insertion, deletion, substitution and the swap of two neighbours), or
// bound+1 once it exceeds bound. It fills only the band of the table within
// bound of the diagonal. s and t must be at most maxEditWord bytes, bound
// small.
func editDistance[T ~string | ~[]byte](s, t T, bound int) int {
	var rows [3][maxEditWord + 1]uint8
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	far := uint8(bound + 1)
	for j := range len(t) + 1 {
		prev[j], prev2[j], cur[j] = min(uint8(j), far), far, far
	}
	for i := 1; i <= len(s); i++ {
		lo, hi := max(1, i-bound), min(len(t), i+bound)
		cur[lo-1] = far
		if lo == 1 {
			cur[0] = min(uint8(i), far)
		}
		rowMin := far
		for j := lo; j <= hi; j++ {
			cur[j] = editCell(s, t, i, j, prev2, prev, cur)
			rowMin = min(rowMin, cur[j])
		}
		if hi < len(t) {
			cur[hi+1] = far
		}
		if rowMin >= far {
			return bound + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return int(min(prev[len(t)], far))
}

// editCell computes one cell of the distance table from its neighbours.
func editCell[T ~string | ~[]byte](s, t T, i, j int, prev2, prev, cur *[maxEditWord + 1]uint8) uint8 {
	cost := uint8(1)
	if s[i-1] == t[j-1] {
		cost = 0
	}
	d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
	if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
		d = min(d, prev2[j-2]+1)
	}
	return d
}
