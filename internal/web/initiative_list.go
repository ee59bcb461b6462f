package web

import (
	"context"
	"net/http"

	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// initiativeRow is one initiative of the list, labelled in the UI language.
type initiativeRow struct {
	ID                        int64
	Title, Kind, Status, Role string
}

// initiativeListPage is the data of initiative_list.html.
type initiativeListPage struct {
	Rows []initiativeRow
}

// initiativeList shows the initiatives the user is on the team of (every
// one for an administrator), newest first, with a button to start one.
func (s *Server) initiativeList(w http.ResponseWriter, r *http.Request) error {
	rows, err := s.initiativeRows(r.Context(), initiativeActor(r), i18n.Lang(r.Context()))
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "initiative_list.html", initiativeListPage{Rows: rows})
}

// initiativeRows lists actor's initiatives with their role in each, in lang.
func (s *Server) initiativeRows(ctx context.Context, actor initiative.Actor, lang string) ([]initiativeRow, error) {
	ins, err := s.inits.List(ctx, actor)
	if err != nil {
		return nil, err
	}
	rows := make([]initiativeRow, 0, len(ins))
	for _, in := range ins {
		a, err := s.inits.Access(ctx, actor, in.ID)
		if err != nil {
			return nil, err
		}
		rows = append(rows, initiativeRow{ID: in.ID, Title: in.Title(lang), Kind: s.kindLabel(lang, in.Kind),
			Status: s.statusLabel(lang, in.Status), Role: s.roleLabel(lang, a)})
	}
	return rows, nil
}
