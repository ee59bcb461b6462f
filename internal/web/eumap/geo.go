package eumap

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

// countriesJSON holds the outlines of 45 European countries.
// Source: world.geo.json (Natural Earth–derived outlines), Unlicense; a
// verbatim copy of shared/data/geo/europe_countries.geo.json (see
// data/README.md).
//
//go:embed data/europe_countries.geo.json
var countriesJSON []byte

// lonLat is a point in degrees of longitude and latitude.
type lonLat struct{ lon, lat float64 }

// ring is a closed outline; the last point need not repeat the first.
type ring []lonLat

// country is one feature of the GeoJSON file: its ISO 3166-1 alpha-3 code,
// whether it is an EU member state, and its outer rings (the file has no
// holes; inner rings would be kept as rings too).
type country struct {
	iso3  string
	eu    bool
	rings []ring
}

// geoFeature is the part of a GeoJSON feature that the map reads.
type geoFeature struct {
	Properties struct {
		ISO3 string `json:"iso_a3"`
		EU   bool   `json:"eu_member"`
	} `json:"properties"`
	Geometry struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	} `json:"geometry"`
}

// decodeCountries reads a GeoJSON FeatureCollection of Polygon and
// MultiPolygon features.
func decodeCountries(data []byte) ([]country, error) {
	var fc struct {
		Features []geoFeature `json:"features"`
	}
	if err := json.Unmarshal(data, &fc); err != nil {
		return nil, fmt.Errorf("eumap: decode outlines: %w", err)
	}
	out := make([]country, 0, len(fc.Features))
	for _, f := range fc.Features {
		rings, err := decodeRings(f.Geometry.Type, f.Geometry.Coordinates)
		if err != nil {
			return nil, fmt.Errorf("eumap: decode outlines: %s: %w", f.Properties.ISO3, err)
		}
		out = append(out, country{iso3: f.Properties.ISO3, eu: f.Properties.EU, rings: rings})
	}
	return out, nil
}

// decodeRings flattens the coordinates of a Polygon or MultiPolygon into
// its rings.
func decodeRings(typ string, raw json.RawMessage) ([]ring, error) {
	var polys [][][][2]float64
	switch typ {
	case "Polygon":
		var poly [][][2]float64
		if err := json.Unmarshal(raw, &poly); err != nil {
			return nil, err
		}
		polys = [][][][2]float64{poly}
	case "MultiPolygon":
		if err := json.Unmarshal(raw, &polys); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("unsupported geometry %q", typ)
	}
	var rings []ring
	for _, poly := range polys {
		for _, coords := range poly {
			rings = append(rings, toRing(coords))
		}
	}
	return rings, nil
}

// toRing converts GeoJSON positions, dropping the closing point.
func toRing(coords [][2]float64) ring {
	if n := len(coords); n > 1 && coords[0] == coords[n-1] {
		coords = coords[:n-1]
	}
	r := make(ring, len(coords))
	for i, c := range coords {
		r[i] = lonLat{c[0], c[1]}
	}
	return r
}
