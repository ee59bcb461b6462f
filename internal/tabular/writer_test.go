package tabular

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestEscape(t *testing.T) {
	cases := map[string]string{
		"=1+1": "'=1+1", "+371 2000": "'+371 2000", "-5": "'-5", "@SUM(A1)": "'@SUM(A1)",
		"\tx": "'\tx", "\rx": "'\rx", "plain": "plain", "": "", "'quoted": "'quoted",
	}
	for in, want := range cases {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
		if got := Unescape(Escape(in)); got != in {
			t.Errorf("Unescape(Escape(%q)) = %q", in, got)
		}
	}
}

func TestWritersReadBack(t *testing.T) {
	rows := [][]string{
		{"name", "note", "phone"},
		{"Zaļā biedrība", "=HYPERLINK(\"x\")", "+371 2000"},
		{"Сдружение \"Воля\"", "multi\nline, with; separators", "@x"},
	}
	for _, f := range []Format{CSV, XLSX} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			w, err := NewWriter(&buf, f)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				if err := w.Write(r); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			tb := mustRead(t, buf.Bytes(), "out."+string(f), Options{})
			want := map[Format][2]string{CSV: {"'=HYPERLINK(\"x\")", "'@x"}, XLSX: {"=HYPERLINK(\"x\")", "@x"}}[f]
			if tb.rows[0][1] != want[0] || tb.rows[1][2] != want[1] {
				t.Errorf("cells %q: escaped in CSV, as written in XLSX", tb.rows)
			}
			for i, r := range tb.rows {
				for j, c := range r {
					if Unescape(c) != rows[i+1][j] {
						t.Errorf("cell %d,%d = %q, want %q", i, j, Unescape(c), rows[i+1][j])
					}
				}
			}
		})
	}
}

// TestXLSXCellsAreText writes cells that look like formulas to a workbook
// and reads them back with excelize: each is a text cell holding exactly
// what was written, not a formula.
func TestXLSXCellsAreText(t *testing.T) {
	cells := []string{"=1+1", "+49 26 112222", "@x", "-1", "\tx"}
	var buf bytes.Buffer
	w, err := NewWriter(&buf, XLSX)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(cells); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	for i, want := range cells {
		checkTextCell(t, f, sheet, i+1, want)
	}
}

// checkTextCell checks that column col of the first row is a text cell
// holding want and no formula.
func checkTextCell(t *testing.T, f *excelize.File, sheet string, col int, want string) {
	t.Helper()
	name, _ := excelize.CoordinatesToCellName(col, 1)
	got, err := f.GetCellValue(sheet, name, excelize.Options{RawCellValue: true})
	if err != nil || got != want {
		t.Errorf("%s = %q (%v), want %q", name, got, err, want)
	}
	typ, err := f.GetCellType(sheet, name)
	if err != nil || (typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString) {
		t.Errorf("%s: type %v (%v), want a string", name, typ, err)
	}
	if formula, err := f.GetCellFormula(sheet, name); err != nil || formula != "" {
		t.Errorf("%s: formula %q (%v)", name, formula, err)
	}
}
