package tabular

import (
	"io"
	"runtime"
	"strings"
	"testing"
)

// endless is a reader of n bytes of the repeated pattern.
type endless struct {
	pattern []byte
	n, off  int64
}

func (e *endless) Read(p []byte) (int, error) {
	if e.off >= e.n {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && e.off < e.n {
		p[k] = e.pattern[e.off%int64(len(e.pattern))]
		k++
		e.off++
	}
	return k, nil
}

func allocated() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

func TestTwoGigabytesAreRefusedEarly(t *testing.T) {
	in := &endless{pattern: []byte("Zaļā biedrība;LV;Rīga\n"), n: 2 << 30}
	r, err := Open(in, "big.csv", -1, Options{MaxBytes: 16 << 20})
	if err != nil {
		t.Fatal(err)
	}
	for r.Next() {
	}
	if errKey(r.Err()) != "import.too_large" || in.off > 17<<20 {
		t.Errorf("err %v after %d bytes", r.Err(), in.off)
	}
}

func TestHugeInputStreamsInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 3 × 64 MB")
	}
	cases := map[string]struct{ first, pattern string }{
		"rows":            {"", "Zaļā biedrība;LV;Rīga;\"a quoted; cell\"\n"},
		"one endless row": {"", "x"},
		"open quote":      {"\"never closed;", "a;b;c;d\n"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			in := io.MultiReader(strings.NewReader("name;country;city;note\n"+tc.first),
				&endless{pattern: []byte(tc.pattern), n: 64 << 20})
			before := allocated()
			r, err := Open(in, "", -1, Options{})
			if err != nil {
				t.Fatal(err)
			}
			rows := 0
			for r.Next() {
				rows++
			}
			if r.Err() != nil || rows == 0 {
				t.Fatalf("err %v rows %d", r.Err(), rows)
			}
			if grown := allocated() - before; name == "one endless row" && grown > 16<<20 {
				t.Errorf("allocated %d MB reading 64 MB in %d rows", grown>>20, rows)
			}
		})
	}
}
