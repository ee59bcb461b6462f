package tabular

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// MaxXLSX is the largest workbook the reader opens whatever the configured
// limit: a workbook is a zip archive that must be read whole, so its size is
// bounded to keep memory in check. (Rows are then streamed from the sheet.)
const MaxXLSX = 256 << 20

// unzipLimit bounds the unpacked size of a workbook, against zip bombs.
const unzipLimit = 2 << 30

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0} // legacy .xls and encrypted workbooks
)

// xlsxSource streams the rows of one sheet. Cells are read as their stored
// text: a formula is never evaluated, its cell gives the value the spreadsheet
// program cached (or nothing), and numbers and dates come unformatted.
type xlsxSource struct {
	f    *excelize.File
	rows *excelize.Rows
}

// openXLSX opens a workbook of at most limit bytes and its sheet (the first
// when sheet is "").
func openXLSX(r io.Reader, sheet string, limit int64) (*xlsxSource, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit)
	}
	if !bytes.HasPrefix(data, zipMagic) {
		return nil, notXLSX()
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: unzipLimit})
	if err != nil {
		return nil, workbookError(err)
	}
	s := &xlsxSource{f: f}
	if err := s.openSheet(sheet); err != nil {
		f.Close()
		return nil, err
	}
	return s, nil
}

// workbookError turns excelize's complaints about the archive into not_xlsx.
func workbookError(err error) error {
	var syntax *xml.SyntaxError
	for _, e := range []error{zip.ErrFormat, zip.ErrAlgorithm, zip.ErrChecksum, excelize.ErrWorkbookFileFormat, io.EOF, io.ErrUnexpectedEOF} {
		if errors.Is(err, e) {
			return notXLSX()
		}
	}
	if errors.As(err, &syntax) {
		return notXLSX()
	}
	return fmt.Errorf("tabular: open workbook: %w", err)
}

func (s *xlsxSource) openSheet(sheet string) error {
	sheets := s.f.GetSheetList()
	if len(sheets) == 0 {
		return notXLSX()
	}
	if sheet == "" {
		sheet = sheets[0]
	} else if idx, _ := s.f.GetSheetIndex(sheet); idx < 0 {
		return invalid("import.no_sheet", "value", sheet)
	}
	rows, err := s.f.Rows(sheet)
	if err != nil {
		return workbookError(err)
	}
	s.rows = rows
	return nil
}

// next returns the next row of the sheet; a row missing from the file (empty in
// the spreadsheet) comes back with no cells.
func (s *xlsxSource) next() ([]string, error) {
	if !s.rows.Next() {
		if err := s.rows.Error(); err != nil {
			return nil, workbookError(err)
		}
		return nil, io.EOF
	}
	cells, err := s.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, workbookError(err)
	}
	return cells, nil
}

func (s *xlsxSource) close() error {
	err := s.rows.Close()
	return errors.Join(err, s.f.Close())
}
