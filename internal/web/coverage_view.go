package web

import (
	"html/template"
	"slices"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"coalition/internal/eu"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
)

// coverageHistoryLength is how many tallies the coverage page lists.
const coverageHistoryLength = 30

// coveragePage is the data of coverage_show.html.
type coveragePage struct {
	In      initiativeView
	Map     template.HTML
	Rows    []coverageRow
	Totals  coverageTotals
	Tally   form         // the form of counts per member state, with its problems
	Inputs  []tallyInput // the member states the user may record
	Upload  form         // the CSV upload, with its problems
	Lines   []string     // the upload's problems, one per line of the file, translated
	History []tallyRow   // the latest tallies, newest first
	Today   string       // the latest day a tally may be for
	Manage  bool         // the user may record tallies for every state
	Default float64      // the delivery rate of a partner without a record, in percent
}

// coverageRow is one member state of the table, written out in the UI
// language; Met and Reaches also show as words, never by colour alone.
type coverageRow struct {
	Code, Name              string
	Threshold, Collected    string
	Pledged, Projected, Gap string
	Met, Reaches            bool
}

// coverageTotals are the figures under the table.
type coverageTotals struct {
	StatesMet, StatesProjected, StatesNeeded int
	Collected, Projected, Needed             string
	CollectedN                               int
	DaysLeft                                 int // -1 without an end date
}

// tallyInput is one member state's field of the tally form.
type tallyInput struct {
	Code, Name, Value, Error string
}

// tallyRow is one tally of the history.
type tallyRow struct {
	On, State, Count, Source string
}

// newCoverageRows writes out the states of c in lang, in protocol order.
func newCoverageRows(lang string, c initiative.Coverage) []coverageRow {
	num := message.NewPrinter(language.Make(lang))
	d := func(n int) string { return num.Sprintf("%d", n) }
	out := make([]coverageRow, len(c.States))
	for i, st := range c.States {
		out[i] = coverageRow{Code: st.Code, Name: countryName(lang, st.Code), Threshold: d(st.Threshold),
			Collected: d(st.Collected), Pledged: d(st.Pledged), Projected: d(st.Projected), Gap: d(st.Gap),
			Met: st.Met, Reaches: st.Reaches}
	}
	return out
}

// newCoverageTotals writes out the totals of c in lang.
func newCoverageTotals(lang string, c initiative.Coverage) coverageTotals {
	num := message.NewPrinter(language.Make(lang))
	return coverageTotals{StatesMet: c.StatesMet, StatesProjected: c.StatesProjected, StatesNeeded: eci.MinStates,
		Collected: num.Sprintf("%d", c.Collected), Projected: num.Sprintf("%d", c.Projected),
		Needed: num.Sprintf("%d", eci.MinSignatories), CollectedN: c.Collected, DaysLeft: c.DaysLeft}
}

// newTallyInputs lists the member states of c that a may record, named in
// lang and sorted by name, with what f holds for each.
func newTallyInputs(lang string, c initiative.Coverage, a initiative.Access, f form) []tallyInput {
	var out []tallyInput
	for _, st := range c.States {
		if a.CanWorkOn(st.Code) {
			field := tallyField(st.Code)
			out = append(out, tallyInput{Code: st.Code, Name: countryName(lang, st.Code), Value: f.Values[field], Error: f.Errors[field]})
		}
	}
	c2 := collate.New(language.Make(lang))
	slices.SortStableFunc(out, func(x, y tallyInput) int { return c2.CompareString(x.Name, y.Name) })
	return out
}

// newTallyRows writes out the latest tallies of ts (oldest first), newest
// first.
func newTallyRows(lang string, ts []initiative.Tally) []tallyRow {
	num := message.NewPrinter(language.Make(lang))
	out := make([]tallyRow, 0, min(len(ts), coverageHistoryLength))
	for i := len(ts) - 1; i >= 0 && len(out) < coverageHistoryLength; i-- {
		t := ts[i]
		m, _ := eu.LookupAny(t.Country)
		out = append(out, tallyRow{On: t.On.Format(time.DateOnly), State: m.Name(lang), Count: num.Sprintf("%d", t.Count), Source: t.Source})
	}
	return out
}

// tallyField is the form field of a member state's count.
func tallyField(code string) string { return "counts." + code }
