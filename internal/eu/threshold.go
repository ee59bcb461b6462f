package eu

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrBeforeECI reports a registration date before 1 April 2012, the day
// Regulation (EU) No 211/2011 started to apply (its Article 23).
var ErrBeforeECI = errors.New("eu: no European citizens' initiative before 1 April 2012")

// ThresholdPeriod is one version of Annex I of the ECI regulation: the
// minimum number of signatories per member state for initiatives registered
// from From to To (both inclusive; a zero To means the period is still open).
type ThresholdPeriod struct {
	From, To   time.Time
	Legal      string // legal source of the Annex I in force
	Multiplier int    // signatories per seat: 750 until 2019, then the total number of seats
	TotalSeats int    // total seats of the Parliament composition the Annex is based on
	States     []StateThreshold
}

// StateThreshold is the minimum for one state within a ThresholdPeriod.
type StateThreshold struct {
	Code      string // EU code ("EL", "UK")
	Seats     int    // seats of the state in the composition used
	Threshold int    // minimum number of signatories
}

// period describes a column of data/eci_thresholds.csv.
type period struct {
	from, to   day // inclusive; to == 0 while open
	seatsOf    day // the composition (data/ep_seats.csv column) Annex I was computed from
	multiplier int
	legal      string
}

// periods lists every version of Annex I by first registration date. An
// initiative keeps the thresholds of its registration date for its whole
// life (Regulation (EU) 2019/788, Article 3(1)(b); for Regulation (EU)
// No 211/2011 the Commission's ECI website publishes its tables by
// registration date in the same way, e.g. "initiatives registered from
// 1.7.2014 to 31.12.2019").
//
// Not included: the original Annex I of Regulation (EU) No 211/2011
// (736-seat composition), replaced by Delegated Regulation (EU) No 268/2012
// in force from 28 March 2012, before any initiative could be registered;
// and Commission Delegated Regulation (EU) 2019/714, written for a UK
// withdrawal before the end of 2019 under Regulation (EU) No 211/2011, which
// selects no registration date (registrations under that Regulation ended on
// 31 December 2019 and the UK left on 31 January 2020).
var periods = []period{
	{mustDay("2012-04-01"), mustDay("2013-06-30"), mustDay("2011-12-01"), 750,
		"Regulation (EU) No 211/2011, Annex I as replaced by Commission Delegated Regulation (EU) No 268/2012"},
	{mustDay("2013-07-01"), mustDay("2014-06-30"), mustDay("2013-07-01"), 750,
		"Regulation (EU) No 211/2011, Annex I as adapted by Council Regulation (EU) No 517/2013 (accession of Croatia)"},
	{mustDay("2014-07-01"), mustDay("2019-12-31"), mustDay("2014-07-01"), 750,
		"Regulation (EU) No 211/2011, Annex I as replaced by Commission Delegated Regulation (EU) No 531/2014"},
	{mustDay("2020-01-01"), mustDay("2020-01-31"), mustDay("2014-07-01"), 751,
		"Regulation (EU) 2019/788, Annex I"},
	{mustDay("2020-02-01"), mustDay("2024-07-15"), mustDay("2020-02-01"), 705,
		"Regulation (EU) 2019/788, Annex I as replaced by Commission Delegated Regulation (EU) 2019/1673"},
	{mustDay("2024-07-16"), 0, mustDay("2024-07-16"), 720,
		"Regulation (EU) 2019/788, Annex I as replaced by Commission Delegated Regulation (EU) 2024/1082"},
}

// thresholdTable is data/eci_thresholds.csv by period start and EU code.
var thresholdTable = sync.OnceValue(func() map[day]map[string]int {
	return mustLoad(loadThresholds())
})

func loadThresholds() (map[day]map[string]int, error) {
	cols := []string{"code"}
	for _, p := range periods {
		cols = append(cols, p.from.String())
	}
	t, err := readTable("eci_thresholds.csv", cols...)
	if err != nil {
		return nil, err
	}
	out := make(map[day]map[string]int, len(periods))
	for i, p := range periods {
		col, err := intColumn(t, i+1)
		if err != nil {
			return nil, fmt.Errorf("eu: eci_thresholds.csv: %s: %w", p.from, err)
		}
		out[p.from] = col
	}
	return out, nil
}

// periodOn returns the period for an initiative registered on d.
func periodOn(d day) (period, error) {
	for i := len(periods) - 1; i >= 0; i-- {
		if periods[i].from <= d {
			return periods[i], nil
		}
	}
	return period{}, fmt.Errorf("%w: registered %s", ErrBeforeECI, d)
}

// Period returns the whole Annex I table that applies to an initiative
// registered on the calendar date of registered, with the states in EU
// protocol order (the United Kingdom last). Dates before 1 April 2012 give
// ErrBeforeECI.
func Period(registered time.Time) (ThresholdPeriod, error) {
	p, err := periodOn(dayOf(registered))
	if err != nil {
		return ThresholdPeriod{}, err
	}
	return p.export(), nil
}

// export builds the public view of p from the data files.
func (p period) export() ThresholdPeriod {
	out := ThresholdPeriod{From: p.from.Time(), To: p.to.Time(), Legal: p.legal, Multiplier: p.multiplier}
	if c, err := compositionOn(p.seatsOf); err == nil {
		out.TotalSeats = c.total
	}
	seats := seatTable()[p.seatsOf]
	for _, m := range allStates {
		n, ok := thresholdTable()[p.from][m.Code]
		if !ok {
			continue
		}
		out.States = append(out.States, StateThreshold{Code: m.Code, Seats: seats[m.Code], Threshold: n})
	}
	return out
}

// Threshold returns the minimum number of signatories that the member state
// code (EU or ISO code; "UK" and "GB" for the United Kingdom) needs for an
// initiative registered on the calendar date of registered. Dates before
// 1 April 2012 give ErrBeforeECI; a state absent from the Annex of that
// date (Croatia before 1 July 2013, the United Kingdom from 1 February 2020)
// gives ErrUnknownState.
func Threshold(code string, registered time.Time) (int, error) {
	p, err := periodOn(dayOf(registered))
	if err != nil {
		return 0, err
	}
	state, err := canonical(code)
	if err != nil {
		return 0, err
	}
	n, ok := thresholdTable()[p.from][state]
	if !ok {
		return 0, fmt.Errorf("%w: %s is not in %s", ErrUnknownState, state, p.legal)
	}
	return n, nil
}
