package tabular

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// jsonSource reads an array of flat objects, as Coalition's JSON export writes:
// the first object's keys are the header, every object is a row. Strings,
// numbers and booleans are cells; null is an empty cell; an array of them is
// one cell with the values joined by "; ". A nested object, or a key the first
// object lacks, spoils its row; broken JSON ends the file with import.bad_json.
type jsonSource struct {
	dec   *json.Decoder
	keys  []string
	index map[string]int
	first []string // the first object's cells, returned by the first next
	ferr  error    // the first object's row error
	row   []string
	ended bool // the closing bracket was read
}

func openJSON(r io.Reader) (*jsonSource, error) {
	s := &jsonSource{dec: json.NewDecoder(r), index: map[string]int{}}
	s.dec.UseNumber()
	if err := s.start(); err != nil {
		return nil, err
	}
	keys, values, err := s.object()
	if err != nil && asRowError(err) == nil {
		return nil, badJSON()
	}
	s.keys, s.first, s.ferr = keys, values, err
	for i, k := range keys {
		s.index[k] = i
	}
	return s, nil
}

// start reads the array's opening bracket and checks that an element
// follows: an empty array is an empty file; anything else, or a file that
// stops short of the closing bracket, is broken JSON.
func (s *jsonSource) start() error {
	tok, err := s.dec.Token()
	if errors.Is(err, io.EOF) {
		return emptyFile()
	}
	if err != nil || tok != json.Delim('[') {
		return badJSON()
	}
	if s.dec.More() {
		return nil
	}
	if err := s.end(); err != io.EOF {
		return err
	}
	return emptyFile()
}

// end reads the array's closing bracket once there are no more elements: it
// returns io.EOF, or import.bad_json when the file was cut off before the
// bracket.
func (s *jsonSource) end() error {
	if !s.ended {
		if tok, err := s.dec.Token(); err != nil || tok != json.Delim(']') {
			return badJSON()
		}
		s.ended = true
	}
	return io.EOF
}

// badJSON reports JSON that cannot be read on.
func badJSON() error { return invalid("import.bad_json") }

// header returns the first object's keys.
func (s *jsonSource) header() []string { return s.keys }

// object reads one object as its keys and cells, in order.
func (s *jsonSource) object() (keys, values []string, err error) {
	if tok, err := s.dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, nil, errors.Join(err, errNotObject)
	}
	var bad error
	for s.dec.More() {
		tok, err := s.dec.Token()
		if err != nil {
			return nil, nil, err
		}
		key, _ := tok.(string)
		var v any
		if err := s.dec.Decode(&v); err != nil {
			return nil, nil, err
		}
		cell, ok := jsonCell(v)
		if !ok && bad == nil {
			bad = badRow("import.json_value", "value", key)
		}
		keys, values = append(keys, key), append(values, cell)
	}
	if _, err := s.dec.Token(); err != nil {
		return nil, nil, err
	}
	return keys, values, bad
}

var errNotObject = errors.New("tabular: not a JSON object")

// jsonCell renders a scalar or an array of scalars as cell text.
func jsonCell(v any) (string, bool) {
	switch v := v.(type) {
	case nil:
		return "", true
	case string:
		return v, true
	case json.Number:
		return v.String(), true
	case bool:
		if v {
			return "true", true
		}
		return "false", true
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			cell, ok := jsonCell(e)
			if _, nested := e.([]any); !ok || nested {
				return "", false
			}
			parts[i] = cell
		}
		return strings.Join(parts, "; "), true
	}
	return "", false
}

func (s *jsonSource) next() ([]string, error) {
	if s.first != nil {
		row, err := s.first, s.ferr
		s.first = nil
		return row, err
	}
	if !s.dec.More() {
		return nil, s.end()
	}
	keys, values, err := s.object()
	if err != nil && asRowError(err) == nil {
		return nil, badJSON()
	}
	if err != nil {
		return nil, err
	}
	return s.align(keys, values)
}

// align puts an object's cells in header order.
func (s *jsonSource) align(keys, values []string) ([]string, error) {
	s.row = append(s.row[:0], make([]string, len(s.keys))...)
	for i, k := range keys {
		j, ok := s.index[k]
		if !ok {
			return nil, badRow("import.json_key", "value", k)
		}
		s.row[j] = values[i]
	}
	return s.row, nil
}

func (s *jsonSource) close() error { return nil }
