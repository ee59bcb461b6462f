package eu

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"
)

// ErrNoData reports a date before the earliest entry of a table.
var ErrNoData = errors.New("eu: no reference data for that date")

// composition is one allocation of European Parliament seats among the
// member states, in force from a date until the next composition.
type composition struct {
	from   day
	total  int
	source string
}

// compositions lists the allocations of seats since the 2009 elections; the
// seats per state are the columns of data/ep_seats.csv.
var compositions = []composition{
	{mustDay("2009-07-14"), 736, "EC Treaty, Article 190(2), as amended by the 2005 Act of Accession of Bulgaria and Romania (7th term)"},
	{mustDay("2011-12-01"), 754, "Protocol amending Protocol No 36 on transitional provisions (OJ C 263, 29.9.2010), in force 1 December 2011"},
	{mustDay("2013-07-01"), 766, "Act of Accession of Croatia (OJ L 112, 24.4.2012), Article 19: 12 seats for Croatia from 1 July 2013"},
	{mustDay("2014-07-01"), 751, "European Council Decision 2013/312/EU of 28 June 2013 (8th term; kept in the 9th term until the UK left)"},
	{mustDay("2020-02-01"), 705, "European Council Decision (EU) 2018/937 of 28 June 2018, applicable after the withdrawal of the United Kingdom"},
	{mustDay("2024-07-16"), 720, "European Council Decision (EU) 2023/2061 of 22 September 2023 (10th term)"},
}

// seatTable is data/ep_seats.csv: seats by composition date and EU code.
var seatTable = sync.OnceValue(func() map[day]map[string]int {
	return mustLoad(loadSeats())
})

func loadSeats() (map[day]map[string]int, error) {
	cols := []string{"code"}
	for _, c := range compositions {
		cols = append(cols, c.from.String())
	}
	t, err := readTable("ep_seats.csv", cols...)
	if err != nil {
		return nil, err
	}
	out := make(map[day]map[string]int, len(compositions))
	for i, c := range compositions {
		col, err := intColumn(t, i+1)
		if err != nil {
			return nil, fmt.Errorf("eu: ep_seats.csv: %s: %w", c.from, err)
		}
		out[c.from] = col
	}
	return out, nil
}

// intColumn reads column i of t as numbers by the code in column 0; empty
// cells are left out.
func intColumn(t table, i int) (map[string]int, error) {
	col := make(map[string]int)
	for _, rec := range t.records {
		if rec[i] == "" {
			continue
		}
		n, err := strconv.Atoi(rec[i])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", rec[0], err)
		}
		col[rec[0]] = n
	}
	return col, nil
}

// compositionOn returns the composition in force on d.
func compositionOn(d day) (composition, error) {
	for i := len(compositions) - 1; i >= 0; i-- {
		if compositions[i].from <= d {
			return compositions[i], nil
		}
	}
	return composition{}, fmt.Errorf("%w: seats before %s", ErrNoData, compositions[0].from)
}

// Seats returns the number of seats that the member state code (EU or ISO
// code; "UK" and "GB" for the United Kingdom) held in the European
// Parliament under the composition in force on the calendar date of on.
// Compositions are recorded from the 2009 elections (14 July 2009); earlier
// dates give ErrNoData, and a state that was not a member on that date gives
// ErrUnknownState.
func Seats(code string, on time.Time) (int, error) {
	c, err := compositionOn(dayOf(on))
	if err != nil {
		return 0, err
	}
	state, err := canonical(code)
	if err != nil {
		return 0, err
	}
	n, ok := seatTable()[c.from][state]
	if !ok {
		return 0, fmt.Errorf("%w: %s had no seats on %s", ErrUnknownState, state, dayOf(on))
	}
	return n, nil
}
