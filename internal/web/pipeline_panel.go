package web

import (
	"context"

	"coalition/internal/directory"
	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// pipelinePanel is the alliance goal and the diversity of the firm partners.
type pipelinePanel struct {
	Firm     int // partners with a firm commitment
	Goal     int // the initiative's alliance goal, 0 when none is set
	Progress string
	Groups   []pipelineTally // by kind, sector, level and country
}

// pipelineTally counts firm partners by one property.
type pipelineTally struct {
	Title string
	Rows  []pipelineCount
}

// pipelineCount is one value of a property and how many firm partners have it.
type pipelineCount struct {
	Label string
	N     int
}

// pipelinePanelOf tallies the firm engagements of es against goal. Kind and
// sector come from the partner organization; level and country from the
// engagement, else from the organization.
func (s *Server) pipelinePanelOf(ctx context.Context, lang string, es []initiative.Engagement, goal int) (pipelinePanel, error) {
	var firm []initiative.Engagement
	var ids []int64
	for _, e := range es {
		if e.IsFirm() {
			firm = append(firm, e)
			if e.OrgID != 0 {
				ids = append(ids, e.OrgID)
			}
		}
	}
	orgs, err := s.orgsByID(ctx, ids)
	if err != nil {
		return pipelinePanel{}, err
	}
	p := pipelinePanel{Firm: len(firm), Goal: goal}
	if goal > 0 {
		p.Progress = s.i18n.N(lang, "pipeline.goal.progress", len(firm), "goal", goal)
	} else {
		p.Progress = s.i18n.N(lang, "pipeline.goal.none", len(firm))
	}
	p.Groups = s.diversity(lang, firm, orgs)
	return p, nil
}

// orgsByID loads organizations by id when the directory is there.
func (s *Server) orgsByID(ctx context.Context, ids []int64) (map[int64]directory.Organization, error) {
	out := map[int64]directory.Organization{}
	if s.dir == nil || len(ids) == 0 {
		return out, nil
	}
	orgs, err := s.dir.OrgsByID(ctx, ids)
	for _, o := range orgs {
		out[o.ID] = o
	}
	return out, err
}

// diversity counts the firm partners by kind, sector, level and country.
func (s *Server) diversity(lang string, firm []initiative.Engagement, orgs map[int64]directory.Organization) []pipelineTally {
	unknown := s.i18n.T(lang, "pipeline.diversity.unknown")
	label := func(vocabName, code string) string {
		if code == "" {
			return unknown
		}
		return termLabel(vocabName, code, lang)
	}
	counts := make([]map[string]int, 4)
	for i := range counts {
		counts[i] = map[string]int{}
	}
	for _, e := range firm {
		o := orgs[e.OrgID]
		kind := label(vocab.OrgKind, o.Kind)
		if e.OrgID == 0 {
			kind = s.i18n.T(lang, "pipeline.diversity.person")
		}
		counts[0][kind]++
		counts[1][label(vocab.Sector, o.Sector)]++
		counts[2][label(vocab.Level, defaultTo(e.Level, o.Level))]++
		counts[3][defaultTo(countryName(lang, defaultTo(e.Country, o.Country)), unknown)]++
	}
	titles := []string{s.i18n.T(lang, "pipeline.diversity.kind"), s.i18n.T(lang, "pipeline.diversity.sector"),
		s.i18n.T(lang, "pipeline.diversity.level"), s.i18n.T(lang, "pipeline.diversity.country")}
	out := make([]pipelineTally, len(titles))
	for i, title := range titles {
		out[i].Title = title
		for _, k := range sortedCounts(counts[i]) {
			out[i].Rows = append(out[i].Rows, pipelineCount{Label: k, N: counts[i][k]})
		}
	}
	return out
}
