package eumap

import "math"

// The map uses the Lambert azimuthal equal-area projection centred on
// 52°N 10°E, the centre of ETRS89-LAEA (EPSG:3035), the projection of
// Eurostat's own maps. It keeps areas true, so large states do not look
// larger than they are.
const (
	centreLon   = 10.0
	centreLat   = 52.0
	earthRadius = 6371.0 // km, sphere of equal volume
)

// point is a position in the plane: kilometres from the projection
// centre (x east, y north) or, after placement, SVG user units.
type point struct{ x, y float64 }

// project maps a position to kilometres east and north of the centre.
func project(p lonLat) point {
	const rad = math.Pi / 180
	lam := (p.lon - centreLon) * rad
	phi := p.lat * rad
	sin1, cos1 := math.Sincos(centreLat * rad)
	sinPhi, cosPhi := math.Sincos(phi)
	sinLam, cosLam := math.Sincos(lam)
	k := math.Sqrt(2 / (1 + sin1*sinPhi + cos1*cosPhi*cosLam))
	return point{
		x: earthRadius * k * cosPhi * sinLam,
		y: earthRadius * k * (cos1*sinPhi - sin1*cosPhi*cosLam),
	}
}
