package web

import (
	"context"
	"fmt"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/initiative"
)

// supporterView is one supporter of a published initiative as the public
// page, the widget and the JSON show it.
type supporterView struct {
	OrgID       int64
	Name        string
	Country     string // EU code of the member state it works in, "" when unknown
	CountryName string
	Website     string
	LogoURL     string // "" without a logo or without permission to show it
}

// publicSupporters returns the initiative published at slug and its
// supporters labelled in lang: the partners whose commitment is firm now,
// each with its logo only while it permits it. Nothing is cached.
func (s *Server) publicSupporters(ctx context.Context, lang, slug string) (initiative.Initiative, []supporterView, error) {
	in, es, err := s.inits.Supporters(ctx, slug)
	if err != nil {
		return initiative.Initiative{}, nil, err
	}
	orgs, err := s.supporterOrgs(ctx, es)
	if err != nil {
		return initiative.Initiative{}, nil, err
	}
	out := make([]supporterView, 0, len(es))
	for _, e := range es {
		out = append(out, s.newSupporterView(lang, in.Slug, e, orgs[e.OrgID]))
	}
	return in, out, nil
}

// supporterOrgs returns the partner organizations of es by id; none when
// the server has no directory.
func (s *Server) supporterOrgs(ctx context.Context, es []initiative.Engagement) (map[int64]directory.Organization, error) {
	out := map[int64]directory.Organization{}
	var ids []int64
	for _, e := range es {
		if e.OrgID != 0 {
			ids = append(ids, e.OrgID)
		}
	}
	if s.dir == nil || len(ids) == 0 {
		return out, nil
	}
	orgs, err := s.dir.OrgsByID(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("web: supporters: %w", err)
	}
	for _, o := range orgs {
		out[o.ID] = o
	}
	return out, nil
}

// newSupporterView labels supporter e (with its organization o, zero for a
// person) in lang. The logo address is given only when e.ShowsLogo.
func (s *Server) newSupporterView(lang, slug string, e initiative.Engagement, o directory.Organization) supporterView {
	v := supporterView{OrgID: e.OrgID, Name: e.PartnerName, Country: e.Country, Website: o.Website}
	if v.Country == "" {
		v.Country = o.Country
	}
	v.CountryName = countryName(lang, v.Country)
	if _, ok := s.logos(); ok && e.ShowsLogo() && o.HasLogo {
		v.LogoURL = supporterLogoPath(slug, o.ID)
	}
	return v
}

// supporterLogoPath is the public address of a supporter's logo.
func supporterLogoPath(slug string, orgID int64) string {
	return fmt.Sprintf("/p/%s/logos/%d", slug, orgID)
}

// supporterShowingLogo returns nil when organization orgID is a supporter of
// the initiative published at slug that may show its logo now, ErrNotFound
// otherwise.
func (s *Server) supporterShowingLogo(ctx context.Context, slug string, orgID int64) error {
	_, es, err := s.inits.Supporters(ctx, slug)
	if err != nil {
		return err
	}
	for _, e := range es {
		if e.OrgID == orgID && orgID != 0 && e.ShowsLogo() {
			return nil
		}
	}
	return errs.ErrNotFound
}
