package api

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// interestReceived is the answer to an expression of interest: the same
// whether it was stored or a bot's was dropped.
var interestReceived = map[string]string{"status": "received"}

// listOpenCalls answers the public board: the open calls of published
// initiatives, soonest deadline first, filtered by ?role=, ?country=,
// ?topic= and ?language=.
func (s *Server) listOpenCalls(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f := initiative.CallFilter{Role: q.Get("role"), Country: q.Get("country"), Topic: q.Get("topic"), Language: q.Get("language")}
	cs, err := s.d.Calls.OpenCalls(r.Context(), f)
	if err != nil {
		return err
	}
	items, now := make([]publicCallJSON, 0, len(cs)), time.Now()
	for _, c := range cs {
		items = append(items, newPublicCallJSON(c, now))
	}
	return writeJSON(w, http.StatusOK, map[string]any{"items": items})
}

// getPublicCall answers one call of a published initiative, for anyone.
func (s *Server) getPublicCall(w http.ResponseWriter, r *http.Request) error {
	id, err := callID(r)
	if err != nil {
		return err
	}
	c, err := s.d.Calls.Call(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newPublicCallJSON(c, time.Now()))
}

// expressInterest takes in an answer to a call, from anyone, under the web
// form's rules: the rate limit counts the connecting address, and a filled
// honeypot gets the usual answer with nothing stored.
func (s *Server) expressInterest(w http.ResponseWriter, r *http.Request) error {
	id, err := callID(r)
	if err != nil {
		return err
	}
	var body interestJSON
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	_, err = s.d.Calls.ExpressInterest(r.Context(), body.input(id, httpx.ClientIP(r)))
	if err != nil && !errors.Is(err, initiative.ErrHoneypot) {
		return err
	}
	return writeJSON(w, http.StatusAccepted, interestReceived)
}

// listCalls answers an initiative's calls, latest deadline first, to its team.
func (s *Server) listCalls(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	cs, err := s.d.Calls.Calls(r.Context(), initiativeActor(r), id)
	if err != nil {
		return err
	}
	items, now := make([]callJSON, 0, len(cs)), time.Now()
	for _, c := range cs {
		items = append(items, newCallJSON(c, now))
	}
	return writeJSON(w, http.StatusOK, map[string]any{"items": items})
}

// createCall publishes a call of the initiative; organizers only.
func (s *Server) createCall(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	c, err := decodeCall(r)
	if err != nil {
		return err
	}
	c.InitiativeID = id
	created, err := s.d.Calls.PublishCall(r.Context(), initiativeActor(r), c)
	if err != nil {
		return err
	}
	w.Header().Set("Location", Prefix+"/initiatives/"+strconv.FormatInt(id, 10)+"/calls/"+strconv.FormatInt(created.ID, 10))
	return writeJSON(w, http.StatusCreated, newCallJSON(created, time.Now()))
}

// updateCall saves a call with the version read; organizers only. Without
// a responsible team member the stored one stays; a stale version is a
// conflict.
func (s *Server) updateCall(w http.ResponseWriter, r *http.Request) error {
	id, cid, err := callPath(r)
	if err != nil {
		return err
	}
	c, err := decodeCall(r)
	if err != nil {
		return err
	}
	cur, _, err := s.d.Calls.TeamCall(r.Context(), initiativeActor(r), cid)
	if err != nil {
		return err
	}
	if cur.InitiativeID != id {
		return errNotFound
	}
	c.ID = cid
	if c.Responsible == 0 {
		c.Responsible = cur.Responsible
	}
	saved, err := s.d.Calls.UpdateCall(r.Context(), initiativeActor(r), c)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newCallJSON(saved, time.Now()))
}

// decodeCall reads a call from the request's body.
func decodeCall(r *http.Request) (initiative.Call, error) {
	var body callFields
	if err := decodeJSON(r, &body); err != nil {
		return initiative.Call{}, err
	}
	return body.call()
}

// callID reads the {cid} path value.
func callID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("cid"), 10, 64)
	if err != nil || id <= 0 {
		return 0, i18n.NewError(errs.ErrNotFound, "", "error.not_found")
	}
	return id, nil
}

// callPath reads the {id} and {cid} path values.
func callPath(r *http.Request) (id, cid int64, err error) {
	if id, err = pathID(r); err != nil {
		return 0, 0, err
	}
	cid, err = callID(r)
	return id, cid, err
}

// withCalls answers not found while the API has no call service.
func (s *Server) withCalls(h httpx.HandlerFunc) httpx.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if s.d.Calls == nil {
			return errNotFound
		}
		return h(w, r)
	}
}
