package api

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"coalition/internal/errs"
	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/vocab"
)

// listEngagements answers an initiative's pipeline, filtered by ?stage=,
// ?role= and ?country= (repeated or comma-separated). A country coordinator
// sees only their member states.
func (s *Server) listEngagements(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	f, err := engagementFilter(r.URL.Query())
	if err != nil {
		return err
	}
	es, err := s.d.Initiatives.Pipeline(r.Context(), initiativeActor(r), id, f)
	if err != nil {
		return err
	}
	out := engagementListJSON{Items: make([]engagementJSON, 0, len(es))}
	for _, e := range es {
		out.Items = append(out.Items, newEngagementJSON(e))
	}
	return writeJSON(w, http.StatusOK, out)
}

// engagementFilter reads the pipeline's filters, naming the one at fault.
func engagementFilter(q url.Values) (initiative.EngagementFilter, error) {
	f := initiative.EngagementFilter{Stage: strings.TrimSpace(q.Get("stage")), Role: strings.TrimSpace(q.Get("role"))}
	if f.Stage != "" && !vocab.Known(vocab.Stage, f.Stage) {
		return f, i18n.Invalid("stage", "validation.vocab", "value", f.Stage)
	}
	if f.Role != "" && !vocab.Known(vocab.PartnerRole, f.Role) {
		return f, i18n.Invalid("role", "validation.vocab", "value", f.Role)
	}
	for _, v := range q["country"] {
		for c := range strings.SplitSeq(v, ",") {
			if c = strings.TrimSpace(c); c == "" {
				continue
			}
			st, ok := eu.Lookup(c)
			if !ok {
				return f, i18n.Invalid("country", "validation.country", "value", c)
			}
			f.Countries = append(f.Countries, st.Code)
		}
	}
	return f, nil
}

func (s *Server) createEngagement(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var body engagementInput
	if err := decodeJSON(r, &body); err != nil {
		return withoutGoNames(err)
	}
	e, err := body.engagement()
	if err != nil {
		return err
	}
	e.InitiativeID, e.OrgID, e.PersonID = id, body.OrgID, body.PersonID
	created, err := s.d.Initiatives.Engage(r.Context(), initiativeActor(r), e)
	if err != nil {
		return withBodyFields(err)
	}
	// The store names the partner only when it reads an engagement back.
	if created, _, err = s.d.Initiatives.EngagementOf(r.Context(), initiativeActor(r), id, created.ID); err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("%s/initiatives/%d/engagements/%d", Prefix, id, created.ID))
	return writeJSON(w, http.StatusCreated, newEngagementJSON(created))
}

func (s *Server) getEngagement(w http.ResponseWriter, r *http.Request) error {
	id, eid, err := engagementPath(r)
	if err != nil {
		return err
	}
	e, _, err := s.d.Initiatives.EngagementOf(r.Context(), initiativeActor(r), id, eid)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newEngagementJSON(e))
}

// updateEngagement replaces an engagement's fields; its partner stays, and so
// do whether it came in through a partner call and the day logo permission
// was given. The body's version must be the one the client read.
func (s *Server) updateEngagement(w http.ResponseWriter, r *http.Request) error {
	id, eid, err := engagementPath(r)
	if err != nil {
		return err
	}
	var body engagementFields
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	if body.Version <= 0 {
		return i18n.Invalid("version", "validation.required")
	}
	e, err := body.engagement()
	if err != nil {
		return err
	}
	actor := initiativeActor(r)
	cur, _, err := s.d.Initiatives.EngagementOf(r.Context(), actor, id, eid)
	if err != nil {
		return err
	}
	keepFixed(&e, cur)
	saved, err := s.d.Initiatives.UpdateEngagement(r.Context(), actor, e)
	if err != nil {
		return withBodyFields(err)
	}
	saved.PartnerName = cur.PartnerName
	return writeJSON(w, http.StatusOK, newEngagementJSON(saved))
}

// keepFixed copies into e what a client does not write: the ids, the
// partner, the inbound flag and, while permission lasts, the logo date.
func keepFixed(e *initiative.Engagement, cur initiative.Engagement) {
	e.ID, e.InitiativeID = cur.ID, cur.InitiativeID
	e.OrgID, e.PersonID, e.Inbound = cur.OrgID, cur.PersonID, cur.Inbound
	if e.Commitment.LogoPermission && cur.Commitment.LogoPermission {
		e.Commitment.LogoOn = cur.Commitment.LogoOn
	}
}

// moveEngagement moves an engagement to another stage, as the board does.
func (s *Server) moveEngagement(w http.ResponseWriter, r *http.Request) error {
	id, eid, err := engagementPath(r)
	if err != nil {
		return err
	}
	var body stageInput
	if err := decodeJSON(r, &body); err != nil {
		return err
	}
	if strings.TrimSpace(body.Stage) == "" {
		return i18n.Invalid("stage", "validation.required")
	}
	if body.Version <= 0 {
		return i18n.Invalid("version", "validation.required")
	}
	e, err := s.d.Initiatives.MoveStage(r.Context(), initiativeActor(r), id, eid, body.Version, body.Stage)
	if err != nil {
		return withBodyFields(err)
	}
	return writeJSON(w, http.StatusOK, newEngagementJSON(e))
}

func (s *Server) engagementHistory(w http.ResponseWriter, r *http.Request) error {
	id, eid, err := engagementPath(r)
	if err != nil {
		return err
	}
	hs, err := s.d.Initiatives.EngagementHistory(r.Context(), initiativeActor(r), id, eid)
	if err != nil {
		return err
	}
	items := make([]engagementEventJSON, 0, len(hs))
	for _, h := range hs {
		items = append(items, newEngagementEventJSON(h))
	}
	return writeJSON(w, http.StatusOK, map[string]any{"items": items})
}

// withoutGoNames drops the Go name of the embedded engagementFields from the
// field of a decoding error: encoding/json names a field of an embedded
// struct with the struct's name first, which means nothing to a client.
func withoutGoNames(err error) error {
	var le *i18n.LocalizedError
	if errors.As(err, &le) {
		if field, ok := strings.CutPrefix(le.Field, "engagementFields."); ok {
			c := *le
			c.Field = field
			return &c
		}
	}
	return err
}

// engagementPath reads the {id} and {eid} path values.
func engagementPath(r *http.Request) (id, eid int64, err error) {
	if id, err = pathID(r); err != nil {
		return 0, 0, err
	}
	eid, err = strconv.ParseInt(r.PathValue("eid"), 10, 64)
	if err != nil || eid <= 0 {
		return 0, 0, i18n.NewError(errs.ErrNotFound, "", "error.not_found")
	}
	return id, eid, nil
}
