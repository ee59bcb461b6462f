package tabular

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// formulaStarts are the characters that make a spreadsheet program read a cell
// as a formula (or, for tab and carriage return, hide one after them).
const formulaStarts = "=+-@\t\r"

// Escape defuses a CSV cell against formula injection: text starting with
// = + - @, a tab or a carriage return gets a leading apostrophe, which
// spreadsheet programs read as "this is text". (OWASP's advice for CSV
// export.) XLSX needs no escape: its cells are typed, and the writer stores
// text cells, which spreadsheet programs never evaluate.
func Escape(cell string) string {
	if cell != "" && strings.IndexByte(formulaStarts, cell[0]) >= 0 {
		return "'" + cell
	}
	return cell
}

// Unescape undoes Escape: an apostrophe followed by one of the formula
// characters is dropped. Importers apply it so that an exported file reads
// back as it was.
func Unescape(cell string) string {
	if len(cell) > 1 && cell[0] == '\'' && strings.IndexByte(formulaStarts, cell[1]) >= 0 {
		return cell[1:]
	}
	return cell
}

// Writer writes a table row by row. A CSV cell goes through Escape; an XLSX
// cell is written as it is, as a text cell.
type Writer interface {
	Write(cells []string) error
	// Close finishes the table; it does not close the io.Writer underneath.
	Close() error
}

// NewWriter returns a Writer of CSV or XLSX to w.
func NewWriter(w io.Writer, f Format) (Writer, error) {
	switch f {
	case CSV:
		return newCSVWriter(w)
	case XLSX:
		return newXLSXWriter(w)
	}
	return nil, fmt.Errorf("tabular: cannot write %q", f)
}

// csvWriter writes UTF-8 CSV with a byte order mark (so that spreadsheet
// programs do not guess a code page) and comma separators.
type csvWriter struct {
	w   *csv.Writer
	buf []string
}

func newCSVWriter(w io.Writer) (*csvWriter, error) {
	if _, err := w.Write(bomUTF8); err != nil {
		return nil, err
	}
	return &csvWriter{w: csv.NewWriter(w)}, nil
}

func (c *csvWriter) Write(cells []string) error {
	c.buf = c.buf[:0]
	for _, cell := range cells {
		c.buf = append(c.buf, Escape(cell))
	}
	return c.w.Write(c.buf)
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	return c.w.Error()
}

// xlsxWriter streams rows into the first sheet of a new workbook and writes
// the workbook out on Close. Every cell is a Go string, which excelize stores
// as an inline string cell (t="inlineStr"), never as a formula, so a cell
// such as "=1+1" or "+49 26 112222" is kept as written, without Escape.
type xlsxWriter struct {
	out  io.Writer
	f    *excelize.File
	sw   *excelize.StreamWriter
	row  int
	vals []any
}

func newXLSXWriter(w io.Writer) (*xlsxWriter, error) {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter(f.GetSheetName(0))
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("tabular: xlsx: %w", err)
	}
	return &xlsxWriter{out: w, f: f, sw: sw}, nil
}

func (x *xlsxWriter) Write(cells []string) error {
	x.row++
	x.vals = x.vals[:0]
	for _, cell := range cells {
		x.vals = append(x.vals, cell)
	}
	name, err := excelize.CoordinatesToCellName(1, x.row)
	if err != nil {
		return fmt.Errorf("tabular: xlsx: %w", err)
	}
	return x.sw.SetRow(name, x.vals)
}

func (x *xlsxWriter) Close() error {
	defer x.f.Close()
	if err := x.sw.Flush(); err != nil {
		return fmt.Errorf("tabular: xlsx: %w", err)
	}
	return x.f.Write(x.out)
}
