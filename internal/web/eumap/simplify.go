package eumap

import "math"

// simplify drops the points of a closed ring that lie within tol of the
// line through their neighbours (Ramer–Douglas–Peucker, run on the two
// halves of the ring so that it stays closed).
func simplify(pts []point, tol float64) []point {
	if len(pts) < 4 {
		return pts
	}
	far := farthestFrom(pts, pts[0])
	a := rdp(pts[:far+1], tol)
	b := rdp(append(append([]point(nil), pts[far:]...), pts[0]), tol)
	out := make([]point, 0, len(a)+len(b)-2)
	out = append(out, a[:len(a)-1]...)
	return append(out, b[:len(b)-1]...)
}

// rdp simplifies an open polyline, keeping both ends.
func rdp(pts []point, tol float64) []point {
	if len(pts) < 3 {
		return pts
	}
	first, last := pts[0], pts[len(pts)-1]
	idx, dmax := 0, 0.0
	for i := 1; i < len(pts)-1; i++ {
		if d := segmentDistance(pts[i], first, last); d > dmax {
			idx, dmax = i, d
		}
	}
	if dmax <= tol {
		return []point{first, last}
	}
	left := rdp(pts[:idx+1], tol)
	right := rdp(pts[idx:], tol)
	return append(left[:len(left)-1:len(left)-1], right...)
}

// farthestFrom returns the index of the point of pts farthest from p.
func farthestFrom(pts []point, p point) int {
	idx, dmax := 0, -1.0
	for i, q := range pts {
		if d := math.Hypot(q.x-p.x, q.y-p.y); d > dmax {
			idx, dmax = i, d
		}
	}
	return idx
}

// segmentDistance is the distance from p to the segment ab.
func segmentDistance(p, a, b point) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return math.Hypot(p.x-a.x, p.y-a.y)
	}
	t := max(0, min(1, ((p.x-a.x)*dx+(p.y-a.y)*dy)/l2))
	return math.Hypot(p.x-a.x-t*dx, p.y-a.y-t*dy)
}
