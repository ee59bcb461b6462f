package eci

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"coalition/internal/eu"
)

// Problem is a fault in support counts, as a catalog key with arguments, with
// where it was found: the line of a CSV file (0 in JSON) and the field
// ("country" or "count"; in JSON the object key as written).
type Problem struct {
	Line  int
	Field string
	Key   string
	Args  []any
}

// Catalog keys of the problems.
const (
	KeyUnknownCountry = "eci.support.unknown_country" // {value}
	KeyBadCount       = "eci.support.bad_count"       // {value}
	KeyTwice          = "eci.support.twice"           // {country}
	KeyColumns        = "eci.support.columns"
	KeyEmpty          = "eci.support.empty"
	KeyNotObject      = "eci.support.not_object"
)

// ReadSupportCSV reads lines of "country,count" (a header line is allowed and
// skipped; the delimiter may be a comma, a semicolon or a tab). A country is
// an EU or ISO code or a name in English, in its own language or in a UI
// language; a count is a whole number, with spaces or groups of three digits
// separated by dots or commas allowed ("70 000", "70.000"). It returns the
// counts by EU code and every problem found; rows with a problem are left out.
func ReadSupportCSV(r io.Reader) (map[string]int, []Problem, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma, cr.FieldsPerRecord, cr.TrimLeadingSpace = sniffDelimiter(data), -1, true
	s := newSupport()
	for first := true; ; first = false {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			s.problem(pe.StartLine, "", KeyColumns)
			continue
		} else if err != nil {
			return nil, nil, err
		}
		line, _ := cr.FieldPos(0)
		if first && isHeader(rec) || blank(rec) {
			continue
		}
		if len(rec) != 2 {
			s.problem(line, "", KeyColumns)
			continue
		}
		s.add(line, rec[0], rec[0], rec[1])
	}
	return s.result()
}

// ParseSupportJSON reads a JSON object of counts by country, {"DE": 70000,
// "Latvija": 9000}, with the same countries as ReadSupportCSV. A key given
// twice, as written or once by code and once by name, is a problem.
func ParseSupportJSON(raw []byte) (map[string]int, []Problem) {
	s := newSupport()
	if !s.readJSON(raw) {
		s.problems = append(s.problems, Problem{Key: KeyNotObject})
	}
	m, ps, _ := s.result()
	return m, ps
}

// readJSON adds the counts of a JSON object, reporting false when raw is not
// one.
func (s *support) readJSON(raw []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return false
	}
	for dec.More() {
		tok, err := dec.Token()
		key, ok := tok.(string)
		var v any
		if err != nil || !ok || dec.Decode(&v) != nil {
			return false
		}
		s.add(0, key, key, jsonCount(v))
	}
	tok, err := dec.Token()
	return err == nil && tok == json.Delim('}')
}

// jsonCount renders a decoded JSON value as the text of a count, so that
// numbers and strings are checked alike; anything else cannot be a count.
func jsonCount(v any) string {
	switch v := v.(type) {
	case json.Number:
		return v.String()
	case string:
		return v
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// support gathers counts by EU code and the problems found.
type support struct {
	counts   map[string]int
	seen     map[string]bool // states given, with a good count or not
	problems []Problem
}

func newSupport() *support { return &support{counts: map[string]int{}, seen: map[string]bool{}} }

func (s *support) problem(line int, field, key string, args ...any) {
	s.problems = append(s.problems, Problem{Line: line, Field: field, Key: key, Args: args})
}

// add records the count of country; at names the place for problems in JSON,
// where the field is the key as written.
func (s *support) add(line int, at, country, count string) {
	countryField, countField := "country", "count"
	if line == 0 {
		countryField, countField = at, at
	}
	code, ok := LookupCountry(country)
	if !ok {
		s.problem(line, countryField, KeyUnknownCountry, "value", strings.TrimSpace(country))
		return
	}
	if s.seen[code] {
		s.problem(line, countryField, KeyTwice, "country", code)
		return
	}
	s.seen[code] = true
	n, ok := parseCount(count)
	if !ok {
		s.problem(line, countField, KeyBadCount, "value", strings.TrimSpace(count))
		return
	}
	s.counts[code] = n
}

func (s *support) result() (map[string]int, []Problem, error) {
	if len(s.counts) == 0 && len(s.problems) == 0 {
		s.problem(0, "", KeyEmpty)
	}
	return s.counts, s.problems, nil
}

// LookupCountry finds a member state, current or former, by EU or ISO code
// or by name in any language the eu package knows, and returns its EU code.
func LookupCountry(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if m, ok := eu.LookupAny(s); ok {
		return m.Code, true
	}
	if m, ok := eu.LookupNameAny(s); ok {
		return m.Code, true
	}
	return "", false
}

// grouped matches a count written with groups of three digits.
var grouped = regexp.MustCompile(`^\d{1,3}([.,]\d{3})+$`)

// parseCount reads a whole number of signatures, at least 0.
func parseCount(s string) (int, bool) {
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '\u2009', '_', '\'':
			return -1
		}
		return r
	}, s)
	if grouped.MatchString(s) {
		s = strings.NewReplacer(".", "", ",", "").Replace(s)
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt32 || strings.HasPrefix(s, "+") {
		return 0, false
	}
	return int(n), true
}

// sniffDelimiter picks the delimiter of the first line: a semicolon or a tab
// when the line has one, else a comma.
func sniffDelimiter(data []byte) rune {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	switch {
	case bytes.ContainsRune(line, '\t'):
		return '\t'
	case bytes.ContainsRune(line, ';'):
		return ';'
	}
	return ','
}

// isHeader reports whether the first record names its columns instead of
// giving a count: its country is no country and its count no number.
func isHeader(rec []string) bool {
	if len(rec) < 2 {
		return false
	}
	_, country := LookupCountry(rec[0])
	_, count := parseCount(rec[1])
	return !country && !count
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
