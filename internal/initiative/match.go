package initiative

import (
	"cmp"
	"context"
	"math"
	"slices"

	"coalition/internal/directory"
	"coalition/internal/eu"
	"coalition/internal/search"
)

// Candidates is what matching needs to find organizations: the search
// engine's ranked matches and the directory's records.
type Candidates interface {
	MatchIDs(ctx context.Context, q search.Query) ([]int64, error)
	OrgsByID(ctx context.Context, ids []int64) ([]directory.Organization, error)
}

// SetCandidates gives the service the directory search it suggests partners
// from.
func (s *Service) SetCandidates(c Candidates) { s.candidates = c }

// MatchQuery is what an organizer looks for: words and topics, and how many
// suggestions.
type MatchQuery struct {
	Text   string
	Topics []string // vocabulary topic codes
	Limit  int      // 20 when 0
}

// Suggestion is an organization proposed as a partner, with why.
type Suggestion struct {
	Org     directory.Organization
	Score   float64
	Reasons []Reason
}

// Reason is one ground of a suggestion, as a catalog key and the facts it
// names: a member state (EU code), a vocabulary code, a number.
type Reason struct {
	Key     string
	Country string
	Code    string // a level, kind or topic code, depending on Key
	N       int
}

// The reasons a suggestion can give.
const (
	ReasonGap   = "match.why.gap"   // a partner of level Code in Country, N signatures short there
	ReasonTopic = "match.why.topic" // works on topic Code
	ReasonKind  = "match.why.kind"  // a kind (Code) of partner the alliance lacks
	ReasonWords = "match.why.words" // matches the words searched
	ReasonReach = "match.why.reach" // N members
)

// matchPool bounds how many of the search's best matches are scored.
const matchPool = 2000

// Suggest proposes organizations for an initiative's pipeline: the directory's
// matches for the words and topics, ranked by the member states where the
// realistic projection is short of the threshold (most weight), the text
// rank, the topics, the level (local and regional partners collect
// signatures best), the reach and what the alliance lacks; organizations
// already engaged are left out. Every suggestion says why.
func (s *Service) Suggest(ctx context.Context, actor Actor, initiativeID int64, q MatchQuery) ([]Suggestion, error) {
	if s.candidates == nil {
		return nil, nil
	}
	c, _, err := s.Coverage(ctx, actor, initiativeID)
	if err != nil {
		return nil, err
	}
	engaged, err := s.engagements.Engagements(ctx, initiativeID, EngagementFilter{})
	if err != nil {
		return nil, err
	}
	orgs, err := s.matchPool(ctx, q, c)
	if err != nil {
		return nil, err
	}
	m := newMatcher(c, engaged, q)
	var out []Suggestion
	for rank, o := range orgs {
		if sg, ok := m.suggest(o, rank, len(orgs)); ok {
			out = append(out, sg)
		}
	}
	slices.SortStableFunc(out, func(a, b Suggestion) int { return cmp.Compare(b.Score, a.Score) })
	return out[:min(len(out), limitOr(q.Limit, 20))], nil
}

func limitOr(n, def int) int {
	if n <= 0 {
		return def
	}
	return min(n, 200)
}

// matchPool returns the search's best matches for the words, in rank order;
// without words, the organizations of the states still short.
func (s *Service) matchPool(ctx context.Context, q MatchQuery, c Coverage) ([]directory.Organization, error) {
	sq := search.Query{Text: q.Text, Filters: map[string][]string{}}
	if q.Text == "" && len(q.Topics) > 0 {
		sq.Filters["topic"] = q.Topics
	}
	if q.Text == "" && len(q.Topics) == 0 {
		for _, st := range c.States {
			if !st.Reaches {
				sq.Filters["country"] = append(sq.Filters["country"], st.Code)
			}
		}
	}
	ids, err := s.candidates.MatchIDs(ctx, sq)
	if err != nil {
		return nil, err
	}
	return s.candidates.OrgsByID(ctx, ids[:min(len(ids), matchPool)])
}

// matcher scores candidates for one initiative.
type matcher struct {
	short   map[string]StateCoverage // states whose projection is short, by EU code
	engaged map[int64]bool
	kinds   map[string]bool // kinds of the firm partners
	topics  []string
	words   bool
}

func newMatcher(c Coverage, engaged []Engagement, q MatchQuery) matcher {
	m := matcher{short: map[string]StateCoverage{}, engaged: map[int64]bool{}, kinds: map[string]bool{}, topics: q.Topics, words: q.Text != ""}
	for _, st := range c.States {
		if !st.Reaches {
			m.short[st.Code] = st
		}
	}
	for _, e := range engaged {
		m.engaged[e.OrgID] = true
	}
	return m
}

// levelWeight is how well a partner of a level collects signatures.
var levelWeight = map[string]float64{"local": 1, "regional": 0.9, "national": 0.8, "european": 0.5, "international": 0.4}

// suggest scores one organization, the rank-th of n matches.
func (m matcher) suggest(o directory.Organization, rank, n int) (Suggestion, bool) {
	if m.engaged[o.ID] || o.Archived {
		return Suggestion{}, false
	}
	sg := Suggestion{Org: o}
	add := func(score float64, r Reason) {
		sg.Score += score
		sg.Reasons = append(sg.Reasons, r)
	}
	if st, ok := eu.Lookup(o.Country); ok {
		if gap, short := m.short[st.Code]; short && gap.Gap > 0 {
			add(2*float64(gap.Gap)/float64(gap.Threshold), Reason{Key: ReasonGap, Country: st.Code, Code: o.Level, N: gap.Gap})
		}
	}
	if m.words {
		add(1-float64(rank)/float64(max(n, 1)), Reason{Key: ReasonWords})
	}
	for _, t := range o.Topics {
		if slices.Contains(m.topics, t) {
			add(1, Reason{Key: ReasonTopic, Code: t})
			break
		}
	}
	sg.Score += 0.7 * levelWeightOf(o.Level)
	if reach := o.Members + o.Audience/10; reach > 0 {
		sg.Score += 0.5 * min(1, math.Log10(1+float64(reach))/5)
		if o.Members >= 1000 {
			sg.Reasons = append(sg.Reasons, Reason{Key: ReasonReach, N: int(o.Members)})
		}
	}
	if o.Kind != "" && len(m.kinds) > 0 && !m.kinds[o.Kind] {
		add(0.3, Reason{Key: ReasonKind, Code: o.Kind})
	}
	return sg, true
}

func levelWeightOf(level string) float64 {
	if w, ok := levelWeight[level]; ok {
		return w
	}
	return 0.6
}
