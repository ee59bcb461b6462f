package web

import (
	"maps"
	"net/http"
	"slices"
	"strconv"
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// pipelineFormPage is the data of pipeline_form.html: the form that adds a
// partner (ID 0), with its directory search, or the one that edits an
// engagement, with its history.
type pipelineFormPage struct {
	In        initiativeView
	Form      form
	ID        int64
	Action    string
	Name      string // the partner's name, on an edit
	Query     string // the directory search
	Results   []orgOption
	States    []orgOption // the member states the user works on
	Roles     []orgOption
	Levels    []orgOption
	Stages    []orgOption
	Team      []orgOption
	Pledged   []pipelineCountRow
	Delivered []pipelineCountRow
	Stale     bool
	History   []pipelineEvent
}

// pipelineCountRow is one row of member state and count of the form.
type pipelineCountRow struct {
	Prefix string // pledge or delivered
	Index  int
	States []orgOption
	Count  string
}

// pipelineTyped is a member state and a count as typed or stored.
type pipelineTyped struct{ State, Count string }

// newPipelineFormPage lays out the form of initiative in for the user with
// access a, the values of f, the roles ticked and the rows of counts.
func (s *Server) newPipelineFormPage(r *http.Request, in initiative.Initiative, a initiative.Access,
	f form, roles []string, pledged, delivered []pipelineTyped) (pipelineFormPage, error) {
	v, lang := f.Values, i18n.Lang(r.Context())
	p := pipelineFormPage{In: s.newInitiativeView(lang, in, time.Now().UTC()), Form: f, Action: pipelinePath(in.ID),
		States: pipelineCountryOptions(lang, a, v["country"]), Roles: orgTermOptions(vocab.PartnerRole, lang, roles...),
		Levels: orgTermOptions(vocab.Level, lang, v["level"]), Stages: orgTermOptions(vocab.Stage, lang, v["stage"]),
		Pledged: countRows(lang, "pledge", pledged), Delivered: countRows(lang, "delivered", delivered)}
	ms, err := s.inits.Team(r.Context(), initiativeActor(r), in.ID)
	for _, m := range ms {
		id := strconv.FormatInt(m.UserID, 10)
		p.Team = append(p.Team, orgOption{Value: id, Label: defaultTo(m.Name, m.Email), Selected: id == v["responsible"]})
	}
	return p, err
}

// countRows lays out counts as rows, with empty rows after them.
func countRows(lang, prefix string, counts []pipelineTyped) []pipelineCountRow {
	n := max(pipelineCountRows, len(counts)+1)
	rows := make([]pipelineCountRow, n)
	for i := range rows {
		var c pipelineTyped
		if i < len(counts) {
			c = counts[i]
		}
		rows[i] = pipelineCountRow{Prefix: prefix, Index: i, States: memberStateOptions(lang, []string{c.State}), Count: c.Count}
	}
	return rows
}

// storedCounts turns counts per member state into rows, by state code.
func storedCounts(m map[string]int) []pipelineTyped {
	var out []pipelineTyped
	for _, code := range slices.Sorted(maps.Keys(m)) {
		out = append(out, pipelineTyped{State: code, Count: strconv.Itoa(m[code])})
	}
	return out
}

// postedCounts returns the rows <prefix>_state.N / <prefix>_count.N as typed.
func postedCounts(r *http.Request, prefix string) []pipelineTyped {
	var out []pipelineTyped
	for i := 0; ; i++ {
		n := strconv.Itoa(i)
		state, ok := r.PostForm[prefix+"_state."+n]
		if !ok {
			return out
		}
		if c := r.PostFormValue(prefix + "_count." + n); state[0] != "" || c != "" {
			out = append(out, pipelineTyped{State: state[0], Count: c})
		}
	}
}

// pipelineEvent is one entry of an engagement's history, in words.
type pipelineEvent struct {
	At     time.Time
	Action string
	Move   string // "from → to", when the stage changed
	Fields []string
}

// pipelineHistory words the history of engagement eid in lang, newest first.
func (s *Server) pipelineHistory(r *http.Request, id, eid int64) ([]pipelineEvent, error) {
	lang := i18n.Lang(r.Context())
	hs, err := s.inits.EngagementHistory(r.Context(), initiativeActor(r), id, eid)
	if err != nil {
		return nil, err
	}
	out := make([]pipelineEvent, 0, len(hs))
	for i := len(hs) - 1; i >= 0; i-- {
		out = append(out, s.pipelineEventOf(lang, hs[i]))
	}
	return out, nil
}
