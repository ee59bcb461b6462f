package web

import (
	"encoding/json"
	"time"

	"coalition/internal/directory"
)

// historyRow is one entry of a record's history, translated.
type historyRow struct {
	At     time.Time
	Action string   // translated
	Fields []string // the changed fields' labels
	Merged int64    // the id of the record merged into this one, if any
	System bool     // made by the system (a command-line import), not a user
}

// historyActionKeys name the history actions in the catalog.
var historyActionKeys = map[string]string{
	directory.ActionCreated:  "person.history.created",
	directory.ActionUpdated:  "person.history.updated",
	directory.ActionArchived: "person.history.archived",
	directory.ActionRestored: "person.history.restored",
	directory.ActionMerged:   "person.history.merged",
	directory.ActionImported: "person.history.imported",
}

// personFieldKeys name the fields of a person (as the service names them in
// history and problems) by their form labels.
var personFieldKeys = map[string]string{
	"given_name": "person.given_name", "family_name": "person.family_name", "kind": "person.kind",
	"country": "person.country", "languages": "person.languages", "email": "person.email",
	"phone": "person.phone", "website": "person.website", "social": "person.social",
	"political_group": "person.political_group", "party": "person.party",
	"external_id": "person.external_id", "source": "person.source", "consent": "person.consent",
	"affiliations": "person.affiliations",
}

// historyRows translates history entries into lang, newest first.
func (s *Server) historyRows(lang string, hs []directory.HistoryEntry) []historyRow {
	rows := make([]historyRow, 0, len(hs))
	for i := len(hs) - 1; i >= 0; i-- {
		h := hs[i]
		row := historyRow{At: h.At, Action: h.Action, System: h.UserID == 0}
		if key, ok := historyActionKeys[h.Action]; ok {
			row.Action = s.i18n.T(lang, key)
		}
		var detail struct {
			Fields []string `json:"fields"`
			Merged int64    `json:"merged"`
		}
		_ = json.Unmarshal([]byte(h.Detail), &detail) // a detail it cannot read shows no fields
		row.Merged = detail.Merged
		for _, f := range detail.Fields {
			if key, ok := personFieldKeys[f]; ok {
				row.Fields = append(row.Fields, s.i18n.T(lang, key))
			}
		}
		rows = append(rows, row)
	}
	return rows
}
