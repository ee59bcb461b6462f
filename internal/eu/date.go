package eu

import (
	"fmt"
	"time"
)

// day is a calendar date as yyyymmdd, so that dates compare as integers and
// the time of day and zone of a time.Time never move a boundary.
type day int

// dayOf returns the calendar date of t in t's own location.
func dayOf(t time.Time) day {
	y, m, d := t.Date()
	return day(y*10000 + int(m)*100 + d)
}

// parseDay reads an ISO date, "2024-07-16".
func parseDay(s string) (day, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("eu: date %q: %w", s, err)
	}
	return dayOf(t), nil
}

// mustDay is parseDay for dates written in the package's own tables.
func mustDay(s string) day { return mustLoad(parseDay(s)) }

// Time returns the date as midnight UTC; the zero day gives the zero Time.
func (d day) Time() time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Date(int(d)/10000, time.Month(int(d)/100%100), int(d)%100, 0, 0, 0, 0, time.UTC)
}

// String returns the date in ISO form.
func (d day) String() string { return d.Time().Format(time.DateOnly) }
