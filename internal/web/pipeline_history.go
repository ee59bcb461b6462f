package web

import (
	"encoding/json"

	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// pipelineFieldKeys name the fields an engagement's history lists by the
// labels of the form.
var pipelineFieldKeys = map[string]string{
	"country": "pipeline.field.country", "roles": "pipeline.field.roles", "level": "pipeline.field.level",
	"stage": "pipeline.field.stage", "responsible": "pipeline.field.responsible", "duties": "pipeline.field.duties",
	"pledge": "pipeline.field.pledge", "delivered": "pipeline.form.delivered", "commitment": "pipeline.form.commitment",
	"notes": "pipeline.field.notes",
}

// pipelineEventOf words one history entry in lang.
func (s *Server) pipelineEventOf(lang string, h initiative.HistoryEntry) pipelineEvent {
	ev := pipelineEvent{At: h.At, Action: h.Action}
	switch h.Action {
	case initiative.ActionEngaged:
		ev.Action = s.i18n.T(lang, "pipeline.history.engaged")
	case initiative.ActionEngagementUp:
		ev.Action = s.i18n.T(lang, "pipeline.history.updated")
	}
	var d struct {
		Fields   []string `json:"fields"`
		From, To string
	}
	_ = json.Unmarshal([]byte(h.Detail), &d) // a detail it cannot read shows no fields
	if d.From != "" && d.To != "" {
		ev.Move = termLabel(vocab.Stage, d.From, lang) + " → " + termLabel(vocab.Stage, d.To, lang)
	}
	for _, f := range d.Fields {
		if key, ok := pipelineFieldKeys[f]; ok && f != "stage" {
			ev.Fields = append(ev.Fields, s.i18n.T(lang, key))
		}
	}
	return ev
}
