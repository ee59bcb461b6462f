package directory

import (
	"context"
	"fmt"
	"strings"

	"coalition/internal/i18n"
)

// AddAffiliation links a person to an organization with a role and dates, and
// records it in the person's history. Both must exist (error.not_found on
// person_id or org_id) and neither may be merged into another record
// (error.merged); From must not be after To when both are set; the role is
// trimmed and at most 200 characters. A second open link (no end date) of the
// person with the organization in the same role is validation.already_linked
// on org_id.
func (s *Service) AddAffiliation(ctx context.Context, actor Actor, a Affiliation) (Affiliation, error) {
	a.ID = 0
	a.Role = collapse(a.Role)
	if ps := validateAffiliation(&a); ps != nil {
		return Affiliation{}, Problems(ps)
	}
	if _, err := s.writablePerson(ctx, "person_id", a.PersonID); err != nil {
		return Affiliation{}, err
	}
	if _, err := s.writableOrg(ctx, "org_id", a.OrgID); err != nil {
		return Affiliation{}, err
	}
	if err := s.notLinked(ctx, a); err != nil {
		return Affiliation{}, err
	}
	h := s.history(actor, EntityPerson, a.PersonID, ActionUpdated, fieldsDetail("affiliations"))
	if err := s.store.CreateAffiliation(ctx, &a, h); err != nil {
		return Affiliation{}, storeError("add affiliation", "", err)
	}
	return a, nil
}

// notLinked refuses an open affiliation a when the person already has an
// open one with the same organization and role (roles compared ignoring case).
func (s *Service) notLinked(ctx context.Context, a Affiliation) error {
	if !a.To.IsZero() {
		return nil
	}
	as, err := s.AffiliationsOfPerson(ctx, a.PersonID)
	if err != nil {
		return err
	}
	for _, x := range as {
		if x.OrgID == a.OrgID && x.To.IsZero() && strings.EqualFold(x.Role, a.Role) {
			return Problems{i18n.Invalid("org_id", "validation.already_linked")}
		}
	}
	return nil
}

// validateAffiliation checks the role's length and the order of the dates.
func validateAffiliation(a *Affiliation) []*i18n.LocalizedError {
	var p problems
	p.maxLen("role", a.Role, maxShort)
	if !a.From.IsZero() && !a.To.IsZero() && a.To.Before(a.From) {
		p.add("to", "validation.date_order")
	}
	return p.result()
}

// RemoveAffiliation deletes an affiliation and records it in the person's
// history. A missing one is error.not_found.
func (s *Service) RemoveAffiliation(ctx context.Context, actor Actor, id int64) error {
	h := s.history(actor, EntityPerson, 0, ActionUpdated, fieldsDetail("affiliations"))
	if err := s.store.DeleteAffiliation(ctx, id, h); err != nil {
		return storeError("remove affiliation", "", err)
	}
	return nil
}

// AffiliationsOfPerson returns a person's affiliations, oldest link first.
func (s *Service) AffiliationsOfPerson(ctx context.Context, personID int64) ([]Affiliation, error) {
	as, err := s.store.AffiliationsOfPerson(ctx, personID)
	if err != nil {
		return nil, fmt.Errorf("directory: affiliations of person: %w", err)
	}
	return as, nil
}

// AffiliationsOfOrg returns an organization's affiliations, oldest link first.
func (s *Service) AffiliationsOfOrg(ctx context.Context, orgID int64) ([]Affiliation, error) {
	as, err := s.store.AffiliationsOfOrg(ctx, orgID)
	if err != nil {
		return nil, fmt.Errorf("directory: affiliations of organization: %w", err)
	}
	return as, nil
}
