package eumap

import (
	"fmt"
	"math"
	"sync"
)

// The map frame: the part of the projected plane that is drawn, in
// kilometres from the projection centre, and its scale. It holds every
// member state, from the Azores-free west coast of Portugal to Cyprus and
// from Malta to Lapland; it cuts Russia, Turkey and Iceland.
const (
	frameWest  = -1750.0 // km
	frameNorth = 2150.0  // km
	kmPerUnit  = 4.0     // kilometres per SVG user unit
	mapWidth   = 1000.0  // SVG user units
	mapHeight  = 1000.0  // SVG user units
	simplifyBy = 0.3     // SVG user units: outline detail below this goes
	minArea    = 1.0     // square user units: smaller islands go
)

// mapFrame is the drawn area in SVG user units.
var mapFrame = rect{0, 0, mapWidth, mapHeight}

// shape is one country ready to draw.
type shape struct {
	iso3  string
	code  string    // EU code of a member state, "" for the others
	rings [][]point // outlines in SVG user units, cut to mapFrame
	km    [][]point // outlines in projected kilometres, uncut (insets)
}

// shapes holds the outlines of every country, built on first use.
var shapes = sync.OnceValues(func() ([]shape, error) {
	countries, err := decodeCountries(countriesJSON)
	if err != nil {
		return nil, err
	}
	return buildShapes(countries)
})

// buildShapes projects, cuts and simplifies the outlines.
func buildShapes(countries []country) ([]shape, error) {
	out := make([]shape, 0, len(countries))
	for _, c := range countries {
		s := shape{iso3: c.iso3}
		if m, ok := memberState(c.iso3); ok {
			s.code = m.Code
		} else if c.eu {
			return nil, fmt.Errorf("eumap: outline %s is marked as a member state but has no EU code", c.iso3)
		}
		for _, r := range c.rings {
			s.km = append(s.km, projectRing(r))
		}
		s.rings = drawnRings(s.km)
		if len(s.rings) > 0 {
			out = append(out, s)
		}
	}
	return out, nil
}

// projectRing projects a ring to kilometres.
func projectRing(r ring) []point {
	out := make([]point, len(r))
	for i, p := range r {
		out[i] = project(p)
	}
	return out
}

// toMap converts projected kilometres to SVG user units (y grows down).
func toMap(p point) point {
	return point{(p.x - frameWest) / kmPerUnit, (frameNorth - p.y) / kmPerUnit}
}

// drawnRings places rings on the map, cuts them to the frame and
// simplifies them. Tiny islands are dropped, but never a country's
// largest ring, so that Malta and Luxembourg stay on the map.
func drawnRings(km [][]point) [][]point {
	var rings [][]point
	largest, largestArea := -1, 0.0
	for _, r := range km {
		placed := make([]point, len(r))
		for i, p := range r {
			placed[i] = toMap(p)
		}
		placed = simplify(clipRing(placed, mapFrame), simplifyBy)
		if len(placed) < 3 {
			continue
		}
		if a := math.Abs(area(placed)); a > largestArea {
			largest, largestArea = len(rings), a
		}
		rings = append(rings, placed)
	}
	return keepLarge(rings, largest)
}

// keepLarge drops rings smaller than minArea except the one at index keep.
func keepLarge(rings [][]point, keep int) [][]point {
	var out [][]point
	for i, r := range rings {
		if i == keep || math.Abs(area(r)) >= minArea {
			out = append(out, r)
		}
	}
	return out
}

// area is the signed area of a ring (shoelace formula).
func area(r []point) float64 {
	var a float64
	for i, p := range r {
		q := r[(i+1)%len(r)]
		a += p.x*q.y - q.x*p.y
	}
	return a / 2
}

// centroid is the centre of mass of a ring.
func centroid(r []point) point {
	var cx, cy, a float64
	for i, p := range r {
		q := r[(i+1)%len(r)]
		f := p.x*q.y - q.x*p.y
		cx += (p.x + q.x) * f
		cy += (p.y + q.y) * f
		a += f
	}
	if a == 0 {
		return r[0]
	}
	return point{cx / (3 * a), cy / (3 * a)}
}
