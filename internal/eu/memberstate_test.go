package eu

import (
	"slices"
	"testing"
	"time"
)

// date parses an ISO date for tests.
func date(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestMemberStatesProtocolOrder(t *testing.T) {
	want := []string{"BE", "BG", "CZ", "DK", "DE", "EE", "IE", "EL", "ES", "FR", "HR", "IT", "CY", "LV",
		"LT", "LU", "HU", "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE"}
	var got []string
	for _, m := range MemberStates() {
		got = append(got, m.Code)
	}
	if !slices.Equal(got, want) {
		t.Errorf("MemberStates() = %v, want %v", got, want)
	}
}

func TestMemberStatesReturnsCopy(t *testing.T) {
	MemberStates()[0].Code = "XX"
	if MemberStates()[0].Code != "BE" {
		t.Error("MemberStates exposes its internal slice")
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in       string
		code     string
		iso      string
		ok, okAn bool
	}{
		{"EL", "EL", "GR", true, true},
		{"GR", "EL", "GR", true, true},
		{" gr ", "EL", "GR", true, true},
		{"el", "EL", "GR", true, true},
		{"de", "DE", "DE", true, true},
		{"HR", "HR", "HR", true, true},
		{"UK", "UK", "GB", false, true},
		{"gb", "UK", "GB", false, true},
		{"XX", "", "", false, false},
		{"", "", "", false, false},
		{"CH", "", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m, ok := Lookup(tt.in)
			if ok != tt.ok || (ok && (m.Code != tt.code || m.ISO != tt.iso)) {
				t.Errorf("Lookup(%q) = %v, %v; want %s/%s, %v", tt.in, m, ok, tt.code, tt.iso, tt.ok)
			}
			m, ok = LookupAny(tt.in)
			if ok != tt.okAn || (ok && (m.Code != tt.code || m.ISO != tt.iso)) {
				t.Errorf("LookupAny(%q) = %v, %v; want %s/%s, %v", tt.in, m, ok, tt.code, tt.iso, tt.okAn)
			}
		})
	}
}

func TestCurrent(t *testing.T) {
	for _, m := range MemberStates() {
		if !m.Current() {
			t.Errorf("%s.Current() = false", m)
		}
	}
	if unitedKingdom.Current() {
		t.Error("UK.Current() = true")
	}
}
