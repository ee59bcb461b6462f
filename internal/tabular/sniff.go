package tabular

// delimiters are the separators SniffDelimiter chooses among, in order of
// preference when the evidence is equal.
var delimiters = [...]byte{',', ';', '\t', '|'}

// sniffLines is how many lines of the sample SniffDelimiter looks at.
const sniffLines = 20

// SniffDelimiter guesses a CSV file's separator from the start of its text
// (already decoded to UTF-8). It counts each candidate outside quotes on each
// of the first lines and prefers the separator that appears the same number
// of times on every line, then the one that appears most. A file of one
// column gets a comma.
func SniffDelimiter(sample string) byte {
	counts := countDelimiters(sample)
	best, bestScore := delimiters[0], 0
	for i, d := range delimiters {
		if s := delimiterScore(counts, i); s > bestScore {
			best, bestScore = d, s
		}
	}
	return best
}

// countDelimiters returns, for each complete line of the sample (a line may
// span several physical lines inside quotes), how often each candidate occurs
// outside quotes. The last line is left out when the sample cuts it off.
func countDelimiters(sample string) [][len(delimiters)]int {
	var lines [][len(delimiters)]int
	var cur [len(delimiters)]int
	inQuotes, blank := false, true
	for i := 0; i < len(sample) && len(lines) < sniffLines; i++ {
		c := sample[i]
		switch {
		case c == '"':
			inQuotes = !inQuotes
		case c == '\n' && !inQuotes:
			if !blank {
				lines = append(lines, cur)
			}
			cur, blank = [len(delimiters)]int{}, true
			continue
		case !inQuotes:
			for j, d := range delimiters {
				if c == d {
					cur[j]++
				}
			}
		}
		if c != '\r' {
			blank = false
		}
	}
	if len(lines) == 0 && !blank && !inQuotes {
		lines = append(lines, cur)
	}
	return lines
}

// delimiterScore rates candidate j: 0 when it never occurs, higher when it
// occurs on every line the same number of times as on the header.
func delimiterScore(lines [][len(delimiters)]int, j int) int {
	if len(lines) == 0 || lines[0][j] == 0 {
		return 0
	}
	consistent := 0
	for _, l := range lines {
		if l[j] == lines[0][j] {
			consistent++
		}
	}
	return consistent*1000 + min(lines[0][j], 999)
}
