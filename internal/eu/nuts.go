package eu

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// NUTSRegion is a region of the NUTS 2024 classification.
type NUTSRegion struct {
	Code    string // NUTS code, "BE21"
	Country string // EU country code as NUTS writes it ("EL" for Greece)
	Label   string // name in the national language(s), as Eurostat gives it
	Level   int    // 1, 2 or 3
}

// ExtraRegio reports whether r is one of the "Extra-Regio" codes (BEZ, BEZZ,
// BEZZZ …) that NUTS keeps for territory outside any region.
func (r NUTSRegion) ExtraRegio() bool {
	return len(r.Code) > 2 && strings.Trim(r.Code[2:], "Z") == ""
}

// nutsData indexes data/nuts2024.csv, a verbatim copy of the project's
// reference file. Source: Eurostat, NUTS 2024 (valid from 1 January 2024),
// © European Union, CC BY 4.0; see data/README.md.
type nutsData struct {
	byCode    map[string]NUTSRegion
	byCountry map[string][]NUTSRegion // in Eurostat's order
}

var nuts = sync.OnceValue(func() nutsData {
	return mustLoad(loadNUTS())
})

func loadNUTS() (nutsData, error) {
	t, err := readTable("nuts2024.csv", "country_code", "nuts_code", "nuts_label", "nuts_level")
	if err != nil {
		return nutsData{}, err
	}
	d := nutsData{byCode: make(map[string]NUTSRegion), byCountry: make(map[string][]NUTSRegion)}
	for _, rec := range t.records {
		level, err := strconv.Atoi(rec[3])
		if err != nil {
			return nutsData{}, fmt.Errorf("eu: nuts2024.csv: %s: %w", rec[1], err)
		}
		r := NUTSRegion{Code: rec[1], Country: rec[0], Label: rec[2], Level: level}
		d.byCode[r.Code] = r
		d.byCountry[r.Country] = append(d.byCountry[r.Country], r)
	}
	return d, nil
}

// Region finds a NUTS 2024 region by its code, ignoring case and
// surrounding spaces. Extra-Regio codes are found too.
func Region(code string) (NUTSRegion, bool) {
	r, ok := nuts().byCode[strings.ToUpper(strings.TrimSpace(code))]
	return r, ok
}

// Regions returns the NUTS 2024 regions of a member state (EU or ISO code:
// "EL" and "GR" both give Greece) at level 1, 2 or 3, or at every level
// when level is 0, in Eurostat's order. Extra-Regio codes are left out. An
// unknown country or level gives nil. The caller may modify the result.
func Regions(country string, level int) []NUTSRegion {
	m, ok := Lookup(country)
	if !ok {
		return nil
	}
	var out []NUTSRegion
	for _, r := range nuts().byCountry[m.Code] {
		if (level == 0 || r.Level == level) && !r.ExtraRegio() {
			out = append(out, r)
		}
	}
	return out
}
