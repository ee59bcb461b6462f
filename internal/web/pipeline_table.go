package web

import (
	"net/http"
	"net/url"
	"slices"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// pipelineTable is the table view of the pipeline: its filters, its rows,
// the choices of the bulk move and the report of the last one.
type pipelineTable struct {
	Stages, Roles, Countries []orgOption // the filters' choices, the chosen one selected
	Filtered                 bool
	Rows                     []pipelineCard
	Moves                    []orgOption // the stages the bulk move offers
	BulkAction               string      // where the bulk form posts, keeping the filters
	Report                   *pipelineReport
}

// pipelineReport says what a bulk move did, row by row.
type pipelineReport struct {
	Moved   []string // the partners moved
	Refused []pipelineRefusal
	Empty   bool // no row was selected
}

// pipelineRefusal is a row a bulk move left where it was, and why.
type pipelineRefusal struct {
	Name, Reason string
	Edit         string // the form that records what the move lacked, if any
}

// pipelineTableOf reads the filters of the query (stage, role, country) and
// lists the matching engagements. A country coordinator chooses only among
// their member states.
func (s *Server) pipelineTableOf(r *http.Request, id int64, a initiative.Access) (*pipelineTable, error) {
	ctx, lang, q := r.Context(), i18n.Lang(r.Context()), r.URL.Query()
	f := initiative.EngagementFilter{Stage: q.Get("stage"), Role: q.Get("role")}
	if c := q.Get("country"); c != "" {
		f.Countries = []string{c}
	}
	es, err := s.inits.Pipeline(ctx, initiativeActor(r), id, f)
	if err != nil {
		return nil, err
	}
	t := &pipelineTable{Stages: orgTermOptions(vocab.Stage, lang, f.Stage), Roles: orgTermOptions(vocab.PartnerRole, lang, f.Role),
		Countries: pipelineCountryOptions(lang, a, q.Get("country")), Filtered: f.Stage != "" || f.Role != "" || f.Countries != nil,
		Moves: orgTermOptions(vocab.Stage, lang), BulkAction: pipelinePath(id) + "/bulk?" + tableQuery(q).Encode()}
	for _, e := range es {
		t.Rows = append(t.Rows, s.newPipelineCard(lang, e, a))
	}
	return t, nil
}

// pipelineCountryOptions lists the member states the user sees: all of them,
// or a country coordinator's own.
func pipelineCountryOptions(lang string, a initiative.Access, sel string) []orgOption {
	opts := memberStateOptions(lang, []string{sel})
	if a.Role == initiative.RoleCoordinator && !a.Admin {
		opts = slices.DeleteFunc(opts, func(o orgOption) bool { return !slices.Contains(a.Countries, o.Value) })
	}
	return opts
}

// tableQuery keeps the table view and its filters of q.
func tableQuery(q url.Values) url.Values {
	out := url.Values{"view": {"table"}}
	for _, k := range []string{"stage", "role", "country"} {
		if v := q.Get(k); v != "" {
			out.Set(k, v)
		}
	}
	return out
}
