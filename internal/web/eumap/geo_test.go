package eumap

import (
	"math"
	"testing"

	"coalition/internal/eu"
)

func TestDecodeCountries(t *testing.T) {
	countries, err := decodeCountries(countriesJSON)
	if err != nil {
		t.Fatal(err)
	}
	if len(countries) != 45 {
		t.Errorf("%d countries, want 45", len(countries))
	}
	members := map[string]int{}
	for _, c := range countries {
		m, ok := memberState(c.iso3)
		if ok != c.eu {
			t.Errorf("%s: member state %v, file says eu_member %v", c.iso3, ok, c.eu)
		}
		if ok {
			members[m.Code]++
		}
	}
	for _, m := range eu.MemberStates() {
		if members[m.Code] != 1 {
			t.Errorf("%s: %d outlines, want 1", m.Code, members[m.Code])
		}
	}
}

func TestGreeceIsEL(t *testing.T) {
	m, ok := memberState("GRC")
	if !ok || m.Code != "EL" {
		t.Errorf("memberState(GRC) = %v, %v; want EL", m, ok)
	}
}

func TestDecodeCountriesRejects(t *testing.T) {
	for name, data := range map[string]string{
		"not json":  `{`,
		"line":      `{"features":[{"properties":{"iso_a3":"X"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]}`,
		"bad coord": `{"features":[{"properties":{"iso_a3":"X"},"geometry":{"type":"Polygon","coordinates":[["a"]]}}]}`,
	} {
		if _, err := decodeCountries([]byte(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestProjectCentre(t *testing.T) {
	p := project(lonLat{centreLon, centreLat})
	if math.Abs(p.x) > 1e-9 || math.Abs(p.y) > 1e-9 {
		t.Errorf("centre projects to %v, want origin", p)
	}
	// One degree of latitude is about 111 km anywhere; along the central
	// meridian the projection keeps it.
	north := project(lonLat{centreLon, centreLat + 1})
	if math.Abs(north.y-111.2) > 0.5 || math.Abs(north.x) > 1e-9 {
		t.Errorf("one degree north projects to %v, want (0, 111.2)", north)
	}
}

// TestFrameHoldsMembers checks that no member state is cut by the frame.
func TestFrameHoldsMembers(t *testing.T) {
	all, err := shapes()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range all {
		if s.code == "" {
			continue
		}
		for _, r := range s.km {
			for _, p := range r {
				if q := toMap(p); q.x < 5 || q.y < 5 || q.x > mapWidth-5 || q.y > mapHeight-5 {
					t.Errorf("%s: point %v is at or beyond the frame", s.code, q)
				}
			}
		}
	}
}

// TestLabelSpotsInsideStates checks that moved labels stay on their state.
func TestLabelSpotsInsideStates(t *testing.T) {
	all, err := shapes()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range all {
		spot, ok := labelSpots[s.code]
		if !ok {
			continue
		}
		if p := toMap(project(spot)); !inside(p, s.rings) {
			t.Errorf("%s: label spot %v is outside the state", s.code, spot)
		}
	}
}

// inside reports whether p lies inside rings (even-odd rule).
func inside(p point, rings [][]point) bool {
	in := false
	for _, r := range rings {
		for i, a := range r {
			b := r[(i+1)%len(r)]
			if (a.y > p.y) != (b.y > p.y) && p.x < a.x+(p.y-a.y)*(b.x-a.x)/(b.y-a.y) {
				in = !in
			}
		}
	}
	return in
}
