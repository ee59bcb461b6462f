package directory

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"coalition/internal/errs"
)

// The scores of people's duplicates. Namesakes are common among people (there
// are many Maria Popescus in Romania), so the same name in the same country
// is only possible; the same e-mail address beside it makes it strong, and the
// same external id (the EP id of an MEP) is certain.
const (
	scorePersonSameName = 0.7
	personEmailBonus    = 0.2
)

// PersonDuplicates returns the people who may be duplicates of p, best first:
// the one with p's external id (for p's kind), and those with p's name key in
// p's country (in any country when p has none). p itself (by ID) and archived
// people are left out.
func (s *Service) PersonDuplicates(ctx context.Context, p Person) ([]Match, error) {
	cands, err := s.personCandidates(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("person duplicates: %w", err)
	}
	var out []Match
	for _, c := range cands {
		if score, why := scorePeople(p, c); score >= ScorePossible-scoreEpsilon {
			out = append(out, Match{ID: c.ID, Score: score, Reasons: why.keys()})
		}
	}
	sortMatches(out)
	return out, nil
}

// personCandidates gathers the people sharing p's external id or name key,
// once each, without p and without archived ones.
func (s *Service) personCandidates(ctx context.Context, p Person) ([]Person, error) {
	var all []Person
	if p.ExternalID != "" {
		found, err := s.store.PersonByExternalID(ctx, p.Kind, p.ExternalID)
		switch {
		case err == nil:
			all = append(all, found)
		case !errors.Is(err, errs.ErrNotFound):
			return nil, err
		}
	}
	if key := NameKey(p.Name()); key != "" {
		found, err := s.store.PeopleByNameKey(ctx, key, p.Country)
		if err != nil {
			return nil, err
		}
		all = append(all, found...)
	}
	seen := map[int64]bool{}
	out := all[:0]
	for _, c := range all {
		if !c.Archived && (p.ID == 0 || c.ID != p.ID) && !seen[c.ID] {
			seen[c.ID] = true
			out = append(out, c)
		}
	}
	return out, nil
}

// scorePeople rates how likely a and b are one person, with the reasons.
func scorePeople(a, b Person) (float64, reasonSet) {
	var why reasonSet
	if a.ExternalID != "" && a.Kind == b.Kind && a.ExternalID == b.ExternalID {
		why |= reasonExternalID
	}
	score := 0.0
	if key := NameKey(a.Name()); key != "" && key == NameKey(b.Name()) {
		score, why = scorePersonSameName, why|reasonSameName
		if sa, sb := scriptsOf(a.Name()), scriptsOf(b.Name()); sa&sb == 0 {
			why |= reasonOtherScript
		}
	}
	switch ca, cb := strings.ToUpper(a.Country), strings.ToUpper(b.Country); {
	case ca == cb:
	case ca == "" || cb == "":
		score -= unknownCountryPenalty
	default:
		score -= countryPenalty
		why |= reasonOtherCountry
	}
	if e := emailKey(a.Email); e != "" && e == emailKey(b.Email) {
		score += personEmailBonus
		why |= reasonEmail
	}
	if why&reasonExternalID != 0 {
		return ScoreCertain, why
	}
	return min(max(score, 0), scoreBelowCertain), why
}
