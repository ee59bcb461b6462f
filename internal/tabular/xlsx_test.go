package tabular

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

// workbook builds an XLSX file with sheets of rows; a cell beginning with "="
// becomes a formula without a cached value.
func workbook(t *testing.T, sheets map[string][][]string, order ...string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range order {
		if i == 0 {
			f.SetSheetName(f.GetSheetName(0), name)
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r, row := range sheets[name] {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				var err error
				if len(v) > 0 && v[0] == '=' {
					err = f.SetCellFormula(name, cell, v[1:])
				} else {
					err = f.SetCellStr(name, cell, v)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadXLSX(t *testing.T) {
	data := workbook(t, map[string][][]string{
		"Orgs":   {{"name", "country", "members"}, {"Zaļā biedrība", "LV", "120"}, {}, {"Сдружение", "BG"}},
		"People": {{"first name"}, {"Ana"}},
	}, "Orgs", "People")
	tb := mustRead(t, data, "orgs.xlsx", Options{})
	want := [][]string{{"Zaļā biedrība", "LV", "120"}, {"Сдружение", "BG"}}
	if !slicesEqual(tb.rows, want) || tb.lines[1] != 4 || tb.r.Format() != XLSX {
		t.Errorf("rows %q lines %v format %s", tb.rows, tb.lines, tb.r.Format())
	}
	tb = mustRead(t, data, "whatever.bin", Options{Sheet: "People"})
	if tb.header[0] != "first name" || tb.rows[0][0] != "Ana" {
		t.Errorf("--sheet People: %q %q", tb.header, tb.rows)
	}
	if _, err := read(t, data, "orgs.xlsx", Options{Sheet: "Nope"}); errKey(err) != "import.no_sheet" {
		t.Errorf("missing sheet: %v", err)
	}
}

func TestReadXLSXFormulasAreText(t *testing.T) {
	data := workbook(t, map[string][][]string{"S": {
		{"name", "website"},
		{"=HYPERLINK(\"http://evil.example\",\"click\")", "=1+1"},
		{"=cmd|' /C calc'!A0", "x"},
	}}, "S")
	tb := mustRead(t, data, "f.xlsx", Options{})
	for _, row := range tb.rows {
		for _, cell := range row {
			if cell == "2" || cell == "click" {
				t.Errorf("a formula was evaluated: %q", tb.rows)
			}
		}
	}
	// A formula with a cached value gives the cached text, as stored.
	cached := withCachedFormula(t)
	tb = mustRead(t, cached, "c.xlsx", Options{})
	if len(tb.rows) != 1 || tb.rows[0][0] != "Acme" {
		t.Errorf("cached value: %q", tb.rows)
	}
}

// withCachedFormula returns a workbook whose A2 holds the formula
// CONCATENATE("Ac","me") with the cached text "Acme", as Excel saves it.
func withCachedFormula(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetCellStr("Sheet1", "A1", "name")
	f.SetCellFormula("Sheet1", "A2", `CONCATENATE("Ac","me")`)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, file := range zr.File {
		rc, _ := file.Open()
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		data := b.Bytes()
		if file.Name == "xl/worksheets/sheet1.xml" {
			data = bytes.Replace(data, []byte(`<c r="A2"><f>`), []byte(`<c r="A2" t="str"><f>`), 1)
			data = bytes.Replace(data, []byte(`</f></c>`), []byte(`</f><v>Acme</v></c>`), 1)
		}
		w, _ := zw.Create(file.Name)
		w.Write(data)
	}
	zw.Close()
	return out.Bytes()
}

func TestReadNotXLSX(t *testing.T) {
	var notWorkbook bytes.Buffer
	zw := zip.NewWriter(&notWorkbook)
	w, _ := zw.Create("hello.txt")
	w.Write([]byte("hi"))
	zw.Close()
	cases := map[string][]byte{
		"renamed text file":   []byte("name,country\nA,LV\n"),
		"zip, not a workbook": notWorkbook.Bytes(),
		"legacy xls":          append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...),
		"truncated workbook":  workbook(t, map[string][][]string{"S": {{"a"}}}, "S")[:300],
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := read(t, data, "orgs.xlsx", Options{}); errKey(err) != "import.not_xlsx" {
				t.Errorf("got %v", err)
			}
		})
	}
}

func TestReadXLSXTooLarge(t *testing.T) {
	data := workbook(t, map[string][][]string{"S": {{"a"}, {"b"}}}, "S")
	if _, err := read(t, data, "x.xlsx", Options{MaxBytes: 1000}); errKey(err) != "import.too_large" {
		t.Errorf("got %v", err)
	}
}
