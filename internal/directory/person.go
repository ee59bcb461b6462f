package directory

import (
	"context"
	"errors"
	"slices"
	"strconv"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// CreatePerson validates p (normalizing it; see ValidatePerson for the consent
// rule), stores it as a new person and records who created it. ID, Version,
// Archived and MergedInto are ignored. Invalid input gives Problems; an
// external id another person of the same kind holds gives a conflict on
// external_id.
func (s *Service) CreatePerson(ctx context.Context, actor Actor, p Person) (Person, error) {
	p.ID, p.Version, p.Archived, p.MergedInto = 0, 0, false, 0
	if ps := validatePerson(&p, s.now()); ps != nil {
		return Person{}, Problems(ps)
	}
	h := s.history(actor, EntityPerson, 0, ActionCreated, fieldsDetail(personChanges(&Person{}, &p)...))
	if err := s.store.CreatePerson(ctx, &p, h); err != nil {
		return Person{}, personWriteError("create person", err)
	}
	return p, nil
}

// UpdatePerson validates p and saves it over the stored person p.ID if
// p.Version is still the stored version; otherwise it returns error.stale.
// A person merged into another is read-only (error.merged). Archived,
// MergedInto and CreatedAt keep their stored values. With no field changed
// nothing is written and the stored person comes back.
func (s *Service) UpdatePerson(ctx context.Context, actor Actor, p Person) (Person, error) {
	cur, err := s.writablePerson(ctx, "", p.ID)
	if err != nil {
		return Person{}, err
	}
	if ps := validatePerson(&p, s.now()); ps != nil {
		return Person{}, Problems(ps)
	}
	if cur.Version != p.Version {
		return Person{}, staleError()
	}
	p.Archived, p.MergedInto, p.CreatedAt, p.UpdatedAt = cur.Archived, cur.MergedInto, cur.CreatedAt, cur.UpdatedAt
	fields := personChanges(&cur, &p)
	if len(fields) == 0 {
		return cur, nil
	}
	h := s.history(actor, EntityPerson, p.ID, ActionUpdated, fieldsDetail(fields...))
	if err := s.store.UpdatePerson(ctx, &p, h); err != nil {
		return Person{}, personWriteError("update person", err)
	}
	return p, nil
}

// Person returns the person with the given id, archived or not; a missing
// one is error.not_found.
func (s *Service) Person(ctx context.Context, id int64) (Person, error) {
	p, err := s.store.Person(ctx, id)
	if err != nil {
		return Person{}, storeError("person", "", err)
	}
	return p, nil
}

// writablePerson returns person id for a change: a missing one is
// error.not_found and one merged into another error.merged, both on field.
func (s *Service) writablePerson(ctx context.Context, field string, id int64) (Person, error) {
	p, err := s.store.Person(ctx, id)
	if err != nil {
		return Person{}, storeError("person", field, err)
	}
	if p.MergedInto == 0 {
		return p, nil
	}
	name := "#" + strconv.FormatInt(p.MergedInto, 10)
	if into, err := s.store.Person(ctx, p.MergedInto); err == nil {
		name = into.Name()
	}
	return Person{}, mergedError(field, name)
}

// SetPersonArchived archives or restores a person, if version is still the
// stored version, as SetOrgArchived does for organizations.
func (s *Service) SetPersonArchived(ctx context.Context, actor Actor, id, version int64, archived bool) (Person, error) {
	p, err := s.Person(ctx, id)
	switch {
	case err != nil:
		return Person{}, err
	case p.Version != version:
		return Person{}, staleError()
	case p.Archived == archived:
		return p, nil
	case p.MergedInto != 0:
		return Person{}, i18n.NewError(errs.ErrConflict, "", "directory.restore_merged")
	}
	p.Archived = archived
	h := s.history(actor, EntityPerson, id, archiveAction(archived), fieldsDetail("archived"))
	if err := s.store.UpdatePerson(ctx, &p, h); err != nil {
		return Person{}, personWriteError("archive person", err)
	}
	return p, nil
}

// personWriteError maps a store error of a write of a person: the only unique
// value is the external id.
func personWriteError(what string, err error) error {
	if errors.Is(err, errs.ErrConflict) {
		return i18n.NewError(errs.ErrConflict, "external_id", "error.conflict")
	}
	return storeError(what, "", err)
}

// personFields compares people field by field, in form order.
var personFields = []struct {
	name string
	same func(a, b *Person) bool
}{
	{"given_name", func(a, b *Person) bool { return a.GivenName == b.GivenName }},
	{"family_name", func(a, b *Person) bool { return a.FamilyName == b.FamilyName }},
	{"kind", func(a, b *Person) bool { return a.Kind == b.Kind }},
	{"country", func(a, b *Person) bool { return a.Country == b.Country }},
	{"languages", func(a, b *Person) bool { return slices.Equal(a.Languages, b.Languages) }},
	{"email", func(a, b *Person) bool { return a.Email == b.Email }},
	{"phone", func(a, b *Person) bool { return a.Phone == b.Phone }},
	{"website", func(a, b *Person) bool { return a.Website == b.Website }},
	{"social", func(a, b *Person) bool { return a.Social == b.Social }},
	{"political_group", func(a, b *Person) bool { return a.PoliticalGroup == b.PoliticalGroup }},
	{"party", func(a, b *Person) bool { return a.Party == b.Party }},
	{"external_id", func(a, b *Person) bool { return a.ExternalID == b.ExternalID }},
	{"consent", func(a, b *Person) bool { return sameConsent(a.Consent, b.Consent) }},
	{"source", func(a, b *Person) bool { return a.Source == b.Source }},
}

// personChanges returns the names of the fields in which a and b differ.
func personChanges(a, b *Person) []string {
	var out []string
	for _, f := range personFields {
		if !f.same(a, b) {
			out = append(out, f.name)
		}
	}
	return out
}

// sameConsent reports whether two consent records say the same.
func sameConsent(a, b *Consent) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Basis == b.Basis && a.Date.Equal(b.Date) && a.Source == b.Source && a.Note == b.Note
}
