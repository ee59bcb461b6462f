package directory

// NormalizeTexts puts multilingual texts in canonical form, as the
// directory's own records: each value trimmed (white space collapsed when
// oneLine is set, for titles and names), each language code lower-cased.
func NormalizeTexts(ts []Text, oneLine bool) { normTexts(ts, oneLine) }

// TextProblems returns the problems of multilingual texts for field: an
// unknown language, an empty value, a value longer than max runes.
func TextProblems(field string, ts []Text, max int) Problems {
	var p problems
	p.checkTexts(field, ts, max)
	return Problems(p.result())
}

// CollapseSpace trims s and turns every run of white space in it into one
// space, dropping control characters and invalid UTF-8 as the directory does.
func CollapseSpace(s string) string { return collapse(s) }

// CleanText trims s and drops control characters other than tab and newline.
func CleanText(s string) string { return clean(s) }
