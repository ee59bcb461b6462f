package web

import (
	"net/http"
	"time"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// pipelineBoardPage is the data of pipeline_board.html: the board of an
// initiative's partners by stage, or (Table set) the table of them.
type pipelineBoardPage struct {
	In          initiativeView
	Panel       pipelinePanel
	Columns     []pipelineColumn
	CanAdd      bool   // the user may add partners
	Refused     string // why a move was refused, translated
	RefusedEdit string // the form that records what the move lacked, if any
	Table       *pipelineTable
}

// pipelineBoard shows an initiative's pipeline: the board, or with
// ?view=table the table with its filters and bulk moves. A country
// coordinator sees only the partners of their member states.
func (s *Server) pipelineBoard(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	page, err := s.pipelineData(r, id)
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "pipeline_board.html", page)
}

// pipelineData gathers the page of initiative id in the view the query asks for.
func (s *Server) pipelineData(r *http.Request, id int64) (pipelineBoardPage, error) {
	ctx, lang, actor := r.Context(), i18n.Lang(r.Context()), initiativeActor(r)
	in, a, err := s.inits.Get(ctx, actor, id)
	if err != nil {
		return pipelineBoardPage{}, err
	}
	es, err := s.inits.Pipeline(ctx, actor, id, initiative.EngagementFilter{})
	if err != nil {
		return pipelineBoardPage{}, err
	}
	page := pipelineBoardPage{In: s.newInitiativeView(lang, in, time.Now().UTC()),
		CanAdd: a.CanManage() || (a.Role == initiative.RoleCoordinator && len(a.Countries) > 0)}
	if page.Panel, err = s.pipelinePanelOf(ctx, lang, es, in.AllianceGoal); err != nil {
		return pipelineBoardPage{}, err
	}
	if r.URL.Query().Get("view") == "table" {
		page.Table, err = s.pipelineTableOf(r, id, a)
		return page, err
	}
	cards := make([]pipelineCard, len(es))
	for i, e := range es {
		cards[i] = s.newPipelineCard(lang, e, a)
	}
	page.Columns = s.pipelineColumns(lang, cards)
	return page, nil
}
