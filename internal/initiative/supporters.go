package initiative

import (
	"cmp"
	"context"
	"slices"
)

// Supporters returns the initiative published at slug and its supporters:
// the partners whose commitment is firm right now, by name. Whether each
// one's logo may be shown is Engagement.ShowsLogo. Nothing is cached: a
// commitment or a logo permission withdrawn is gone from the next answer.
func (s *Service) Supporters(ctx context.Context, slug string) (Initiative, []Engagement, error) {
	in, err := s.Public(ctx, slug)
	if err != nil {
		return Initiative{}, nil, err
	}
	es, err := s.engagements.Engagements(ctx, in.ID, EngagementFilter{})
	if err != nil {
		return Initiative{}, nil, err
	}
	firm := slices.DeleteFunc(es, func(e Engagement) bool { return !e.IsFirm() })
	slices.SortStableFunc(firm, func(a, b Engagement) int { return cmp.Compare(a.PartnerName, b.PartnerName) })
	return in, firm, nil
}
