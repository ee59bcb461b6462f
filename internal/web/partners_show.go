package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// Sizes of the partner search: suggestions listed, and the planner's
// default budget.
const (
	partnersLimit = 30
	planDefaultK  = 10
)

// partnersQuery is what the "Find partners" page was asked: words, topics
// and the planner's budget as typed.
type partnersQuery struct {
	Text   string
	Topics []string
	K      string
}

// partnersQueryOf reads q, topic (repeated) and k.
func partnersQueryOf(v url.Values) partnersQuery {
	pq := partnersQuery{Text: strings.TrimSpace(v.Get("q")), Topics: v["topic"], K: strings.TrimSpace(v.Get("k"))}
	if pq.K == "" {
		pq.K = strconv.Itoa(planDefaultK)
	}
	return pq
}

// match is the query the initiative service takes.
func (pq partnersQuery) match(limit int) initiative.MatchQuery {
	return initiative.MatchQuery{Text: pq.Text, Topics: pq.Topics, Limit: limit}
}

// encode writes the query back, for links and redirects to the page.
func (pq partnersQuery) encode() string {
	v := url.Values{"k": {pq.K}}
	if pq.Text != "" {
		v.Set("q", pq.Text)
	}
	if len(pq.Topics) > 0 {
		v["topic"] = pq.Topics
	}
	return v.Encode()
}

// partnersShow is the "Find partners" page of an initiative: the
// suggestions for the words and topics with their reasons and a button
// that adds each to the pipeline, and the alliance planner's proposal for a
// budget of k partners. A k outside 1 to 200 is shown beside its input
// (422) and the planner left out.
func (s *Server) partnersShow(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	page, err := s.partnersData(r, id, partnersQueryOf(r.URL.Query()))
	if err != nil {
		return err
	}
	status := http.StatusOK
	if page.KError != "" {
		status = http.StatusUnprocessableEntity
	}
	return s.render(w, r, status, "partners_show.html", page)
}

// partnersData gathers the page: the initiative, the suggestions and, for a
// valid budget, the plan.
func (s *Server) partnersData(r *http.Request, id int64, pq partnersQuery) (partnersPage, error) {
	ctx, lang, actor := r.Context(), i18n.Lang(r.Context()), initiativeActor(r)
	in, a, err := s.inits.Get(ctx, actor, id)
	if err != nil {
		return partnersPage{}, err
	}
	ss, err := s.inits.Suggest(ctx, actor, id, pq.match(partnersLimit))
	if err != nil {
		return partnersPage{}, err
	}
	page := partnersPage{In: s.newInitiativeView(lang, in, time.Now().UTC()), Query: pq,
		Topics: orgTermOptions(vocab.Topic, lang, pq.Topics...), Back: pq.encode()}
	page.Rows = s.partnerRows(lang, ss, a, csrfToken(ctx), id, page.Back)
	k, kerr := strconv.Atoi(pq.K)
	if kerr != nil || k < 1 || k > initiative.MaxPlanSize {
		page.KError = s.i18n.T(lang, "validation.range", "min", 1, "max", initiative.MaxPlanSize)
		return page, nil
	}
	p, err := s.inits.PlanAlliance(ctx, actor, id, pq.match(0), k)
	if err != nil {
		return partnersPage{}, err
	}
	page.Plan = s.newPlanView(lang, p, a, csrfToken(ctx), id, page.Back)
	return page, nil
}
