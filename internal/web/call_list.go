package web

import (
	"net/http"
	"time"

	"coalition/internal/i18n"
)

// callListPage is the data of call_list.html: an initiative's partner calls.
type callListPage struct {
	In     initiativeView
	Manage bool
	Calls  []callView
}

// callList shows an initiative's partner calls, latest deadline first, to
// its team, with the way to publish one for organizers.
func (s *Server) callList(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	in, a, err := s.inits.Get(r.Context(), initiativeActor(r), id)
	if err != nil {
		return err
	}
	cs, err := s.calls.Calls(r.Context(), initiativeActor(r), id)
	if err != nil {
		return err
	}
	lang, now := i18n.Lang(r.Context()), time.Now()
	page := callListPage{In: s.newInitiativeView(lang, in, now.UTC()), Manage: a.CanManage(), Calls: newCallViews(lang, cs, now)}
	names, err := s.teamNames(r, id)
	for i, c := range cs {
		page.Calls[i].Responsible = names[c.Responsible]
	}
	if err != nil {
		return err
	}
	return s.render(w, r, http.StatusOK, "call_list.html", page)
}

// teamNames names the members of an initiative's team by user id.
func (s *Server) teamNames(r *http.Request, id int64) (map[int64]string, error) {
	ms, err := s.inits.Team(r.Context(), initiativeActor(r), id)
	out := make(map[int64]string, len(ms))
	for _, m := range ms {
		out[m.UserID] = defaultTo(m.Name, m.Email)
	}
	return out, err
}

// callIDs reads the initiative and call ids of the path.
func callIDs(r *http.Request) (id, cid int64, err error) {
	if id, err = pathID(r, "id"); err != nil {
		return 0, 0, err
	}
	cid, err = pathID(r, "cid")
	return id, cid, err
}
