package api

import (
	"net/http"
	"strconv"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// suggestionJSON is an organization proposed as a partner, with why.
type suggestionJSON struct {
	Organization orgJSON  `json:"organization"`
	Score        float64  `json:"score"`
	Reasons      []string `json:"reasons"`
}

// suggestPartners proposes organizations for an initiative's pipeline:
// ?q= words, topic= (repeatable) topics, limit= how many (20, at most 200).
func (s *Server) suggestPartners(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	mq := initiative.MatchQuery{Text: q.Get("q"), Topics: q["topic"]}
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 200 {
			return i18n.Invalid("limit", "validation.range", "min", 1, "max", 200)
		}
		mq.Limit = n
	}
	ss, err := s.d.Initiatives.Suggest(r.Context(), initiativeActor(r), id, mq)
	if err != nil {
		return err
	}
	lang := i18n.Lang(r.Context())
	items := []suggestionJSON{}
	for _, sg := range ss {
		reasons := []string{}
		for _, why := range sg.Reasons {
			reasons = append(reasons, why.Text(s.d.I18n, lang))
		}
		items = append(items, suggestionJSON{Organization: newOrgJSON(sg.Org), Score: sg.Score, Reasons: reasons})
	}
	return writeJSON(w, http.StatusOK, map[string]any{"items": items})
}
