package web

import (
	"net/http"
	"strconv"
	"strings"

	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// pipelineBulk moves the selected rows of the table (ids, each with its
// version_<id>) to one stage, each on its own: it shows the table again
// with what was moved and, per row, what was refused and why.
func (s *Server) pipelineBulk(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	names, err := s.pipelineNames(r, id)
	if err != nil {
		return err
	}
	stage := strings.TrimSpace(r.PostFormValue("stage"))
	report := &pipelineReport{Empty: len(r.PostForm["ids"]) == 0}
	for _, v := range r.PostForm["ids"] {
		eid := formInt64(v)
		version := formInt64(r.PostFormValue("version_" + v))
		_, err := s.inits.MoveStage(r.Context(), initiativeActor(r), id, eid, version, stage)
		if err := s.reportMove(r, report, id, eid, names[eid], stage, err); err != nil {
			return err
		}
	}
	r.URL.RawQuery = tableQuery(r.URL.Query()).Encode()
	page, err := s.pipelineData(r, id)
	if err != nil {
		return err
	}
	page.Table.Report = report
	return s.render(w, r, http.StatusOK, "pipeline_board.html", page)
}

// reportMove adds the outcome of moving engagement eid to report. A row the
// user may not see or change is refused with the translated reason; only
// internal errors come back.
func (s *Server) reportMove(r *http.Request, report *pipelineReport, id, eid int64, name, stage string, err error) error {
	if err == nil {
		report.Moved = append(report.Moved, name)
		return nil
	}
	reason, _, ok := s.refusal(r, err)
	if !ok {
		if httpx.Status(err) >= 500 {
			return err
		}
		_, reason, _ = s.i18n.Describe(i18n.Lang(r.Context()), err)
	}
	row := pipelineRefusal{Name: defaultTo(name, "#"+strconv.FormatInt(eid, 10)), Reason: reason}
	if refusedForCommitment(err) {
		row.Edit = engagementPath(id, eid) + "?stage=" + stage
	}
	report.Refused = append(report.Refused, row)
	return nil
}

// pipelineNames names the partners the user sees in initiative id, by
// engagement.
func (s *Server) pipelineNames(r *http.Request, id int64) (map[int64]string, error) {
	es, err := s.inits.Pipeline(r.Context(), initiativeActor(r), id, initiative.EngagementFilter{})
	names := make(map[int64]string, len(es))
	for _, e := range es {
		names[e.ID] = e.PartnerName
	}
	return names, err
}
