package initiative

import (
	"cmp"
	"context"
	"errors"
	"io"
	"maps"
	"slices"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative/eci"
)

// ActionTallied is the history action of new tallies.
const ActionTallied = "tallied"

// AddTallies records counts of statements of support per member state as of
// the day on. Organizers may record every state, a country coordinator only
// theirs. A count is a whole number of at least 0 for a state of the Annex in
// force on the registration date; the day is not in the future nor before the
// registration.
func (s *Service) AddTallies(ctx context.Context, actor Actor, initiativeID int64, on time.Time, counts map[string]int, source string) ([]Tally, error) {
	in, a, err := s.Get(ctx, actor, initiativeID)
	if err != nil {
		return nil, err
	}
	counts, ps := euCodes(counts)
	if ps = append(ps, s.tallyProblems(in, on, counts)...); ps != nil {
		return nil, ps
	}
	ts := make([]Tally, 0, len(counts))
	for code, n := range counts {
		if !a.CanWorkOn(code) {
			return nil, errs.ErrForbidden
		}
		ts = append(ts, Tally{InitiativeID: initiativeID, Country: code, On: on, Count: n, Source: source})
	}
	slices.SortFunc(ts, func(x, y Tally) int { return cmp.Compare(x.Country, y.Country) })
	h := s.history(actor, initiativeID, ActionTallied, map[string]any{"on": on.Format(time.DateOnly), "states": len(ts), "source": source})
	return ts, s.tallies.AddTallies(ctx, ts, h)
}

// euCodes returns counts keyed by EU code ("GR" and "Greece" become "EL"),
// with a problem for each unknown country and each state given twice.
func euCodes(counts map[string]int) (map[string]int, directory.Problems) {
	var p directory.Problems
	out := make(map[string]int, len(counts))
	keys := slices.Sorted(maps.Keys(counts))
	for _, k := range keys {
		code, ok := eci.LookupCountry(k)
		switch _, twice := out[code]; {
		case !ok:
			p = append(p, i18n.Invalid("counts."+k, eci.KeyUnknownCountry, "value", k))
		case twice:
			p = append(p, i18n.Invalid("counts."+k, eci.KeyTwice, "country", code))
		default:
			out[code] = counts[k]
		}
	}
	return out, p
}

// tallyProblems checks the day and the counts.
func (s *Service) tallyProblems(in Initiative, on time.Time, counts map[string]int) directory.Problems {
	var p directory.Problems
	add := func(field, key string, args ...any) { p = append(p, i18n.Invalid(field, key, args...)) }
	if in.Kind != KindECI {
		add("kind", "initiative.tallies_eci_only")
		return p
	}
	switch {
	case on.IsZero():
		add("on", "validation.required")
	case on.After(s.now()):
		add("on", "validation.date_future")
	case !in.RegisteredOn.IsZero() && on.Before(in.RegisteredOn):
		add("on", "initiative.collection_before_registration")
	}
	if len(counts) == 0 {
		add("counts", eci.KeyEmpty)
	}
	for code, n := range counts {
		if n < 0 {
			add("counts."+code, eci.KeyBadCount, "value", n)
		}
	}
	registered := in.RegisteredOn
	if registered.IsZero() {
		registered = s.now()
	}
	var se *eci.StateError
	if _, err := eci.Assess(registered, counts); errors.As(err, &se) {
		add("counts."+se.Code, "eci.support.not_in_annex", "country", se.Code, "date", registered.Format(time.DateOnly))
	}
	return p
}

// ImportTallies reads lines of "country,count" (see eci.ReadSupportCSV) and
// records them as of the day on. A file with any problem records nothing;
// the problems name their lines.
func (s *Service) ImportTallies(ctx context.Context, actor Actor, initiativeID int64, on time.Time, r io.Reader, source string) ([]Tally, []eci.Problem, error) {
	counts, problems, err := eci.ReadSupportCSV(r)
	if err != nil || len(problems) > 0 {
		return nil, problems, err
	}
	ts, err := s.AddTallies(ctx, actor, initiativeID, on, counts, source)
	return ts, nil, err
}

// Coverage returns where an ECI stands against the thresholds today, and its
// tallies. A country coordinator sees every state's figures (they are the
// campaign's) but the pipeline counted is the whole one.
func (s *Service) Coverage(ctx context.Context, actor Actor, initiativeID int64) (Coverage, []Tally, error) {
	in, _, err := s.Get(ctx, actor, initiativeID)
	if err != nil {
		return Coverage{}, nil, err
	}
	ts, err := s.tallies.Tallies(ctx, initiativeID)
	if err != nil {
		return Coverage{}, nil, err
	}
	es, err := s.engagements.Engagements(ctx, initiativeID, EngagementFilter{})
	if err != nil {
		return Coverage{}, nil, err
	}
	records, err := s.tallies.DeliveryRecords(ctx, orgIDs(es))
	if err != nil {
		return Coverage{}, nil, err
	}
	c, err := ComputeCoverage(in, ts, es, records, s.now())
	return c, ts, err
}

// orgIDs returns the partner organizations of es, once each.
func orgIDs(es []Engagement) []int64 {
	var ids []int64
	for _, e := range es {
		if e.OrgID != 0 {
			ids = append(ids, e.OrgID)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
