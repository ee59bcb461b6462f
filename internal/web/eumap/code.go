package eumap

import "coalition/internal/eu"

// alpha2 maps the ISO 3166-1 alpha-3 codes of the outline file to alpha-2
// codes, for the 27 member states only.
var alpha2 = map[string]string{
	"AUT": "AT", "BEL": "BE", "BGR": "BG", "CYP": "CY", "CZE": "CZ",
	"DEU": "DE", "DNK": "DK", "ESP": "ES", "EST": "EE", "FIN": "FI",
	"FRA": "FR", "GRC": "GR", "HRV": "HR", "HUN": "HU", "IRL": "IE",
	"ITA": "IT", "LTU": "LT", "LUX": "LU", "LVA": "LV", "MLT": "MT",
	"NLD": "NL", "POL": "PL", "PRT": "PT", "ROU": "RO", "SVK": "SK",
	"SVN": "SI", "SWE": "SE",
}

// memberState returns the member state with the ISO alpha-3 code iso3:
// "GRC" gives Greece, whose EU code is EL.
func memberState(iso3 string) (eu.MemberState, bool) {
	a2, ok := alpha2[iso3]
	if !ok {
		return eu.MemberState{}, false
	}
	return eu.Lookup(a2)
}
