package eu

import (
	"strings"
	"testing"
)

func TestRegion(t *testing.T) {
	tests := []struct {
		code    string
		country string
		label   string
		level   int
		ok      bool
	}{
		{"BE21", "BE", "Prov. Antwerpen", 2, true},
		{"be21", "BE", "Prov. Antwerpen", 2, true},
		{"BE1", "BE", "Région de Bruxelles-Capitale/Brussels Hoofdstedelijk Gewest", 1, true},
		{"DE111", "DE", "Stuttgart, Stadtkreis", 3, true},
		{"EL30", "EL", "Aττική", 2, true},
		{"BEZZ", "BE", "Extra-Regio NUTS 2", 2, true},
		{"GR30", "", "", 0, false},
		{"UKI", "", "", 0, false},
		{"", "", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			r, ok := Region(tt.code)
			if ok != tt.ok || r.Country != tt.country || r.Label != tt.label || r.Level != tt.level {
				t.Errorf("Region(%q) = %+v, %v", tt.code, r, ok)
			}
		})
	}
}

func TestRegions(t *testing.T) {
	tests := []struct {
		country string
		level   int
		want    int
	}{
		{"LV", 3, 5}, // NUTS 2024: Latgale, Zemgale, Rīga, Kurzeme, Vidzeme
		{"MT", 1, 1},
		{"EL", 2, 13},
		{"GR", 2, 13},
		{"BE", 1, 3},
		{"XX", 2, 0},
		{"UK", 1, 0},
		{"LV", 4, 0},
	}
	for _, tt := range tests {
		if got := len(Regions(tt.country, tt.level)); got != tt.want {
			t.Errorf("len(Regions(%s, %d)) = %d, want %d", tt.country, tt.level, got, tt.want)
		}
	}
}

func TestRegionsEveryState(t *testing.T) {
	total := 0
	for _, m := range MemberStates() {
		all := Regions(m.Code, 0)
		for level := 1; level <= 3; level++ {
			if len(Regions(m.Code, level)) == 0 {
				t.Errorf("%s has no NUTS %d region", m, level)
			}
		}
		for _, r := range all {
			if r.Country != m.Code || !strings.HasPrefix(r.Code, m.Code) || r.ExtraRegio() {
				t.Errorf("%s: unexpected region %+v", m, r)
			}
			if r.Level != len(r.Code)-2 {
				t.Errorf("%s: level %d does not match code length", r.Code, r.Level)
			}
		}
		total += len(all)
	}
	extra := 0
	for _, r := range nuts().byCode {
		if r.ExtraRegio() {
			extra++
		}
	}
	if total+extra != 1582 {
		t.Errorf("%d regions + %d Extra-Regio codes, want 1,582 rows", total, extra)
	}
}
