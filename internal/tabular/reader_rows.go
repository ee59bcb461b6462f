package tabular

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

// openCSV decides the encoding and the separator from the first bytes.
func (r *Reader) openCSV(br *bufio.Reader, head []byte, opts Options) (source, error) {
	name, detected := opts.Encoding, opts.Encoding == ""
	if detected {
		name = Detect(head)
	}
	enc, canonical, err := lookupEncoding(name)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(canonical, "utf-16") && binaryData(head) {
		return nil, notText()
	}
	r.encoding = canonical
	text := bufio.NewReaderSize(decoder(br, enc), sniffSize)
	if bom, _ := text.Peek(len(bomUTF8)); bytes.Equal(bom, bomUTF8) {
		text.Discard(len(bomUTF8))
	}
	r.delim = opts.Delimiter
	if d := sepLine(text); r.delim == 0 {
		r.delim = d
	}
	if r.delim == 0 {
		sample, _ := text.Peek(sniffSize)
		r.delim = SniffDelimiter(string(sample))
	}
	return newCSVSource(text, r.delim, detected && enc == nil), nil
}

// sepLine reads the "sep=;" line Excel may write before the header, and
// returns its separator; 0 when there is none.
func sepLine(text *bufio.Reader) byte {
	head, _ := text.Peek(7)
	if len(head) < 5 || !strings.EqualFold(string(head[:4]), "sep=") {
		return 0
	}
	n := 5
	if n < len(head) && head[n] == '\r' {
		n++
	}
	if n < len(head) && head[n] != '\n' {
		return 0
	}
	text.Discard(min(n+1, len(head)))
	return head[4]
}

// Next advances to the next row that is not blank and reports whether there
// is one. It returns false at the end of the table and when reading failed
// (see Err).
func (r *Reader) Next() bool {
	for r.err == nil {
		cells, err := r.src.next()
		if err == io.EOF {
			return false
		}
		r.line++
		if le := asRowError(err); le != nil {
			r.row, r.rowErr = nil, le
			return true
		}
		if err != nil {
			r.err = err
			return false
		}
		if !blank(cells) {
			r.row, r.rowErr = cells, nil
			return true
		}
	}
	return false
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// Header returns the header row's cells as written.
func (r *Reader) Header() []string { return r.header }

// Row returns the current row's cells. It may have fewer or more cells than the
// header. The slice is valid until the next call to Next; its strings stay
// valid, but those of a CSV row share one allocation, so a cell kept long
// keeps its whole row in memory unless it is copied (strings.Clone).
func (r *Reader) Row() []string { return r.row }

// RowErr returns why the current row could not be read (an
// *i18n.LocalizedError such as import.bad_quotes), or nil. Such a row has no
// cells; reading goes on with the next one.
func (r *Reader) RowErr() error { return r.rowErr }

// Line returns the current row's number, the header being row 1.
func (r *Reader) Line() int { return r.line }

// Err returns the error that stopped reading, or nil at a normal end.
func (r *Reader) Err() error { return r.err }

// Progress returns how many bytes of the file were read and its size (-1 when
// unknown). A workbook is read whole at the start.
func (r *Reader) Progress() (done, total int64) { return r.counter.n, r.size }

// Format returns the format being read.
func (r *Reader) Format() Format { return r.format }

// Encoding returns the CSV encoding in use ("utf-8", "windows-1250"…), or "".
func (r *Reader) Encoding() string { return r.encoding }

// Delimiter returns the CSV separator in use, or 0.
func (r *Reader) Delimiter() byte { return r.delim }

// Close releases the file.
func (r *Reader) Close() error { return r.src.close() }

// counter counts the bytes read from r and fails once there are more than limit.
type counter struct {
	r     io.Reader
	n     int64
	limit int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.limit > 0 && c.n > c.limit {
		return n, tooLarge(c.limit)
	}
	return n, err
}
