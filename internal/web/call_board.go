package web

import (
	"net/http"
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// callBoardPage is the data of call_board.html: the filters and the open
// calls they select.
type callBoardPage struct {
	Roles, States, Topics, Languages []orgOption
	Filtered                         bool
	Calls                            []callView
}

// callBoard is the public board of partner calls, for anyone: the open
// calls of published initiatives, filtered by role, member state, topic and
// language. The filters are a plain GET form; with htmx the results follow
// each change.
func (s *Server) callBoard(w http.ResponseWriter, r *http.Request) error {
	f := callFilterOf(r)
	cs, err := s.calls.OpenCalls(r.Context(), f)
	if err != nil {
		return err
	}
	lang := i18n.Lang(r.Context())
	page := callBoardPage{Roles: orgTermOptions(vocab.PartnerRole, lang, f.Role),
		States: memberStateOptions(lang, []string{f.Country}), Topics: orgTermOptions(vocab.Topic, lang, f.Topic),
		Languages: euLanguageOptions(lang, f.Language), Filtered: f != (initiative.CallFilter{}),
		Calls: newCallViews(lang, cs, time.Now())}
	return s.render(w, r, http.StatusOK, "call_board.html", page)
}

// callFilterOf reads the board's filters from the query.
func callFilterOf(r *http.Request) initiative.CallFilter {
	q := r.URL.Query()
	return initiative.CallFilter{Role: q.Get("role"), Country: q.Get("country"), Topic: q.Get("topic"), Language: q.Get("language")}
}
