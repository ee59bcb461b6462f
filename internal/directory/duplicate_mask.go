package directory

// maskAffix is how many letters of a word its masked keys keep; maskParts is
// in how many parts maskKeys lists them.
const (
	maskAffix = 3
	maskParts = 4
)

// maskKeys lists every record under the masked keys of its names: for each word
// that may be close to another (see letterSet), the other words of the name
// with that word's first maskAffix letters, and again with its last maskAffix
// letters. Two names
// that differ by a typo in one word share one of them unless the typo touches
// both ends of a short word, however common their other words are ("Bilbao
// Binipo" and "Bilbao Bnipo" meet under "bilbao …ipo"). It lists the keys
// equal to part modulo maskParts.
func (x *dupIndex) maskKeys(part uint64) []keyedRec {
	out := make([]keyedRec, 0, len(x.toks)*2/maskParts)
	add := func(key uint64, rec uint32, country uint16) {
		if key%maskParts == part {
			out = append(out, keyedRec{key: key, rec: rec, country: country})
		}
	}
	for n, name := range x.names {
		words := x.words(n)
		country := x.recs[name.rec].country
		for k, t := range words {
			if x.dict.letters[t] == 0 {
				continue
			}
			w := x.dict.word(t)
			rest := hashWordsExcept(words, k)
			add(mixBytes(rest, 'P', w[:maskAffix]), name.rec, country)
			add(mixBytes(rest, 'S', w[len(w)-maskAffix:]), name.rec, country)
		}
	}
	return out
}

// hashWordsExcept is hashWords over words without the one at skip.
func hashWordsExcept(words []uint32, skip int) uint64 {
	h := uint64(14695981039346656037)
	for i, w := range words {
		if i != skip {
			h = mixWord(h, w)
		}
	}
	return h
}

// mixBytes continues the FNV-1a hash h with a marker byte and s.
func mixBytes(h uint64, marker byte, s []byte) uint64 {
	h = (h ^ uint64(marker)) * 1099511628211
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}
