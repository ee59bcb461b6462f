package initiative

import (
	"context"
	"errors"
	"slices"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/eu"
	"coalition/internal/i18n"
)

// The history actions about calls.
const (
	ActionCallPublished = "call_published"
	ActionCallUpdated   = "call_updated"
)

// PublishCall stores a new partner call of c.InitiativeID; only organizers
// and administrators may. Without a responsible team member the actor is
// responsible. A call starts open unless c says otherwise.
func (s *Service) PublishCall(ctx context.Context, actor Actor, c Call) (Call, error) {
	if err := s.mayManage(ctx, actor, c.InitiativeID); err != nil {
		return Call{}, err
	}
	c.ID, c.Version = 0, 0
	if c.Responsible == 0 {
		c.Responsible = actor.UserID
	}
	if err := s.validate(ctx, &c); err != nil {
		return Call{}, err
	}
	h := s.callHistory(actor, 0, ActionCallPublished, map[string]any{"deadline": c.Deadline.Format("2006-01-02")})
	return c, s.calls.CreateCall(ctx, &c, h)
}

// UpdateCall saves a call's settings (its initiative stays); only organizers
// and administrators may. A stale Version is ErrStale.
func (s *Service) UpdateCall(ctx context.Context, actor Actor, c Call) (Call, error) {
	cur, err := s.calls.Call(ctx, c.ID)
	if err != nil {
		return Call{}, err
	}
	if err := s.mayManage(ctx, actor, cur.InitiativeID); err != nil {
		return Call{}, err
	}
	c.InitiativeID, c.CreatedAt = cur.InitiativeID, cur.CreatedAt
	if err := s.validate(ctx, &c); err != nil {
		return Call{}, err
	}
	h := s.callHistory(actor, c.ID, ActionCallUpdated, map[string]any{"fields": callChanges(cur, c)})
	if err := s.calls.UpdateCall(ctx, &c, h); err != nil {
		return Call{}, err
	}
	c.InitiativeSlug, c.InitiativeTitles = cur.InitiativeSlug, cur.InitiativeTitles
	return c, nil
}

// validate checks c and that its responsible user is on the team.
func (s *Service) validate(ctx context.Context, c *Call) error {
	p := validateCall(c, s.now())
	_, err := s.store.Member(ctx, c.InitiativeID, c.Responsible)
	switch {
	case errors.Is(err, errs.ErrNotFound):
		p = append(p, i18n.Invalid("responsible", "engagement.responsible_not_on_team"))
	case err != nil:
		return err
	}
	if p != nil {
		return p
	}
	return nil
}

// Calls returns the calls of an initiative, latest deadline first, to anyone
// on its team.
func (s *Service) Calls(ctx context.Context, actor Actor, initiativeID int64) ([]Call, error) {
	if _, _, err := s.Get(ctx, actor, initiativeID); err != nil {
		return nil, err
	}
	return s.calls.CallsOf(ctx, initiativeID)
}

// TeamCall returns one call to anyone on its initiative's team, with what
// they may do there.
func (s *Service) TeamCall(ctx context.Context, actor Actor, id int64) (Call, Access, error) {
	c, err := s.calls.Call(ctx, id)
	if err != nil {
		return Call{}, Access{}, err
	}
	_, a, err := s.Get(ctx, actor, c.InitiativeID)
	return c, a, err
}

// Call returns a call of a published initiative, open or not, for anyone;
// the call of an unpublished initiative is ErrNotFound.
func (s *Service) Call(ctx context.Context, id int64) (Call, error) {
	c, _, err := s.publicCall(ctx, id)
	return c, err
}

// OpenCalls returns the public board: the open calls of published
// initiatives whose deadline has not passed, soonest deadline first, that f
// selects (see CallFilter).
func (s *Service) OpenCalls(ctx context.Context, f CallFilter) ([]Call, error) {
	all, err := s.calls.OpenCalls(ctx, s.now())
	if err != nil {
		return nil, err
	}
	f = f.normalized()
	return slices.DeleteFunc(all, func(c Call) bool { return !f.matches(c) }), nil
}

// normalized returns f with its codes in canonical form; a country becomes
// its EU code.
func (f CallFilter) normalized() CallFilter {
	f.Role = strings.ToLower(strings.TrimSpace(f.Role))
	f.Topic = strings.ToLower(strings.TrimSpace(f.Topic))
	f.Language = strings.ToLower(strings.TrimSpace(f.Language))
	f.Country = strings.ToUpper(strings.TrimSpace(f.Country))
	if st, ok := eu.Lookup(f.Country); ok {
		f.Country = st.Code
	}
	return f
}

// matches reports whether c passes f; f's codes are normalized already.
func (f CallFilter) matches(c Call) bool {
	anyOrHas := func(list []string, v string) bool { return len(list) == 0 || slices.Contains(list, v) }
	return (f.Role == "" || slices.Contains(c.Roles, f.Role)) &&
		(f.Topic == "" || slices.Contains(c.Topics, f.Topic)) &&
		(f.Country == "" || anyOrHas(c.Countries, f.Country)) &&
		(f.Language == "" || anyOrHas(c.Languages, f.Language))
}

// callHistory returns a history entry about call id.
func (s *Service) callHistory(actor Actor, id int64, action string, detail any) directory.HistoryEntry {
	h := s.history(actor, id, action, detail)
	h.Entity = EntityCall
	return h
}

// callChanges names the fields that differ between a and b.
func callChanges(a, b Call) []string {
	var out []string
	for _, f := range []struct {
		name    string
		changed bool
	}{
		{"titles", !slices.Equal(a.Titles, b.Titles)}, {"texts", !slices.Equal(a.Texts, b.Texts)},
		{"roles", !slices.Equal(a.Roles, b.Roles)}, {"countries", !slices.Equal(a.Countries, b.Countries)},
		{"topics", !slices.Equal(a.Topics, b.Topics)}, {"languages", !slices.Equal(a.Languages, b.Languages)},
		{"deadline", !a.Deadline.Equal(b.Deadline)}, {"open", a.Open != b.Open},
		{"responsible", a.Responsible != b.Responsible},
	} {
		if f.changed {
			out = append(out, f.name)
		}
	}
	return out
}
