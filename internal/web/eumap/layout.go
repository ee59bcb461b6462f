package eumap

import "math"

// labelSpots moves a state's label away from the centre of its largest
// outline, where long labels of neighbours would run together: Spain's
// goes east, away from Portugal's.
var labelSpots = map[string]lonLat{
	"ES": {-2.3, 40.0},
}

// insets are the states too small to read on the map, drawn again
// enlarged in the panel, top to bottom.
var insets = []string{"LU", "MT", "CY"}

// Label sizes in user units.
const (
	codeSize  = 13.0
	labelSize = 11.0
)

// labelAt returns where e's label goes.
func labelAt(e entry) point {
	if p, ok := labelSpots[e.code]; ok {
		return toMap(project(p))
	}
	return centre(e.shape)
}

// centre is the centre of a shape's largest ring.
func centre(s shape) point {
	best, bestArea := s.rings[0], 0.0
	for _, r := range s.rings {
		if a := math.Abs(area(r)); a > bestArea {
			best, bestArea = r, a
		}
	}
	return centroid(best)
}
