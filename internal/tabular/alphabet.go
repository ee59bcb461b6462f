package tabular

import (
	"strings"
	"unicode"
)

// alphabet is the non-ASCII letters of one language, in lower case: the
// frequent ones, worth 2 each time they occur, and those that occur but
// rarely, worth 1. Some letters are frequent only inside words (inner) or
// only at their start or end (edge), and occasional elsewhere. Any other
// letter is foreign to the language and costs 1: text read in the wrong code
// page turns into a mixture of letters that no one language uses together
// (Latvian "Zaļā" read as Windows-1250 is "Zaďâ", with a Czech ď and a
// Romanian â where Romanian never writes one).
type alphabet struct {
	frequent, occasional string
	inner, edge          string
}

// weight returns the worth of r in the language, inside a word or at one of
// its ends; 0 when r is not a letter.
func (a alphabet) weight(r rune, atEdge bool) int8 {
	if !unicode.IsLetter(r) {
		return 0
	}
	r = unicode.ToLower(r)
	switch {
	case strings.ContainsRune(a.frequent, r),
		strings.ContainsRune(a.inner, r) && !atEdge,
		strings.ContainsRune(a.edge, r) && atEdge:
		return 2
	case strings.ContainsRune(a.occasional+a.inner+a.edge, r):
		return 1
	}
	return -1
}

// westernAlphabets are the languages written in Windows-1252.
var westernAlphabets = []alphabet{
	{frequent: "äöüß", occasional: "é"},            // German
	{frequent: "éèêàç", occasional: "âîôûùëïüÿœæ"}, // French
	{frequent: "áéíóúñ", occasional: "ü"},          // Spanish
	{frequent: "ãõáéíóúâêôçà", occasional: "ü"},    // Portuguese
	{frequent: "àèéìòù", occasional: "íîóú"},       // Italian
	{frequent: "àèéíòóúç", occasional: "ïü"},       // Catalan
	{frequent: "ëé", occasional: "èïöüáóúà"},       // Dutch
	{frequent: "æøå", occasional: "éó"},            // Danish, Norwegian
	{frequent: "åäö", occasional: "éü"},            // Swedish
	{frequent: "äö", occasional: "åšž"},            // Finnish
	// Icelandic: ð is frequent, but its byte is also Croatian Đ in
	// Windows-1250 and Latvian and Lithuanian Š in -1257.
	{frequent: "áéíóúýþæö", occasional: "ð"},
	{frequent: "áéíóú"}, // Irish
}

// centralAlphabets are the languages written in Windows-1250.
var centralAlphabets = []alphabet{
	{frequent: "áčďéěíňóřšťúůýž"},            // Czech
	{frequent: "áäčďéíĺľňóôŕšťúýž"},          // Slovak
	{frequent: "ąćęłńóśźż"},                  // Polish
	{frequent: "čšž", occasional: "ćđ"},      // Slovenian
	{frequent: "čćđšž"},                      // Croatian, Bosnian, Serbian (Latin)
	{frequent: "áéíóöőúü", occasional: "ű"},  // Hungarian
	{frequent: "ăşţ", inner: "â", edge: "î"}, // Romanian (since 1993)
	{frequent: "ëç"},                         // Albanian
}

// balticAlphabets are the languages written in Windows-1257.
var balticAlphabets = []alphabet{
	{frequent: "āčēģīķļņšūž", occasional: "ōŗ"}, // Latvian
	{frequent: "ąčęėįšųūž"},                     // Lithuanian
	{frequent: "äõöü", occasional: "šž"},        // Estonian
}
