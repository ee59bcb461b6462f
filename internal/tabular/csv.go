package tabular

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// DefaultMaxRecord is the longest CSV record (in bytes of UTF-8) the reader
// accepts. A quoted cell that is still open after this much text is taken for a
// stray quotation mark: the row where it opened is reported and reading
// resumes on the line after it, so one bad quote cannot swallow the rest of
// the file.
const DefaultMaxRecord = 1 << 20

// csvSource parses CSV the way spreadsheet programs write it (RFC 4180 with
// any one-byte separator) and the way people break it: quotation marks inside
// unquoted cells and text after a closing quote are kept as written; rows may
// have any number of cells; a quoted cell may span lines. It never holds more
// than one record (at most maxRecord bytes) in memory.
type csvSource struct {
	br        *bufio.Reader
	delim     byte
	maxRecord int
	checkUTF8 bool     // the encoding was guessed as UTF-8: verify each record
	replay    [][]byte // lines to parse again before reading on
	raw       [][]byte // the physical lines of the record being read
	arena     []byte   // storage for raw, reused from record to record
	line      []byte   // the current physical line, without its line break
	rec       []byte   // the record's unquoted text, cells one after another
	ends      []int    // where each cell ends in rec
	cells     []string
}

func newCSVSource(br *bufio.Reader, delim byte, checkUTF8 bool) *csvSource {
	return &csvSource{br: br, delim: delim, maxRecord: DefaultMaxRecord, checkUTF8: checkUTF8}
}

func (s *csvSource) close() error { return nil }

// errLineTooLong reports a physical line longer than maxRecord.
var errLineTooLong = errors.New("tabular: line too long")

// readLine sets s.line to the next physical line and appends it to s.raw. It
// returns io.EOF when no line is left.
func (s *csvSource) readLine() error {
	if len(s.replay) > 0 {
		s.line, s.replay = s.replay[0], s.replay[1:]
		s.raw = append(s.raw, s.line)
		return nil
	}
	start := len(s.arena)
	for {
		chunk, err := s.br.ReadSlice('\n')
		s.arena = append(s.arena, chunk...)
		if len(s.arena)-start > s.maxRecord {
			s.arena = s.arena[:start]
			return s.skipRestOfLine(err)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && (err != io.EOF || len(s.arena) == start) {
			return err
		}
		break
	}
	s.line = trimEOL(s.arena[start:])
	s.raw = append(s.raw, s.line)
	return nil
}

// skipRestOfLine discards the rest of an overlong line.
func (s *csvSource) skipRestOfLine(err error) error {
	for err == bufio.ErrBufferFull {
		_, err = s.br.ReadSlice('\n')
	}
	if err != nil && err != io.EOF {
		return err
	}
	return errLineTooLong
}

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}

// next returns the cells of the next record. They share one string and stay
// valid until the next call. A record that cannot be read returns a rowError
// and reading goes on after it; io.EOF ends the file.
func (s *csvSource) next() ([]string, error) {
	s.raw, s.arena, s.rec, s.ends = s.raw[:0], s.arena[:0], s.rec[:0], s.ends[:0]
	if err := s.readLine(); err != nil {
		return nil, s.lineError(err)
	}
	if err := s.parseRecord(); err != nil {
		return nil, err
	}
	if s.checkUTF8 && !utf8.Valid(s.rec) {
		return nil, badRow("import.invalid_text")
	}
	text := string(s.rec)
	s.cells = s.cells[:0]
	start := 0
	for _, end := range s.ends {
		s.cells = append(s.cells, text[start:end])
		start = end
	}
	return s.cells, nil
}

func (s *csvSource) lineError(err error) error {
	if err == errLineTooLong {
		return badRow("import.row_too_long", "max", s.maxRecord>>10)
	}
	return err
}

// parseRecord splits the current line, and the following ones while a quoted
// cell is open, into cells.
func (s *csvSource) parseRecord() error {
	pos := 0
	for {
		var err error
		if pos < len(s.line) && s.line[pos] == '"' {
			pos, err = s.quotedCell(pos + 1)
		} else {
			pos = s.plainCell(pos)
		}
		if err != nil {
			return err
		}
		s.ends = append(s.ends, len(s.rec))
		if pos >= len(s.line) {
			return nil
		}
		pos++ // the separator
	}
}

// plainCell copies an unquoted cell starting at pos and returns where it ends
// (at a separator or the end of the line).
func (s *csvSource) plainCell(pos int) int {
	end := bytes.IndexByte(s.line[pos:], s.delim)
	if end < 0 {
		end = len(s.line) - pos
	}
	s.rec = append(s.rec, s.line[pos:pos+end]...)
	return pos + end
}

// quotedCell copies a quoted cell whose text starts at pos, following it onto
// later lines, and returns where it ends.
func (s *csvSource) quotedCell(pos int) (int, error) {
	for {
		i := bytes.IndexByte(s.line[pos:], '"')
		if i < 0 {
			if err := s.continueCell(pos); err != nil {
				return 0, err
			}
			pos = 0
			continue
		}
		s.rec = append(s.rec, s.line[pos:pos+i]...)
		pos += i + 1
		if pos < len(s.line) && s.line[pos] == '"' {
			s.rec = append(s.rec, '"')
			pos++
			continue
		}
		if pos < len(s.line) && s.line[pos] != s.delim && len(s.raw) > 1 {
			return 0, s.strayQuote()
		}
		return s.plainCell(pos), nil
	}
}

// continueCell moves an open quoted cell onto the next line.
func (s *csvSource) continueCell(pos int) error {
	s.rec = append(s.rec, s.line[pos:]...)
	s.rec = append(s.rec, '\n')
	if len(s.rec) > s.maxRecord {
		return s.strayQuote()
	}
	if err := s.readLine(); err != nil {
		if err == io.EOF || err == errLineTooLong {
			return s.strayQuote()
		}
		return err
	}
	return nil
}

// strayQuote gives up on a record whose quoted cell never closed properly:
// the lines after its first are read again as records of their own.
func (s *csvSource) strayQuote() error {
	rest := make([][]byte, 0, len(s.raw)-1+len(s.replay))
	for _, l := range s.raw[1:] {
		rest = append(rest, bytes.Clone(l))
	}
	s.replay = append(rest, s.replay...)
	return badRow("import.bad_quotes")
}
