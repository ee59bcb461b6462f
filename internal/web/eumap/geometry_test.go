package eumap

import (
	"reflect"
	"testing"
)

func TestClipRing(t *testing.T) {
	r := rect{0, 0, 10, 10}
	square := []point{{-5, -5}, {5, -5}, {5, 5}, {-5, 5}}
	got := clipRing(square, r)
	if a := area(got); a != 25 {
		t.Errorf("clipped area %v, want 25 (ring %v)", a, got)
	}
	if out := clipRing([]point{{20, 20}, {30, 20}, {30, 30}}, r); len(out) != 0 {
		t.Errorf("ring outside the frame gives %v, want nothing", out)
	}
	inside := []point{{1, 1}, {2, 1}, {2, 2}}
	if got := clipRing(inside, r); !reflect.DeepEqual(got, inside) {
		t.Errorf("ring inside the frame changed to %v", got)
	}
}

func TestSimplify(t *testing.T) {
	// A square with a point in the middle of each side and one just off
	// a side: the midpoints go, the bump beyond the tolerance stays.
	ring := []point{{0, 0}, {5, 0}, {10, 0}, {10, 5}, {10, 10}, {5, 10.1}, {0, 10}, {0, 5}, {-2, 2}}
	got := simplify(ring, 0.5)
	want := []point{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 5}, {-2, 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("simplify = %v, want %v", got, want)
	}
	if &got[0] == &ring[0] {
		t.Error("simplify shares memory with its input")
	}
}

func TestPathData(t *testing.T) {
	tests := []struct {
		rings [][]point
		want  string
	}{
		{[][]point{{{1, 2}, {3.25, 2}, {3.25, 0.5}}}, "M1 2l2.3 0 0-1.5z"},
		{[][]point{{{0, 0}, {0.01, 0}, {-1, -1}}}, "M0 0l-1-1z"},
		{[][]point{{{10, 10}, {9.5, 10.5}, {9, 10}}, {{0, 0}, {1, 1}, {1, 0}}}, "M10 10l-.5 .5-.5-.5zM0 0l1 1 0-1z"},
	}
	for _, tt := range tests {
		if got := pathData(tt.rings); got != tt.want {
			t.Errorf("pathData(%v) = %q, want %q", tt.rings, got, tt.want)
		}
	}
}

func TestArea(t *testing.T) {
	ring := []point{{0, 0}, {4, 0}, {4, 2}, {0, 2}}
	if a := area(ring); a != 8 {
		t.Errorf("area = %v, want 8", a)
	}
	if c := centroid(ring); c != (point{2, 1}) {
		t.Errorf("centroid = %v, want (2, 1)", c)
	}
}
