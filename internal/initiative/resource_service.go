package initiative

import (
	"context"
	"errors"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// The history actions about resources.
const (
	ActionResourceAdded   = "resource_added"
	ActionResourceUpdated = "resource_updated"
	ActionResourceDeleted = "resource_deleted"
)

// resourceStore is the ResourceStore of the database the service was made
// with: the one database that provides Stores provides it too, so the
// service needs no second store handed to it.
func (s *Service) resourceStore() (ResourceStore, error) {
	rs, ok := s.store.(ResourceStore)
	if !ok {
		return nil, errs.ErrUnavailable
	}
	return rs, nil
}

// CanChangeResource reports whether a user with access a may change r.
// Organizers change every resource; a country coordinator those given by a
// partner of the pipeline working in one of their member states; a resource
// from a source named in words is the organizers' alone.
func CanChangeResource(a Access, r Resource) bool {
	if a.CanManage() {
		return true
	}
	return r.EngagementID != 0 && a.CanWorkOn(r.PartnerCountry)
}

// canSeeResource reports whether a user with access a sees r: a country
// coordinator does not see the partners of other member states, as in the
// pipeline.
func canSeeResource(a Access, r Resource) bool {
	return r.EngagementID == 0 || a.CanSee(r.PartnerCountry)
}

// Resources returns the resources of an initiative the actor sees, newest
// day first, and what the actor may do.
func (s *Service) Resources(ctx context.Context, actor Actor, initiativeID int64) ([]Resource, Access, error) {
	_, a, err := s.Get(ctx, actor, initiativeID)
	if err != nil {
		return nil, Access{}, err
	}
	rs, err := s.resourceStore()
	if err != nil {
		return nil, Access{}, err
	}
	all, err := rs.Resources(ctx, initiativeID)
	if err != nil {
		return nil, Access{}, err
	}
	out := all[:0]
	for _, r := range all {
		if canSeeResource(a, r) {
			out = append(out, r)
		}
	}
	return out, a, nil
}

// ResourceOf returns one resource the actor sees, and what they may do.
func (s *Service) ResourceOf(ctx context.Context, actor Actor, initiativeID, id int64) (Resource, Access, error) {
	_, a, err := s.Get(ctx, actor, initiativeID)
	if err != nil {
		return Resource{}, Access{}, err
	}
	rs, err := s.resourceStore()
	if err != nil {
		return Resource{}, Access{}, err
	}
	r, err := rs.Resource(ctx, initiativeID, id)
	if err == nil && !canSeeResource(a, r) {
		err = errs.ErrNotFound
	}
	return r, a, err
}

// AddResource records a resource of an initiative (see CanChangeResource for
// who may). A partner must be in the initiative's pipeline.
func (s *Service) AddResource(ctx context.Context, actor Actor, r Resource) (Resource, error) {
	_, a, err := s.Get(ctx, actor, r.InitiativeID)
	if err != nil {
		return Resource{}, err
	}
	if err := s.checkResource(ctx, a, &r); err != nil {
		return Resource{}, err
	}
	rs, err := s.resourceStore()
	if err != nil {
		return Resource{}, err
	}
	h := s.resourceHistory(actor, 0, ActionResourceAdded, r)
	return r, rs.CreateResource(ctx, &r, h)
}

// UpdateResource saves a resource; the actor must be allowed to change it
// before and after. A stale Version is ErrStale.
func (s *Service) UpdateResource(ctx context.Context, actor Actor, r Resource) (Resource, error) {
	cur, a, err := s.ResourceOf(ctx, actor, r.InitiativeID, r.ID)
	if err != nil {
		return Resource{}, err
	}
	if !CanChangeResource(a, cur) {
		return Resource{}, errs.ErrForbidden
	}
	if err := s.checkResource(ctx, a, &r); err != nil {
		return Resource{}, err
	}
	rs, err := s.resourceStore()
	if err != nil {
		return Resource{}, err
	}
	r.CreatedAt = cur.CreatedAt
	h := s.resourceHistory(actor, r.ID, ActionResourceUpdated, r)
	return r, rs.UpdateResource(ctx, &r, h)
}

// DeleteResource removes a resource the actor may change, if version is
// still its version (ErrStale otherwise).
func (s *Service) DeleteResource(ctx context.Context, actor Actor, initiativeID, id, version int64) error {
	cur, a, err := s.ResourceOf(ctx, actor, initiativeID, id)
	if err != nil {
		return err
	}
	if !CanChangeResource(a, cur) {
		return errs.ErrForbidden
	}
	rs, err := s.resourceStore()
	if err != nil {
		return err
	}
	return rs.DeleteResource(ctx, initiativeID, id, version, s.resourceHistory(actor, id, ActionResourceDeleted, cur))
}

// checkResource validates r, fills in its partner from the pipeline and
// checks that the actor may change it.
func (s *Service) checkResource(ctx context.Context, a Access, r *Resource) error {
	if ps := validateResource(r, s.now()); ps != nil {
		return ps
	}
	r.PartnerName, r.PartnerCountry = "", ""
	if r.EngagementID != 0 {
		e, err := s.engagements.Engagement(ctx, r.InitiativeID, r.EngagementID)
		if errors.Is(err, errs.ErrNotFound) || (err == nil && !a.CanSee(e.Country)) {
			return i18n.Invalid("engagement_id", "resource.partner_missing")
		} else if err != nil {
			return err
		}
		r.PartnerName, r.PartnerCountry = e.PartnerName, e.Country
	}
	if !CanChangeResource(a, *r) {
		return errs.ErrForbidden
	}
	return nil
}

// resourceHistory is a history entry about resource id.
func (s *Service) resourceHistory(actor Actor, id int64, action string, r Resource) HistoryEntry {
	h := s.history(actor, id, action, map[string]any{"initiative_id": r.InitiativeID, "kind": r.Kind,
		"status": r.Status, "value": r.Value, "currency": r.Currency})
	h.Entity = EntityResource
	return h
}
