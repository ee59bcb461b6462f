package directory

import (
	"slices"
	"strings"

	"coalition/internal/fold"
)

// legalForms are words and abbreviations that name a legal form rather than an
// organization, folded (lower case, no diacritics, Latin script). They are set
// aside when names are compared, so "Zaļā Brīvība biedrība" and "Biedrība Zaļā
// Brīvība" meet, as do "Greenpeace e.V." and "Greenpeace". Multi-word forms are
// written with spaces between their folded parts ("e v" is "e.V.").
var legalForms = []string{
	// German, Austrian
	"e v", "ev", "eingetragener verein", "ggmbh", "gmbh", "ag", "gug", "stiftung", "verein", "kg", "ohg",
	// French, Belgian, Luxembourgish, Dutch
	"asbl", "vzw", "aisbl", "ivzw", "sa", "sarl", "sas", "association", "fondation", "stichting", "vereniging", "bv", "nv", "vof",
	// English
	"foundation", "association", "ltd", "limited", "plc", "inc", "cic", "cio", "charity",
	// Bulgarian (transliterated): сдружение, фондация, ЕООД, ООД, АД, ЕТ, читалище
	"sdruzhenie", "fondatsiya", "fondatsia", "eood", "ood", "ad", "et", "sdr",
	// Romanian
	"asociatia", "asociatie", "fundatia", "fundatie", "srl", "sa",
	// Latvian
	"biedriba", "nodibinajums", "sia", "as",
	// Slovenian, Croatian, Serbian
	"drustvo", "zavod", "ustanova", "udruga", "udruzenje", "d o o", "doo", "d d", "zadruga",
	// Czech, Slovak
	"z s", "zs", "o p s", "ops", "z u", "s r o", "sro", "a s", "o z", "spolok", "nadace", "nadacia", "nadacni fond",
	// Polish
	"stowarzyszenie", "fundacja", "sp z o o", "spzoo", "sp k",
	// Italian, Spanish, Portuguese
	"aps", "odv", "onlus", "ets", "srl", "spa", "fondazione", "associazione", "asociacion", "fundacion", "associacao", "fundacao", "sl", "lda",
	// Nordic, Baltic, Hungarian, Greek
	"ry", "oy", "ab", "forening", "foreningen", "mtu", "ou", "vsi", "asociacija", "egyesulet", "alapitvany", "kft", "zrt",
	"somateio", "ae", "a e", "epe", "e p e", "ike", "i k e", "amke", "a m k e",
}

// legalFormsByFirst holds the legal forms as lists of words, by their first
// word, longest first, so that most words are ruled out with one lookup and
// none needs an allocation.
var legalFormsByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, f := range legalForms {
		words := strings.Fields(f)
		m[words[0]] = append(m[words[0]], words)
	}
	for _, forms := range m {
		slices.SortStableFunc(forms, func(a, b []string) int { return len(b) - len(a) })
	}
	return m
}()

// NameKey returns the comparison key of an organization name: folded (case,
// diacritics, Cyrillic and Greek in Latin letters), legal-form words removed, the
// remaining words sorted so that word order does not matter. It returns "" for
// a name made only of legal-form words.
func NameKey(name string) string {
	var buf [16]string
	return joinWords(keyTokens(buf[:0], name))
}

// nameKeyTokens returns the words of name's NameKey, sorted.
func nameKeyTokens(name string) []string {
	return keyTokens(nil, name)
}

// keyTokens appends the words of name's NameKey, sorted, to tokens.
func keyTokens(tokens []string, name string) []string {
	tokens = appendFields(tokens, fold.Fold(name))
	kept := tokens[:0]
	for i := 0; i < len(tokens); i++ {
		if n := legalFormLength(tokens[i:]); n > 0 {
			i += n - 1
			continue
		}
		kept = append(kept, tokens[i])
	}
	sortStrings(kept)
	return kept
}

// appendFields appends the space-separated words of s (folded text, whose
// only white space is the ASCII space) to words.
func appendFields(words []string, s string) []string {
	for {
		for len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			return words
		}
		end := strings.IndexByte(s, ' ')
		if end < 0 {
			return append(words, s)
		}
		words, s = append(words, s[:end]), s[end:]
	}
}

// joinWords joins words with single spaces in one allocation.
func joinWords(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words, " ")
}

// legalFormLength returns how many of the leading tokens form a legal form
// (the longest that does), or 0.
func legalFormLength(tokens []string) int {
	if len(tokens) == 0 {
		return 0
	}
	for _, form := range legalFormsByFirst[tokens[0]] {
		if len(form) <= len(tokens) && slices.Equal(form, tokens[:len(form)]) {
			return len(form)
		}
	}
	return 0
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// AltNameKeys returns the NameKeys of o's alternative names (Names) that are
// not empty and differ from main, o's own name key, each once, sorted. The
// store keeps them beside the name key, so that a new organization is checked
// against every name of the stored ones.
func AltNameKeys(o *Organization, main string) []string {
	if len(o.Names) == 0 {
		return nil
	}
	keys := make([]string, 0, len(o.Names))
	for _, n := range o.Names {
		if k := NameKey(n.Value); k != "" && k != main {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}
