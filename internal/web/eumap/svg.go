package eumap

import (
	"bytes"
	"encoding/xml"
	"strconv"
)

// svg builds SVG markup. Every attribute value and every text goes
// through XML escaping; nothing else writes into the buffer.
type svg struct{ buf bytes.Buffer }

// open writes a start tag; attrs alternate names and values.
func (s *svg) open(tag string, attrs ...string) {
	s.buf.WriteByte('<')
	s.buf.WriteString(tag)
	s.attrs(attrs)
	s.buf.WriteByte('>')
}

// close writes an end tag.
func (s *svg) close(tag string) {
	s.buf.WriteString("</")
	s.buf.WriteString(tag)
	s.buf.WriteByte('>')
}

// empty writes an element without content.
func (s *svg) empty(tag string, attrs ...string) {
	s.buf.WriteByte('<')
	s.buf.WriteString(tag)
	s.attrs(attrs)
	s.buf.WriteString("/>")
}

// text writes an element holding only text.
func (s *svg) text(tag, text string, attrs ...string) {
	s.open(tag, attrs...)
	s.escape(text)
	s.close(tag)
}

// newline keeps the markup readable in a diff without costing much.
func (s *svg) newline() { s.buf.WriteByte('\n') }

func (s *svg) attrs(attrs []string) {
	for i := 0; i+1 < len(attrs); i += 2 {
		s.buf.WriteByte(' ')
		s.buf.WriteString(attrs[i])
		s.buf.WriteString(`="`)
		s.escape(attrs[i+1])
		s.buf.WriteByte('"')
	}
}

func (s *svg) escape(text string) {
	_ = xml.EscapeText(&s.buf, []byte(text)) // a bytes.Buffer does not fail
}

// num formats a coordinate with at most one decimal.
func num(v float64) string {
	return strconv.FormatFloat(float64(tenths(v))/10, 'f', -1, 64)
}
