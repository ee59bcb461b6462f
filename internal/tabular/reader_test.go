package tabular

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"slices"
	"strings"
	"testing"

	"coalition/internal/i18n"
)

// table is everything a Reader gave: the header, the good rows and the keys
// of the bad rows by line.
type table struct {
	header []string
	rows   [][]string
	lines  []int
	bad    map[int]string
	r      *Reader
}

func read(t *testing.T, data []byte, name string, opts Options) (table, error) {
	t.Helper()
	r, err := Open(bytes.NewReader(data), name, int64(len(data)), opts)
	if err != nil {
		return table{}, err
	}
	defer r.Close()
	tb := table{header: r.Header(), bad: map[int]string{}, r: r}
	for r.Next() {
		if err := r.RowErr(); err != nil {
			tb.bad[r.Line()] = errKey(err)
			continue
		}
		tb.rows = append(tb.rows, slices.Clone(r.Row()))
		tb.lines = append(tb.lines, r.Line())
	}
	return tb, r.Err()
}

func mustRead(t *testing.T, data []byte, name string, opts Options) table {
	t.Helper()
	tb, err := read(t, data, name, opts)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return tb
}

func errKey(err error) string {
	var le *i18n.LocalizedError
	if errors.As(err, &le) {
		return le.Key
	}
	return err.Error()
}

func TestSniffDelimiter(t *testing.T) {
	cases := []struct {
		name, sample string
		want         byte
	}{
		{"comma", "name,country\nA,LV\nB,SI\n", ','},
		{"semicolon", "name;country;city\nA;LV;Rīga\nB;SI;Ljubljana\n", ';'},
		{"tab", "name\tcountry\nA\tLV\n", '\t'},
		{"pipe", "name|country\nA|LV\n", '|'},
		{"semicolon with commas in cells", "name;city\nAcme, Ltd;Rīga\nBeta;Riga, LV\n", ';'},
		{"comma with semicolons in quotes", "name,topics\n\"A\",\"energy;transport\"\nB,\"x;y;z\"\n", ','},
		{"quoted newline", "name;note\n\"A\";\"line1,\nline2,x\"\nB;c\n", ';'},
		{"one column", "name\nA\nB\n", ','},
		{"header only", "name;country", ';'},
		{"crlf", "name;country\r\nA;LV\r\n", ';'},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := SniffDelimiter(tc.sample); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestReadCSVBasics(t *testing.T) {
	data := "name;country;note\r\nZaļā biedrība;LV;\"multi\r\nline; with \"\"quotes\"\"\"\r\n\r\nBeta;SI;plain\r\n"
	tb := mustRead(t, []byte(data), "x.csv", Options{})
	if !slices.Equal(tb.header, []string{"name", "country", "note"}) {
		t.Fatalf("header %q", tb.header)
	}
	want := [][]string{{"Zaļā biedrība", "LV", "multi\nline; with \"quotes\""}, {"Beta", "SI", "plain"}}
	if !slicesEqual(tb.rows, want) || !slices.Equal(tb.lines, []int{2, 4}) {
		t.Errorf("rows %q lines %v", tb.rows, tb.lines)
	}
	if tb.r.Delimiter() != ';' || tb.r.Encoding() != UTF8 || tb.r.Format() != CSV {
		t.Errorf("delimiter %q encoding %q format %q", tb.r.Delimiter(), tb.r.Encoding(), tb.r.Format())
	}
}

func slicesEqual(a, b [][]string) bool {
	return slices.EqualFunc(a, b, func(x, y []string) bool { return slices.Equal(x, y) })
}

func TestReadCSVByteOrderMarks(t *testing.T) {
	text := "name,city\nДружество,София\n"
	cases := []struct {
		name string
		data []byte
		enc  string
	}{
		{"utf-8 without BOM", []byte(text), UTF8},
		{"utf-8 with BOM", append(slices.Clone(bomUTF8), text...), UTF8},
		{"utf-16le with BOM", utf16(text, false), "utf-16le"},
		{"utf-16be with BOM", utf16(text, true), "utf-16be"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tb := mustRead(t, tc.data, "", Options{})
			if tb.header[0] != "name" || len(tb.rows) != 1 || tb.rows[0][1] != "София" {
				t.Errorf("header %q rows %q", tb.header, tb.rows)
			}
			if tb.r.Encoding() != tc.enc {
				t.Errorf("encoding %q, want %q", tb.r.Encoding(), tc.enc)
			}
		})
	}
}

// utf16 encodes s as UTF-16 with a byte order mark.
func utf16(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, r := range s {
		hi, lo := byte(r>>8), byte(r)
		if bigEndian {
			out = append(out, hi, lo)
		} else {
			out = append(out, lo, hi)
		}
	}
	return out
}

func TestReadCSVRaggedRows(t *testing.T) {
	data := "name,country,city\nA,LV\nB,SI,Ljubljana,extra\nC\n"
	tb := mustRead(t, []byte(data), "", Options{})
	want := [][]string{{"A", "LV"}, {"B", "SI", "Ljubljana", "extra"}, {"C"}}
	if !slicesEqual(tb.rows, want) {
		t.Errorf("rows %q: ragged rows come back as they are, for the caller to judge", tb.rows)
	}
}

func TestReadCSVQuotes(t *testing.T) {
	cases := []struct {
		name string
		data string
		rows [][]string
		bad  map[int]string
	}{
		{"bare quote inside a cell is text", "name,size\nBig \"Screen\" Ltd,5\"\n",
			[][]string{{"Big \"Screen\" Ltd", "5\""}}, nil},
		{"text after a closing quote is kept", "name,x\n\"Acme\" Ltd,1\n",
			[][]string{{"Acme Ltd", "1"}}, nil},
		{"unterminated quote at the end", "name,x\nA,1\n\"B,2\nC,3\n",
			[][]string{{"A", "1"}, {"C", "3"}}, map[int]string{3: "import.bad_quotes"}},
		{"stray quote closed by a later one", "name,x\n\"A,1\nB,2\nC,\"3\"\nD,4\n",
			[][]string{{"B", "2"}, {"C", "3"}, {"D", "4"}}, map[int]string{2: "import.bad_quotes"}},
		{"escaped quotes", "name\n\"say \"\"hi\"\"\"\n", [][]string{{"say \"hi\""}}, nil},
		{"empty quoted cell", "a,b\n\"\",x\n", [][]string{{"", "x"}}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tb := mustRead(t, []byte(tc.data), "", Options{Delimiter: ','})
			if !slicesEqual(tb.rows, tc.rows) {
				t.Errorf("rows %q, want %q", tb.rows, tc.rows)
			}
			if len(tb.bad) != len(tc.bad) {
				t.Errorf("bad rows %v, want %v", tb.bad, tc.bad)
			}
			for line, key := range tc.bad {
				if tb.bad[line] != key {
					t.Errorf("bad rows %v, want %v", tb.bad, tc.bad)
				}
			}
		})
	}
}

