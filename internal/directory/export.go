package directory

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"coalition/internal/tabular"
)

// ExportFormat is a file format of an export.
type ExportFormat string

// The export formats. VCard is for people only.
const (
	ExportCSV   ExportFormat = "csv"
	ExportXLSX  ExportFormat = "xlsx"
	ExportJSON  ExportFormat = "json"
	ExportVCard ExportFormat = "vcard"
)

// ParseExportFormat checks a format name (csv, xlsx, json, vcard; "vcf" is
// vcard).
func ParseExportFormat(s string) (ExportFormat, error) {
	switch f := ExportFormat(s); f {
	case ExportCSV, ExportXLSX, ExportJSON, ExportVCard:
		return f, nil
	case "vcf":
		return ExportVCard, nil
	}
	return "", fmt.Errorf("directory: unknown export format %q (want csv, xlsx, json or vcard)", s)
}

// tableWriter writes records as rows of CSV or XLSX, or as a JSON array of
// objects, under the columns' names. CSV cells are escaped against formula
// injection (tabular.Escape); XLSX cells are text, which no spreadsheet
// evaluates.
type tableWriter[T any] struct {
	cols  []exportCol[T]
	tw    tabular.Writer
	jw    *bufio.Writer
	enc   *json.Encoder // into buf: Encode ends every value with a newline
	buf   bytes.Buffer
	n     int
	cells []string
}

func newTableWriter[T any](w io.Writer, f ExportFormat, cols []exportCol[T]) (*tableWriter[T], error) {
	t := &tableWriter[T]{cols: cols}
	if f == ExportJSON {
		t.jw = bufio.NewWriter(w)
		t.enc = json.NewEncoder(&t.buf)
		t.enc.SetEscapeHTML(false)
		_, err := t.jw.WriteString("[")
		return t, err
	}
	var err error
	if t.tw, err = tabular.NewWriter(w, tabular.Format(f)); err != nil {
		return nil, err
	}
	for _, c := range cols {
		t.cells = append(t.cells, c.name)
	}
	return t, t.tw.Write(t.cells)
}

// write writes one record.
func (t *tableWriter[T]) write(r *T) error {
	t.n++
	if t.jw != nil {
		return t.writeJSON(r)
	}
	for i, c := range t.cols {
		t.cells[i] = cellText(c.value(r))
	}
	return t.tw.Write(t.cells)
}

// writeJSON writes one object, its keys in column order.
func (t *tableWriter[T]) writeJSON(r *T) error {
	sep := ",\n"
	if t.n == 1 {
		sep = "\n"
	}
	t.jw.WriteString(sep + "{")
	for i, c := range t.cols {
		if i > 0 {
			t.jw.WriteByte(',')
		}
		if err := t.encode(c.name); err != nil {
			return err
		}
		t.jw.WriteByte(':')
		if err := t.encode(jsonValue(c.value(r))); err != nil {
			return err
		}
	}
	_, err := t.jw.WriteString("}")
	return err
}

// encode writes v as JSON, without the newline the encoder ends it with.
func (t *tableWriter[T]) encode(v any) error {
	t.buf.Reset()
	if err := t.enc.Encode(v); err != nil {
		return err
	}
	_, err := t.jw.Write(bytes.TrimSuffix(t.buf.Bytes(), []byte("\n")))
	return err
}

// close finishes the file.
func (t *tableWriter[T]) close() error {
	if t.jw == nil {
		return t.tw.Close()
	}
	t.jw.WriteString("\n]\n")
	return t.jw.Flush()
}

// WriteOrgs writes organizations as CSV, XLSX or JSON. The header row (the
// JSON keys) are the canonical field names, with a name_xx and a
// description_xx column for each language the names and descriptions use, so
// that importing the file gives the same organizations back.
func WriteOrgs(w io.Writer, f ExportFormat, orgs []Organization) error {
	each := func(fn func(*Organization)) {
		for i := range orgs {
			fn(&orgs[i])
		}
	}
	t, err := newTableWriter(w, f, orgColumnsFor(each))
	if err != nil {
		return err
	}
	for i := range orgs {
		if err := t.write(&orgs[i]); err != nil {
			return err
		}
	}
	return t.close()
}

// orgColumnsFor returns the columns for the organizations each gives.
func orgColumnsFor(each func(func(*Organization))) []exportCol[Organization] {
	names := textLangs(each, func(o *Organization) []Text { return o.Names })
	descs := textLangs(each, func(o *Organization) []Text { return o.Descriptions })
	return orgColumns(names, descs)
}

// WritePeople writes people as CSV, XLSX, JSON or vCard 4.0.
func WritePeople(w io.Writer, f ExportFormat, people []PersonRecord) error {
	pw, err := newPersonWriter(w, f)
	if err != nil {
		return err
	}
	for i := range people {
		if err := pw.write(&people[i]); err != nil {
			return err
		}
	}
	return pw.close()
}

// personWriter writes people one at a time in a table format or as vCards.
type personWriter struct {
	t     *tableWriter[PersonRecord]
	vcard io.Writer // vCards go straight to it
}

func newPersonWriter(w io.Writer, f ExportFormat) (*personWriter, error) {
	if f == ExportVCard {
		return &personWriter{vcard: w}, nil
	}
	t, err := newTableWriter(w, f, personColumns)
	return &personWriter{t: t}, err
}

func (pw *personWriter) write(p *PersonRecord) error {
	if pw.vcard != nil {
		return writeVCard(pw.vcard, p)
	}
	return pw.t.write(p)
}

func (pw *personWriter) close() error {
	if pw.vcard != nil {
		return nil
	}
	return pw.t.close()
}
