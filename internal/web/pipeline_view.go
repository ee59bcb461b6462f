package web

import (
	"fmt"
	"maps"
	"slices"
	"strconv"

	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// pipelineSideStages are the stages off the forward path, shown collapsed.
var pipelineSideStages = []string{initiative.StageDeclined, initiative.StagePaused, initiative.StageEnded}

// pipelineCard is an engagement on the board or in the table, labelled.
type pipelineCard struct {
	ID, Version int64
	Name        string
	Country     string // named in the UI language
	Stage       string // the code
	StageLabel  string
	Roles       []string
	Level       string
	Pledge      []string // the pledge in short phrases
	Firm, Logo  bool
	Inbound     bool
	CanMove     bool        // the user may work on the partner's member state
	Stages      []orgOption // the stages to move to, the current one selected
}

// pipelineColumn is one stage of the board with its cards.
type pipelineColumn struct {
	Stage, Label string
	Side         bool // declined, paused or ended: shown collapsed
	Cards        []pipelineCard
}

// newPipelineCard labels e in lang; a marks whether the user may move it.
func (s *Server) newPipelineCard(lang string, e initiative.Engagement, a initiative.Access) pipelineCard {
	return pipelineCard{ID: e.ID, Version: e.Version, Name: e.PartnerName, Country: countryName(lang, e.Country),
		Stage: e.Stage, StageLabel: termLabel(vocab.Stage, e.Stage, lang),
		Roles: orgTermLabels(vocab.PartnerRole, e.Roles, lang), Level: termLabel(vocab.Level, e.Level, lang),
		Pledge: s.pledgeSummary(lang, e.Pledge), Firm: e.IsFirm(), Logo: e.ShowsLogo(), Inbound: e.Inbound,
		CanMove: a.CanWorkOn(e.Country), Stages: orgTermOptions(vocab.Stage, lang, e.Stage)}
}

// pledgeSummary words a pledge in short phrases: signatures in all, volunteers,
// money and whether something comes in kind.
func (s *Server) pledgeSummary(lang string, p initiative.Pledge) []string {
	var out []string
	sum := 0
	for _, n := range p.Signatures {
		sum += n
	}
	if sum > 0 {
		out = append(out, s.i18n.N(lang, "pipeline.pledge.signatures", sum))
	}
	if p.Volunteers > 0 {
		out = append(out, s.i18n.N(lang, "pipeline.pledge.volunteers", p.Volunteers))
	}
	if p.Money > 0 {
		out = append(out, moneyText(p.Money)+" "+p.Currency)
	}
	if p.InKind != "" {
		out = append(out, s.i18n.T(lang, "pipeline.pledge.in_kind"))
	}
	return out
}

// moneyText writes an amount in cents with two decimals.
func moneyText(cents int64) string {
	return fmt.Sprintf("%d.%02d", cents/100, cents%100)
}

// pipelineColumns sorts cards into one column per stage, in the
// vocabulary's order.
func (s *Server) pipelineColumns(lang string, cards []pipelineCard) []pipelineColumn {
	v, _ := vocab.Get(vocab.Stage)
	byStage := map[string][]pipelineCard{}
	for _, c := range cards {
		byStage[c.Stage] = append(byStage[c.Stage], c)
	}
	out := make([]pipelineColumn, 0, len(v.Terms))
	for _, t := range v.Terms {
		out = append(out, pipelineColumn{Stage: t.Code, Label: t.Label(lang),
			Side: slices.Contains(pipelineSideStages, t.Code), Cards: byStage[t.Code]})
	}
	return out
}

// pipelinePath is the address of an initiative's pipeline.
func pipelinePath(id int64) string { return initiativePath(id) + "/pipeline" }

// engagementPath is the address of an engagement's edit form.
func engagementPath(id, eid int64) string { return pipelinePath(id) + "/" + strconv.FormatInt(eid, 10) }

// sortedCounts returns the keys of counts, the largest count first, then by key.
func sortedCounts(counts map[string]int) []string {
	keys := slices.Sorted(maps.Keys(counts))
	slices.SortStableFunc(keys, func(a, b string) int { return counts[b] - counts[a] })
	return keys
}
