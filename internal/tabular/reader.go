// Package tabular reads and writes tables of text: CSV in any common separator
// and encoding, XLSX workbooks and JSON arrays of flat objects. Reading streams
// row by row, so a file of any size is read in bounded memory; errors in the
// input are i18n.LocalizedErrors with catalog keys. Writing CSV escapes cells
// that a spreadsheet program would take for a formula; XLSX stores them as
// text cells.
package tabular

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Format is a kind of tabular file.
type Format string

// The formats the package reads and writes.
const (
	CSV  Format = "csv"
	XLSX Format = "xlsx"
	JSON Format = "json"
)

// Options say how to read a file. The zero value detects everything.
type Options struct {
	Format    Format // "" detects it from the name and the first bytes
	Encoding  string // CSV only: "" detects it; else a label such as "windows-1250"
	Delimiter byte   // CSV only: 0 sniffs it among , ; TAB and |
	Sheet     string // XLSX only: the sheet to read, "" for the first
	MaxBytes  int64  // refuse input larger than this (0: no limit; XLSX is always bounded by MaxXLSX)
}

// UploadLimit is the largest file the web upload accepts (Options.MaxBytes
// there): 50 MB, some 500,000 rows of a typical directory export.
const UploadLimit = 50 << 20

// sniffSize is how much of a file is examined to detect its format, encoding
// and separator.
const sniffSize = 64 << 10

// Reader reads a table: a header row, then data rows. Use it like bufio.Scanner:
//
//	for r.Next() {
//		if err := r.RowErr(); err != nil { report(r.Line(), err); continue }
//		use(r.Row())
//	}
//	if err := r.Err(); err != nil { … }
//
// Blank rows are skipped. Line numbers count the header as row 1, as a
// spreadsheet program does (for CSV, one record is one row even when a quoted
// cell spans lines).
type Reader struct {
	src      source
	counter  *counter
	size     int64
	header   []string
	row      []string
	rowErr   error
	line     int
	err      error
	format   Format
	encoding string
	delim    byte
}

// source is one format's row reader. next returns io.EOF at the end, a
// rowError for a row that cannot be read, any other error when reading must
// stop.
type source interface {
	next() ([]string, error)
	close() error
}

// OpenFile opens the file at path and its header. The name's extension and
// the first bytes decide the format unless opts.Format is set. The caller
// must Close the Reader.
func OpenFile(path string, opts Options) (*Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	r, err := Open(f, filepath.Base(path), st.Size(), opts)
	if err != nil {
		f.Close()
		return nil, err
	}
	r.src = closeBoth{r.src, f}
	return r, nil
}

// closeBoth closes a source and the file under it.
type closeBoth struct {
	source
	c io.Closer
}

func (c closeBoth) close() error {
	err := c.source.close()
	if cerr := c.c.Close(); err == nil {
		err = cerr
	}
	return err
}

// Open reads a table from in. name (a file name, or "") and size (-1 when
// unknown) help detect the format and report progress; opts.MaxBytes is
// checked against size at once and against the bytes read as they come.
func Open(in io.Reader, name string, size int64, opts Options) (*Reader, error) {
	if opts.MaxBytes > 0 && size > opts.MaxBytes {
		return nil, tooLarge(opts.MaxBytes)
	}
	c := &counter{r: in, limit: opts.MaxBytes}
	br := bufio.NewReaderSize(c, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, err
	}
	r := &Reader{counter: c, size: size, format: detectFormat(opts.Format, name, head)}
	if len(bytes.TrimSpace(bytes.TrimPrefix(head, bomUTF8))) == 0 {
		return nil, emptyFile()
	}
	if r.src, err = r.openSource(br, head, opts); err != nil {
		return nil, err
	}
	if err := r.readHeader(); err != nil {
		r.src.close()
		return nil, err
	}
	return r, nil
}

// detectFormat takes the format from opts, then from the name's extension,
// then from the content (a zip archive is a workbook); CSV is the default.
func detectFormat(f Format, name string, head []byte) Format {
	if f != "" {
		return f
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm", ".xls":
		return XLSX
	case ".json":
		return JSON
	}
	if bytes.HasPrefix(head, zipMagic) || bytes.HasPrefix(head, oleMagic) {
		return XLSX
	}
	return CSV
}

func (r *Reader) openSource(br *bufio.Reader, head []byte, opts Options) (source, error) {
	switch r.format {
	case XLSX:
		limit := int64(MaxXLSX)
		if opts.MaxBytes > 0 {
			limit = min(limit, opts.MaxBytes)
		}
		return openXLSX(br, opts.Sheet, limit)
	case JSON:
		if binaryData(head) {
			return nil, notText()
		}
		return openJSON(bufio.NewReader(skipBOM(br, head)))
	case CSV:
		return r.openCSV(br, head, opts)
	}
	return nil, fmt.Errorf("tabular: unknown format %q", r.format)
}

// skipBOM drops a UTF-8 byte order mark at the start of br.
func skipBOM(br *bufio.Reader, head []byte) io.Reader {
	if bytes.HasPrefix(head, bomUTF8) {
		br.Discard(len(bomUTF8))
	}
	return br
}

// headed is a source that knows its header without reading a row.
type headed interface{ header() []string }

// readHeader reads the first row that is not blank.
func (r *Reader) readHeader() error {
	if h, ok := r.src.(headed); ok {
		r.header, r.line = h.header(), 1
		return nil
	}
	switch {
	case r.Next() && r.rowErr != nil:
		return r.rowErr
	case r.row != nil:
		r.header = append([]string(nil), r.row...)
		return nil
	case r.err != nil:
		return r.err
	}
	return emptyFile()
}
