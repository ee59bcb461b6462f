package tabular

import (
	"bytes"
	"testing"
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
			if tb.rows[0][1] != "'=HYPERLINK(\"x\")" || tb.rows[1][2] != "'@x" {
				t.Errorf("cells must be escaped: %q", tb.rows)
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
