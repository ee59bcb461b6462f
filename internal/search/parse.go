package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parsed is the text of a query box as the index understands it. Words are
// folded (lower case, no diacritics, Latin script). Render turns it back into
// text that parses to the same Parsed.
type Parsed struct {
	Terms   []Term              // every one must match, in the order typed
	Exclude []Term              // none may match: -word, -"a phrase"
	Filters map[string][]string // facet → values, from country:LV
	Negate  map[string][]string // facet → values, from -country:LV
	Prefix  bool                // the last term is a word still being typed
}

// Term is a free word (one word, Quoted false) or a "quoted phrase", whose
// words must all be present, exactly: no prefix, no stemming.
type Term struct {
	Words  []string
	Quoted bool
}

// quotes open and close phrases: the ASCII quote and the typographic ones of
// European languages.
const quotes = "\"“”„«»"

func isQuote(r rune) bool { return strings.ContainsRune(quotes, r) }

// Parse reads the text of a query box: free words (all must match), "quoted
// phrases", -excluded words or phrases, and facet filters such as country:LV
// or -kind:company. A query longer than MaxQueryRunes or with more than
// MaxTerms terms is refused with an i18n.LocalizedError.
func Parse(text string) (Parsed, error) {
	if utf8.RuneCountInString(text) > MaxQueryRunes {
		return Parsed{}, errTooLong()
	}
	var ps parser
	ps.run(text)
	p := ps.parsed()
	if ps.terms()+ps.filters.count()+ps.negate.count() > MaxTerms {
		return Parsed{}, errTooManyTerms()
	}
	if utf8.RuneCountInString(p.Render()) > MaxQueryRunes {
		return Parsed{}, errTooLong()
	}
	return p, nil
}

type parser struct {
	terms0, exclude []Term
	filters, negate filterSet
	prefix          bool
}

func (ps *parser) run(s string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		neg := r == '-'
		if neg {
			i += size
			if i == len(s) {
				break
			}
			r, size = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				continue
			}
		}
		if isQuote(r) {
			i = ps.phrase(s, i+size, neg)
		} else {
			i = ps.token(s, i, neg)
		}
	}
}

// phrase reads a quoted phrase whose text starts at i; it returns the
// position after the closing quote.
func (ps *parser) phrase(s string, i int, neg bool) int {
	end := strings.IndexFunc(s[i:], isQuote)
	next := len(s)
	if end >= 0 {
		end += i
		_, size := utf8.DecodeRuneInString(s[end:])
		next = end + size
	} else {
		end = len(s)
	}
	if words := tokens(s[i:end]); len(words) > 0 {
		ps.add(Term{Words: words, Quoted: true}, neg)
	}
	return next
}

// token reads a word, or a facet filter, up to the next space or quote.
func (ps *parser) token(s string, i int, neg bool) int {
	end := strings.IndexFunc(s[i:], func(r rune) bool { return unicode.IsSpace(r) || isQuote(r) })
	if end < 0 {
		end = len(s)
	} else {
		end += i
	}
	tok := s[i:end]
	if facet, value, ok := filterToken(tok); ok {
		if neg {
			ps.negate.add(facet, value)
		} else {
			ps.filters.add(facet, value)
		}
		ps.prefix = false
		return end
	}
	words := tokens(tok)
	switch {
	case len(words) == 0:
	case neg:
		ps.add(Term{Words: words, Quoted: len(words) > 1}, true)
	default:
		for _, w := range words {
			ps.terms0 = append(ps.terms0, Term{Words: []string{w}})
		}
		ps.prefix = end == len(s)
	}
	return end
}

func (ps *parser) add(t Term, neg bool) {
	if neg {
		ps.exclude = append(ps.exclude, t)
	} else {
		ps.terms0 = append(ps.terms0, t)
	}
	ps.prefix = false
}

// filterToken recognizes facet:value, where value holds only ASCII letters,
// digits, '_' and '-'.
func filterToken(tok string) (facet int, value string, ok bool) {
	name, value, found := strings.Cut(tok, ":")
	if !found || value == "" {
		return 0, "", false
	}
	facet, ok = facetIndex(name)
	if !ok || strings.TrimSpace(name) != name {
		return 0, "", false
	}
	for i := 0; i < len(value); i++ {
		if c := value[i]; !isAlnum(c) && c != '_' && c != '-' {
			return 0, "", false
		}
	}
	return facet, value, true
}

func (ps *parser) terms() int {
	n := 0
	for _, t := range ps.terms0 {
		n += len(t.Words)
	}
	for _, t := range ps.exclude {
		n += len(t.Words)
	}
	return n
}

func (ps *parser) parsed() Parsed {
	return Parsed{
		Terms:   ps.terms0,
		Exclude: ps.exclude,
		Filters: ps.filters.toMap(),
		Negate:  ps.negate.toMap(),
		Prefix:  ps.prefix && len(ps.terms0) > 0 && !ps.terms0[len(ps.terms0)-1].Quoted,
	}
}

// Render writes p back as query-box text: filters, exclusions, then terms,
// with a trailing space when the last word is complete.
func (p Parsed) Render() string {
	var parts []string
	for _, name := range facetNames {
		for _, v := range p.Filters[name] {
			parts = append(parts, name+":"+v)
		}
		for _, v := range p.Negate[name] {
			parts = append(parts, "-"+name+":"+v)
		}
	}
	for _, t := range p.Exclude {
		parts = append(parts, "-"+t.render())
	}
	for _, t := range p.Terms {
		parts = append(parts, t.render())
	}
	s := strings.Join(parts, " ")
	if n := len(p.Terms); n > 0 && !p.Terms[n-1].Quoted && !p.Prefix {
		s += " "
	}
	return s
}

func (t Term) render() string {
	if t.Quoted {
		return `"` + strings.Join(t.Words, " ") + `"`
	}
	return strings.Join(t.Words, " ")
}

// words returns the words of every positive term, in order.
func (p Parsed) words() []string {
	var ws []string
	for _, t := range p.Terms {
		ws = append(ws, t.Words...)
	}
	return ws
}

func (f *filterSet) toMap() map[string][]string {
	var m map[string][]string
	for i, vs := range f {
		if len(vs) > 0 {
			if m == nil {
				m = make(map[string][]string)
			}
			m[facetNames[i]] = vs
		}
	}
	return m
}
