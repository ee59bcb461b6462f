package directory

import (
	"slices"
	"strings"
)

// Some words may be missing from one of two names of an organization without
// setting the names apart: the organization's city ("Zeleni Balkani" and
// "Zeleni Balkani Plovdiv", both in Plovdiv), and a legal form, which NameKey
// sets aside unless it is misspelled ("Stihting Groen Land" and "Groen
// Land"). Such a word, when it finds no partner, neither weighs nor counts in
// nameOverlap.

// sharedCity returns the words of the city of the records of names n and m:
// the city of both, or of the one whose city is known. It returns none when
// their cities differ: "Jugend für Umwelt Graz" and "Jugend für Umwelt" in
// Linz are two.
func (x *dupIndex) sharedCity(n, m int) []uint32 {
	ci, cj := x.names[n].city, x.names[m].city
	if ci != 0 && cj != 0 && ci != cj {
		return nil
	}
	return x.cityWords[max(ci, cj)]
}

// optional reports whether word t may be missing from a name: a word of city,
// or a misspelled legal form (see wordRarity).
func (x *dupIndex) optional(t uint32, city []uint32) bool {
	return x.rarity.flags != nil && x.rarity.flags[t]&misspelledForm != 0 || slices.Contains(city, t)
}

// fuzzyForm is a legal form of one word that a misspelling can be close to,
// with its letterSet.
type fuzzyForm struct {
	word    []byte
	letters uint32
}

// fuzzyForms are the legal forms of one word that may be close to another.
var fuzzyForms = func() []fuzzyForm {
	var out []fuzzyForm
	seen := map[string]bool{}
	for _, f := range legalForms {
		if set := letterSet(f); set != 0 && !strings.Contains(f, " ") && !seen[f] {
			seen[f] = true
			out = append(out, fuzzyForm{[]byte(f), set})
		}
	}
	return out
}()

// nearLegalForm reports whether w, whose letterSet is letters, is close to a
// legal form (see similarThreshold) without being one.
func nearLegalForm(w []byte, letters uint32) bool {
	if letters == 0 {
		return false
	}
	for _, f := range fuzzyForms {
		if edits, ok := closeness(w, f.word, letters, f.letters); ok && edits > 0 {
			return true
		}
	}
	return false
}
