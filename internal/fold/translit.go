package fold

// cyrillic follows the Bulgarian Streamlined System (the official romanization
// of Bulgarian, Transliteration Act 2009), extended with the letters of Russian,
// Ukrainian, Serbian and Macedonian, so that Bulgarian names meet the Latin
// spelling their owners use: "София" → "sofia", "Зелени Балкани" → "zeleni balkani".
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p",
	'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "h", 'ц': "ts", 'ч': "ch",
	'ш': "sh", 'щ': "sht", 'ъ': "a", 'ь': "y", 'ю': "yu", 'я': "ya",
	'ё': "yo", 'ы': "y", 'э': "e", // Russian
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", // Ukrainian
	'ђ': "dj", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dz", // Serbian
	'ѓ': "gj", 'ќ': "kj", 'ѕ': "dz", // Macedonian
}

// greek follows ELOT 743 (ISO 843 type 2), the romanization Greece uses in
// passports and road signs, letter by letter: "Αθήνα" → "athina". The digraph
// ου → ou is handled in writeGreek.
var greek = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th",
	'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p",
	'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps",
	'ω': "o",
}

// romanize returns the Latin spelling of a lower-case Cyrillic or Greek letter,
// given the letter before it (for Greek ου and the Bulgarian word-final -ия),
// and whether it knows one.
func romanize(prev, r rune) (string, bool) {
	if s, ok := cyrillic[r]; ok {
		return s, true
	}
	if r == 'υ' && prev == 'ο' {
		return "u", true
	}
	s, ok := greek[r]
	return s, ok
}
