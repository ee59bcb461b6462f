package eci

import (
	"errors"
	"time"

	"coalition/internal/eu"
	"coalition/internal/i18n"
)

// Start is the first day an initiative could be registered: Regulation (EU)
// No 211/2011 applied from 1 April 2012 (its Article 23).
const Start = "2012-04-01"

// RegistrationDate parses an initiative's registration date, YYYY-MM-DD, for
// the field "registered": not after today and not before Start. Empty means
// today. Errors are translated, naming the field.
func RegistrationDate(s string, today time.Time) (time.Time, error) {
	today = today.UTC().Truncate(24 * time.Hour)
	if s == "" {
		return today, nil
	}
	day, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, i18n.Invalid("registered", "validation.date")
	}
	if day.After(today) {
		return time.Time{}, i18n.Invalid("registered", "validation.date_future")
	}
	if _, err := eu.Period(day); errors.Is(err, eu.ErrBeforeECI) {
		return time.Time{}, i18n.Invalid("registered", "validation.date_before_eci", "date", Start)
	}
	return day, nil
}