func TestReadCSVOverlongQuotedCell(t *testing.T) {
	var b strings.Builder
	b.WriteString("name,x\n\"open\n")
	for i := 0; i < 200; i++ {
		b.WriteString("row,1\n")
	}
	r, err := Open(strings.NewReader(b.String()), "", -1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r.src.(*csvSource).maxRecord = 100
	good, bad := 0, 0
	for r.Next() {
		if r.RowErr() != nil {
			bad++
		} else {
			good++
		}
	}
	if bad != 1 || good != 200 {
		t.Errorf("good %d bad %d: an open quote must not swallow the file", good, bad)
	}
}

func TestReadCSVEmptyAndHeaderOnly(t *testing.T) {
	for _, data := range []string{"", "\n\n", "\xEF\xBB\xBF", "  \r\n"} {
		if _, err := read(t, []byte(data), "", Options{}); errKey(err) != "import.empty_file" {
			t.Errorf("%q: %v", data, err)
		}
	}
	tb := mustRead(t, []byte("name;country\n"), "", Options{})
	if len(tb.header) != 2 || len(tb.rows) != 0 {
		t.Errorf("header-only: %q %q", tb.header, tb.rows)
	}
}

func TestReadCSVTooLarge(t *testing.T) {
	data := []byte("name\n" + strings.Repeat("x\n", 1000))
	if _, err := read(t, data, "", Options{MaxBytes: 100}); errKey(err) != "import.too_large" {
		t.Errorf("known size: %v", err)
	}
	data = []byte("name\n" + strings.Repeat("x\n", sniffSize))
	r, err := Open(bytes.NewReader(data), "", -1, Options{MaxBytes: sniffSize + 100})
	if err != nil {
		t.Fatal(err)
	}
	for r.Next() {
	}
	if errKey(r.Err()) != "import.too_large" {
		t.Errorf("unknown size: %v", r.Err())
	}
}

func TestReadCSVInvalidUTF8AfterSample(t *testing.T) {
	data := []byte("name\n" + strings.Repeat("ascii\n", sniffSize/6+10) + "caf\xe9\nok\n")
	tb := mustRead(t, data, "", Options{})
	if len(tb.bad) != 1 || tb.rows[len(tb.rows)-1][0] != "ok" {
		t.Errorf("bad %v last %q: a row that is not UTF-8 is reported, not garbled", tb.bad, tb.rows[len(tb.rows)-1])
	}
	for _, v := range tb.bad {
		if v != "import.invalid_text" {
			t.Errorf("key %q", v)
		}
	}
}

func TestReadCSVLongLine(t *testing.T) {
	data := "name\n" + strings.Repeat("x", DefaultMaxRecord+10) + "\nok\n"
	tb := mustRead(t, []byte(data), "", Options{})
	if tb.bad[2] != "import.row_too_long" || len(tb.rows) != 1 || tb.rows[0][0] != "ok" {
		t.Errorf("bad %v rows %d", tb.bad, len(tb.rows))
	}
}

func TestReadCSVExcelSepLine(t *testing.T) {
	tb := mustRead(t, []byte("sep=;\r\nname;city\r\nA, B;Rīga\r\n"), "", Options{})
	if tb.r.Delimiter() != ';' || tb.header[0] != "name" || tb.rows[0][0] != "A, B" || tb.lines[0] != 2 {
		t.Errorf("header %q rows %q lines %v", tb.header, tb.rows, tb.lines)
	}
}

func TestReadBinaryFile(t *testing.T) {
	var img bytes.Buffer
	if err := png.Encode(&img, image.NewRGBA(image.Rect(0, 0, 4, 4))); err != nil {
		t.Fatal(err)
	}
	controls := []byte("name\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f,country\nA,LV\n")
	cases := map[string][]byte{"logo.csv": img.Bytes(), "logo.json": img.Bytes(), "controls.csv": controls}
	for name, data := range cases {
		if _, err := read(t, data, name, Options{}); err == nil || errKey(err) != "import.not_text" {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := read(t, img.Bytes(), "logo.csv", Options{Encoding: "windows-1251"}); err == nil || errKey(err) != "import.not_text" {
		t.Errorf("explicit code page: %v", err)
	}
	noBOM := utf16("name,city\nA,Rīga\n", false)[2:]
	tb := mustRead(t, noBOM, "", Options{Encoding: "utf-16le"})
	if len(tb.rows) != 1 || tb.rows[0][1] != "Rīga" {
		t.Errorf("UTF-16 without BOM, encoding given: %q", tb.rows)
	}
}
