package initiative

import (
	"context"
	"errors"
	"slices"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// The history actions about engagements.
const (
	ActionEngaged      = "engaged"
	ActionEngagementUp = "engagement_updated"
)

// Pipeline returns the engagements of an initiative the actor may see: a
// country coordinator only those of their member states.
func (s *Service) Pipeline(ctx context.Context, actor Actor, initiativeID int64, f EngagementFilter) ([]Engagement, error) {
	_, a, err := s.Get(ctx, actor, initiativeID)
	if err != nil {
		return nil, err
	}
	if !a.AllCountries() && a.Role == RoleCoordinator {
		f.Countries = visibleCountries(f.Countries, a.Countries)
		if len(f.Countries) == 0 {
			return nil, nil
		}
	}
	return s.engagements.Engagements(ctx, initiativeID, f)
}

// visibleCountries narrows the countries asked for to those allowed (all
// allowed ones when none was asked for).
func visibleCountries(asked, allowed []string) []string {
	if len(asked) == 0 {
		return slices.Clone(allowed)
	}
	return slices.DeleteFunc(slices.Clone(asked), func(c string) bool { return !slices.Contains(allowed, c) })
}

// EngagementOf returns one engagement the actor may see, and what they may do.
func (s *Service) EngagementOf(ctx context.Context, actor Actor, initiativeID, id int64) (Engagement, Access, error) {
	_, a, err := s.Get(ctx, actor, initiativeID)
	if err != nil {
		return Engagement{}, Access{}, err
	}
	e, err := s.engagements.Engagement(ctx, initiativeID, id)
	if err == nil && !a.CanSee(e.Country) {
		err = errs.ErrNotFound
	}
	return e, a, err
}

// Engage adds a partner to an initiative's pipeline. Organizers may add any;
// a country coordinator only in their member states. The responsible person
// must be on the team; a partner that does not exist is a problem on
// "partner". The engagement returned carries the partner's name.
func (s *Service) Engage(ctx context.Context, actor Actor, e Engagement) (Engagement, error) {
	_, a, err := s.Get(ctx, actor, e.InitiativeID)
	if err != nil {
		return Engagement{}, err
	}
	if ps := validateEngagement(&e, s.now(), false); ps != nil {
		return Engagement{}, ps
	}
	if !a.CanWorkOn(e.Country) {
		return Engagement{}, errs.ErrForbidden
	}
	if err := s.checkResponsible(ctx, e); err != nil {
		return Engagement{}, err
	}
	h := s.engagementHistory(actor, 0, ActionEngaged, map[string]any{"stage": e.Stage})
	err = s.engagements.CreateEngagement(ctx, &e, h)
	if errors.Is(err, errs.ErrNotFound) {
		return Engagement{}, i18n.Invalid("partner", "engagement.partner_missing")
	} else if err != nil {
		return Engagement{}, err
	}
	return s.engagements.Engagement(ctx, e.InitiativeID, e.ID)
}

// checkResponsible refuses a responsible user who is not on the team.
func (s *Service) checkResponsible(ctx context.Context, e Engagement) error {
	if e.Responsible == 0 {
		return nil
	}
	_, err := s.store.Member(ctx, e.InitiativeID, e.Responsible)
	if errors.Is(err, errs.ErrNotFound) {
		return i18n.Invalid("responsible", "engagement.responsible_not_on_team")
	}
	return err
}

// UpdateEngagement saves an engagement; its partner and whether it came in
// through a partner call stay as they are, and so does the day logo
// permission was given. The actor must be allowed to work on its member
// state before and after the change; a stale Version is ErrStale.
func (s *Service) UpdateEngagement(ctx context.Context, actor Actor, e Engagement) (Engagement, error) {
	cur, a, err := s.EngagementOf(ctx, actor, e.InitiativeID, e.ID)
	if err != nil {
		return Engagement{}, err
	}
	e.OrgID, e.PersonID, e.Inbound, e.CreatedAt = cur.OrgID, cur.PersonID, cur.Inbound, cur.CreatedAt
	if e.Commitment.LogoPermission && cur.Commitment.LogoPermission && e.Commitment.LogoOn.IsZero() {
		e.Commitment.LogoOn = cur.Commitment.LogoOn
	}
	if ps := validateEngagement(&e, s.now(), cur.Commitment.LogoPermission); ps != nil {
		return Engagement{}, ps
	}
	if !a.CanWorkOn(cur.Country) || !a.CanWorkOn(e.Country) {
		return Engagement{}, errs.ErrForbidden
	}
	if err := s.checkResponsible(ctx, e); err != nil {
		return Engagement{}, err
	}
	e.PartnerName = cur.PartnerName
	h := s.engagementHistory(actor, e.ID, ActionEngagementUp, engagementDetail(cur, e))
	return e, s.engagements.UpdateEngagement(ctx, &e, h)
}

// engagementDetail is the history detail of an update: the fields changed,
// and the stages before and after when the stage changed.
func engagementDetail(cur, e Engagement) map[string]any {
	d := map[string]any{"fields": engagementChanges(cur, e)}
	if cur.Stage != e.Stage {
		d["from"], d["to"] = cur.Stage, e.Stage
	}
	return d
}

// MoveStage moves an engagement to another stage, as the board does.
func (s *Service) MoveStage(ctx context.Context, actor Actor, initiativeID, id int64, version int64, stage string) (Engagement, error) {
	e, _, err := s.EngagementOf(ctx, actor, initiativeID, id)
	if err != nil {
		return Engagement{}, err
	}
	e.Stage, e.Version = stage, version
	return s.UpdateEngagement(ctx, actor, e)
}

// EngagementHistory returns the history of an engagement, oldest first.
func (s *Service) EngagementHistory(ctx context.Context, actor Actor, initiativeID, id int64) ([]HistoryEntry, error) {
	if _, _, err := s.EngagementOf(ctx, actor, initiativeID, id); err != nil {
		return nil, err
	}
	return s.store.History(ctx, EntityEngagement, id)
}

// engagementHistory returns a history entry about engagement id.
func (s *Service) engagementHistory(actor Actor, id int64, action string, detail any) HistoryEntry {
	h := s.history(actor, id, action, detail)
	h.Entity = EntityEngagement
	return h
}

// engagementChanges names the fields that differ between a and b.
func engagementChanges(a, b Engagement) []string {
	var out []string
	add := func(name string, changed bool) {
		if changed {
			out = append(out, name)
		}
	}
	add("country", a.Country != b.Country)
	add("roles", !slices.Equal(a.Roles, b.Roles))
	add("level", a.Level != b.Level)
	add("stage", a.Stage != b.Stage)
	add("responsible", a.Responsible != b.Responsible)
	add("duties", a.Duties != b.Duties || !a.DutiesOn.Equal(b.DutiesOn))
	add("pledge", !pledgeEqual(a.Pledge, b.Pledge))
	add("delivered", a.Delivered.Results != b.Delivered.Results || !mapsEqual(a.Delivered.Signatures, b.Delivered.Signatures))
	add("commitment", a.Commitment != b.Commitment)
	add("notes", a.Notes != b.Notes)
	return out
}

func pledgeEqual(a, b Pledge) bool {
	return a.Volunteers == b.Volunteers && a.Money == b.Money && a.Currency == b.Currency && a.InKind == b.InKind &&
		mapsEqual(a.Signatures, b.Signatures)
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
