package eu

import "testing"

func TestAges(t *testing.T) {
	tests := []struct {
		code           string
		sign, organize int
	}{
		{"AT", 16, 16},
		{"BE", 16, 16},
		{"DE", 16, 16},
		{"MT", 16, 16},
		{"EE", 16, 18},
		{"FI", 16, 18},
		{"EL", 17, 17},
		{"gr", 17, 17},
		{"LV", 18, 18},
		{"bg", 18, 18},
		{"SI", 18, 18},
		{"RO", 18, 18},
		{"UK", 18, 18},
		{"US", 0, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			if got := SigningAge(tt.code); got != tt.sign {
				t.Errorf("SigningAge(%q) = %d, want %d", tt.code, got, tt.sign)
			}
			if got := OrganizerAge(tt.code); got != tt.organize {
				t.Errorf("OrganizerAge(%q) = %d, want %d", tt.code, got, tt.organize)
			}
		})
	}
}

func TestAgeTablesUseEUCodes(t *testing.T) {
	for _, table := range []map[string]int{signingAges, votingAges} {
		for code := range table {
			if m, ok := Lookup(code); !ok || m.Code != code {
				t.Errorf("age table key %q is not an EU code of a current member state", code)
			}
		}
	}
}
