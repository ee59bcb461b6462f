package eumap

// rect is an axis-aligned rectangle in SVG user units.
type rect struct{ x0, y0, x1, y1 float64 }

// clipRing cuts a closed ring to r (Sutherland–Hodgman). A ring that
// leaves r comes back with stretches along r's edges, which do not show
// when the map is drawn without strokes at the frame; a ring wholly
// outside r comes back empty.
func clipRing(pts []point, r rect) []point {
	edges := []struct {
		inside func(point) bool
		cross  func(a, b point) point
	}{
		{func(p point) bool { return p.x >= r.x0 }, func(a, b point) point { return atX(a, b, r.x0) }},
		{func(p point) bool { return p.x <= r.x1 }, func(a, b point) point { return atX(a, b, r.x1) }},
		{func(p point) bool { return p.y >= r.y0 }, func(a, b point) point { return atY(a, b, r.y0) }},
		{func(p point) bool { return p.y <= r.y1 }, func(a, b point) point { return atY(a, b, r.y1) }},
	}
	for _, e := range edges {
		pts = clipEdge(pts, e.inside, e.cross)
	}
	return pts
}

// clipEdge keeps the part of a ring on the inner side of one edge.
func clipEdge(pts []point, inside func(point) bool, cross func(a, b point) point) []point {
	var out []point
	for i, cur := range pts {
		prev := pts[(i+len(pts)-1)%len(pts)]
		switch in, prevIn := inside(cur), inside(prev); {
		case in && prevIn:
			out = append(out, cur)
		case in:
			out = append(out, cross(prev, cur), cur)
		case prevIn:
			out = append(out, cross(prev, cur))
		}
	}
	return out
}

// atX is the point of segment ab at abscissa x.
func atX(a, b point, x float64) point {
	t := (x - a.x) / (b.x - a.x)
	return point{x, a.y + t*(b.y-a.y)}
}

// atY is the point of segment ab at ordinate y.
func atY(a, b point, y float64) point {
	t := (y - a.y) / (b.y - a.y)
	return point{a.x + t*(b.x-a.x), y}
}
