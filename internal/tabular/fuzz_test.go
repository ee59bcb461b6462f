package tabular

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadCSV feeds arbitrary bytes to the CSV reader. It must never panic,
// and for input without quotation marks it must account for every line: each
// non-blank line after the header is either a row, cell for cell, or a
// reported bad row.
func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"name,country\nA,LV\n", "a;b\n\"x\";\"y\"\"z\"\n", "a\n\"open\nb\n", "\xEF\xBB\xBFa|b\n1|2",
		"a\tb\r\n1\t2\r\n", "\xFF\xFEa\x00,\x00b\x00\n\x00", "caf\xe9,x\n1,2\n", "", "\n\n", "a,b\n,,\n\"\"\"\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Open(bytes.NewReader(data), "f.csv", int64(len(data)), Options{Format: CSV})
		if err != nil {
			return
		}
		defer r.Close()
		var rows []string
		bad := 0
		for r.Next() {
			if r.RowErr() != nil {
				bad++
				continue
			}
			rows = append(rows, strings.Join(r.Row(), string(r.Delimiter())))
		}
		if r.Err() != nil || bytes.IndexByte(data, '"') >= 0 || !utf8.Valid(data) {
			return
		}
		want := dataLines(data, r.Delimiter())
		if len(want) == 0 {
			t.Fatalf("a header was read from blank input %q", data)
		}
		want = want[1:]
		if len(rows)+bad != len(want) {
			t.Fatalf("%d rows and %d bad rows, want %d lines: %q", len(rows), bad, len(want), data)
		}
		for i, row := range rows {
			if bad == 0 && row != want[i] {
				t.Fatalf("row %d = %q, want %q", i, row, want[i])
			}
		}
	})
}

// dataLines returns the non-blank lines of data, without the byte order mark
// and line ends.
func dataLines(data []byte, delim byte) []string {
	text := strings.TrimPrefix(string(data), "\xEF\xBB\xBF")
	var out []string
	for _, line := range strings.SplitAfter(text, "\n") {
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if strings.TrimSpace(strings.ReplaceAll(line, string(delim), "")) != "" {
			out = append(out, line)
		}
	}
	return out
}

// FuzzCSVRoundTrip writes cells with encoding/csv and reads them back: the
// reader must give the same cells (line breaks inside cells read as \n).
func FuzzCSVRoundTrip(f *testing.F) {
	f.Add("Zaļā, biedrība", "say \"hi\"", "multi\nline")
	f.Add("", " lead", "x\r\ny")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		cells := []string{a, b, c}
		if !utf8.ValidString(a) || !utf8.ValidString(b) || !utf8.ValidString(c) || blank(cells) {
			return
		}
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.Write([]string{"h1", "h2", "h3"})
		w.Write(cells)
		w.Flush()
		r, err := Open(&buf, "", -1, Options{Format: CSV, Delimiter: ','})
		if err != nil {
			t.Fatal(err)
		}
		if !r.Next() || r.RowErr() != nil {
			t.Fatalf("row lost: %v %v", r.RowErr(), r.Err())
		}
		for i, got := range r.Row() {
			if want := strings.ReplaceAll(cells[i], "\r\n", "\n"); got != want {
				t.Fatalf("cell %d = %q, want %q", i, got, want)
			}
		}
	})
}
