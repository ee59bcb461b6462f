package eci

import (
	"errors"
	"testing"
	"time"

	"coalition/internal/i18n"
)

func TestRegistrationDate(t *testing.T) {
	today := time.Date(2026, 11, 21, 15, 4, 0, 0, time.UTC)
	for _, tc := range []struct {
		in, want, key string
	}{
		{"", "2026-11-21", ""},
		{"2026-11-21", "2026-11-21", ""},
		{"2012-04-01", "2012-04-01", ""},
		{"2026-11-22", "", "validation.date_future"},
		{"2012-03-31", "", "validation.date_before_eci"},
		{"21.11.2026", "", "validation.date"},
		{"2026-02-30", "", "validation.date"},
	} {
		got, err := RegistrationDate(tc.in, today)
		var le *i18n.LocalizedError
		switch {
		case tc.key == "" && (err != nil || got.Format(time.DateOnly) != tc.want):
			t.Errorf("RegistrationDate(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		case tc.key != "" && (!errors.As(err, &le) || le.Key != tc.key || le.Field != "registered"):
			t.Errorf("RegistrationDate(%q) error = %v; want %s on registered", tc.in, err, tc.key)
		}
	}
}
