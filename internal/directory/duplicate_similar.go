package directory

import "math/bits"

// The rule of "similar names", chosen by testing: TestSimilarNames,
// TestSimilarNamesInDirectory, and the recall and precision of the full scan
// on the synthetic and the generated directories (duplicate_scan_test.go,
// duplicate_planted_test.go):
//
//   - similarThreshold: names are similar when their NameKey words overlap by
//     at least 3/4, counted as a Jaccard index in which each word weighs by
//     its rarity in the directory (see wordRarity), and besides
//     (nameOverlap.similar) one name holds every word of the other, and they
//     are alike in every word or share a distinctive one (see
//     distinctiveUses). Two names that each have a word the other lacks name
//     two organizations ("Jugend für Umwelt Graz" and "Jugend für Umwelt
//     Linz"), and common words say little, however many two names share:
//     "Centro per la salute pubblica Torino" and "Per la salute pubblica
//     Torino" are two of the many organizations of that kind. A typo or a
//     variant spelling in any one word passes, and so does a common word
//     added to distinctive ones ("Zeleni Balkani" and "Zeleni Balkani Sofia"),
//     the organization's own city added to any name, or a misspelled legal
//     form (see optional). Without word counts (OrgDuplicates) every word
//     weighs the same and is distinctive: one word added to three or more
//     passes ("Friends of the Earth" and "Friends of the Earth Europe", 0.8),
//     one added to one or two does not ("Greenpeace Energy", 0.5).
//   - two words are close when the longer has at least minFuzzyWord letters
//     (the shorter may have lost one), neither has a digit, and they differ
//     by one edit (insertion, deletion, substitution or swap of neighbours),
//     or by two when the longer has longWord letters or more: enough for
//     typos ("Radio" and "Rdio") and the usual transliteration variants
//     ("obshtestvo" and "obschestvo"), while short words ("the", "za", "din")
//     and numbers ("Agenda 21", "Agenda 22") are compared exactly. 8 is kept
//     because 9 loses real variants such as the Bulgarian article in "Zeleni"
//     and "Zelenite". A close pair counts as shared only for the share of its
//     letters that agree, so that a typo and an added word together do not
//     pass where each alone would; and two close words that are both common
//     are two words, not a typo (see closeUnused).
const (
	similarThreshold = 0.75
	minFuzzyWord     = 5
	longWord         = 8
	maxEditWord      = 48 // longer words are compared exactly
)

// closeUnused returns the index of a word of words close to t and not yet
// marked in used, and the edits between them, or -1. Two close words that are
// both common are different words ("Jönköping" and "Linköping", "Paolo" and
// "Paola"), not a misspelling, which is rare: they are not paired.
func (x *dupIndex) closeUnused(words []uint32, t uint32, used uint64) (int, int) {
	if x.dict.letters[t] == 0 {
		return -1, 0
	}
	for k, u := range words {
		if used&(1<<k) != 0 || x.dict.letters[u] == 0 || !x.distinctive(t) && !x.distinctive(u) {
			continue
		}
		if edits, ok := x.close(t, u); ok {
			return k, edits
		}
	}
	return -1, 0
}

// close reports whether words t and u, both fuzzy, are close (see
// similarThreshold), and by how many edits.
func (x *dupIndex) close(t, u uint32) (int, bool) {
	return closeness(x.dict.word(t), x.dict.word(u), x.dict.letters[t], x.dict.letters[u])
}

// closeness reports whether words s and w, with letterSets ls and lw, are
// close, and by how many edits. Each edit changes the set of letters of a word
// by at most two, so words whose sets differ more are ruled out before the
// edit distance.
func closeness[T ~string | ~[]byte](s, w T, ls, lw uint32) (int, bool) {
	short, long := min(len(s), len(w)), max(len(s), len(w))
	allowed := 1
	if long >= longWord {
		allowed = 2
	}
	if long < minFuzzyWord || long-short > allowed || bits.OnesCount32(ls^lw) > 2*allowed {
		return 0, false
	}
	edits := editDistance(s, w, allowed)
	return edits, edits <= allowed
}

// letterSet returns the set of letters of w as bits (a–z, and one bit for any
// other byte), or 0 when w cannot be close to another word: shorter than
// minFuzzyWord-1, longer than maxEditWord, or with a digit.
func letterSet[T ~string | ~[]byte](w T) uint32 {
	if len(w) < minFuzzyWord-1 || len(w) > maxEditWord {
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
