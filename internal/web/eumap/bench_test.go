package eumap

import (
	"io"
	"testing"
)

func BenchmarkRender(b *testing.B) {
	values := sampleValues()
	for b.Loop() {
		if err := Render(io.Discard, values, Options{Lang: "bg"}); err != nil {
			b.Fatal(err)
		}
	}
}
