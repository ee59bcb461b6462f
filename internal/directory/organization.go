package directory

import (
	"context"
	"errors"
	"slices"
	"strconv"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// CreateOrg validates o (normalizing it), stores it as a new organization and
// records who created it. ID, Version, Archived, HasLogo and MergedInto are
// ignored. Invalid input gives Problems; a registry id another organization
// holds gives a conflict error on that registry field.
func (s *Service) CreateOrg(ctx context.Context, actor Actor, o Organization) (Organization, error) {
	o.ID, o.Version, o.Archived, o.HasLogo, o.MergedInto = 0, 0, false, false, 0
	if ps := ValidateOrganization(&o); ps != nil {
		return Organization{}, Problems(ps)
	}
	h := s.history(actor, EntityOrganization, 0, ActionCreated, fieldsDetail(orgChanges(&Organization{}, &o)...))
	if err := s.store.CreateOrg(ctx, &o, h); err != nil {
		return Organization{}, s.orgWriteError(ctx, "create organization", &o, err)
	}
	return o, nil
}

// UpdateOrg validates o and saves it over the stored organization o.ID, if
// o.Version is still the stored version (the one the caller read); otherwise
// it returns error.stale and changes nothing. An organization merged into
// another is read-only: error.merged names the one it lives on in. Archived,
// HasLogo, MergedInto and CreatedAt keep their stored values (SetOrgArchived
// archives). The history entry lists the changed fields; with none, nothing
// is written and the stored organization comes back.
func (s *Service) UpdateOrg(ctx context.Context, actor Actor, o Organization) (Organization, error) {
	cur, err := s.writableOrg(ctx, "", o.ID)
	if err != nil {
		return Organization{}, err
	}
	if ps := ValidateOrganization(&o); ps != nil {
		return Organization{}, Problems(ps)
	}
	if cur.Version != o.Version {
		return Organization{}, staleError()
	}
	o.Archived, o.HasLogo, o.MergedInto, o.CreatedAt, o.UpdatedAt = cur.Archived, cur.HasLogo, cur.MergedInto, cur.CreatedAt, cur.UpdatedAt
	fields := orgChanges(&cur, &o)
	if len(fields) == 0 {
		return cur, nil
	}
	h := s.history(actor, EntityOrganization, o.ID, ActionUpdated, fieldsDetail(fields...))
	if err := s.store.UpdateOrg(ctx, &o, h); err != nil {
		return Organization{}, s.orgWriteError(ctx, "update organization", &o, err)
	}
	return o, nil
}

// Org returns the organization with the given id, archived or not; a missing
// one is error.not_found.
func (s *Service) Org(ctx context.Context, id int64) (Organization, error) {
	o, err := s.store.Org(ctx, id)
	if err != nil {
		return Organization{}, storeError("organization", "", err)
	}
	return o, nil
}

// writableOrg returns organization id for a change: a missing one is
// error.not_found and one merged into another error.merged, both on field.
func (s *Service) writableOrg(ctx context.Context, field string, id int64) (Organization, error) {
	o, err := s.store.Org(ctx, id)
	if err != nil {
		return Organization{}, storeError("organization", field, err)
	}
	if o.MergedInto == 0 {
		return o, nil
	}
	name := "#" + strconv.FormatInt(o.MergedInto, 10)
	if into, err := s.store.Org(ctx, o.MergedInto); err == nil {
		name = into.Name
	}
	return Organization{}, mergedError(field, name)
}

// mergedError refuses a change to a record merged into the one named name.
func mergedError(field, name string) error {
	return i18n.NewError(errs.ErrConflict, field, "error.merged", "name", name)
}

// SetOrgArchived archives (archived true) or restores an organization, if
// version is still its stored version. Records are never deleted. Setting the
// state it already has changes nothing. An organization merged into another
// cannot be restored: its merged record lives on in the other one.
func (s *Service) SetOrgArchived(ctx context.Context, actor Actor, id, version int64, archived bool) (Organization, error) {
	o, err := s.Org(ctx, id)
	switch {
	case err != nil:
		return Organization{}, err
	case o.Version != version:
		return Organization{}, staleError()
	case o.Archived == archived:
		return o, nil
	case o.MergedInto != 0:
		return Organization{}, i18n.NewError(errs.ErrConflict, "", "directory.restore_merged")
	}
	o.Archived = archived
	h := s.history(actor, EntityOrganization, id, archiveAction(archived), fieldsDetail("archived"))
	if err := s.store.UpdateOrg(ctx, &o, h); err != nil {
		return Organization{}, s.orgWriteError(ctx, "archive organization", &o, err)
	}
	return o, nil
}

// orgWriteError maps a store error of a write of o. A conflict is a registry
// id another organization holds: the error names the first such field.
func (s *Service) orgWriteError(ctx context.Context, what string, o *Organization, err error) error {
	if !errors.Is(err, errs.ErrConflict) {
		return storeError(what, "", err)
	}
	for _, f := range []struct {
		field string
		ids   RegistryIDs
	}{
		{"registry.transparency", RegistryIDs{Transparency: o.Registry.Transparency}},
		{"registry.pic", RegistryIDs{PIC: o.Registry.PIC}},
		{"registry.national", RegistryIDs{National: o.Registry.National}},
	} {
		if f.ids == (RegistryIDs{}) {
			continue
		}
		found, lookErr := s.store.OrgsByRegistry(ctx, f.ids)
		if lookErr == nil && slices.ContainsFunc(found, func(x Organization) bool { return x.ID != o.ID }) {
			return i18n.NewError(errs.ErrConflict, f.field, "error.conflict")
		}
	}
	return i18n.NewError(errs.ErrConflict, "", "error.conflict")
}

// orgFields compares organizations field by field, in form order.
var orgFields = []struct {
	name string
	same func(a, b *Organization) bool
}{
	{"name", func(a, b *Organization) bool { return a.Name == b.Name }},
	{"name_lang", func(a, b *Organization) bool { return a.NameLang == b.NameLang }},
	{"names", func(a, b *Organization) bool { return slices.Equal(a.Names, b.Names) }},
	{"descriptions", func(a, b *Organization) bool { return slices.Equal(a.Descriptions, b.Descriptions) }},
	{"country", func(a, b *Organization) bool { return a.Country == b.Country }},
	{"region", func(a, b *Organization) bool { return a.Region == b.Region }},
	{"city", func(a, b *Organization) bool { return a.City == b.City }},
	{"level", func(a, b *Organization) bool { return a.Level == b.Level }},
	{"sector", func(a, b *Organization) bool { return a.Sector == b.Sector }},
	{"kind", func(a, b *Organization) bool { return a.Kind == b.Kind }},
	{"functions", func(a, b *Organization) bool { return slices.Equal(a.Functions, b.Functions) }},
	{"topics", func(a, b *Organization) bool { return slices.Equal(a.Topics, b.Topics) }},
	{"languages", func(a, b *Organization) bool { return slices.Equal(a.Languages, b.Languages) }},
	{"members", func(a, b *Organization) bool { return a.Members == b.Members }},
	{"audience", func(a, b *Organization) bool { return a.Audience == b.Audience }},
	{"website", func(a, b *Organization) bool { return a.Website == b.Website }},
	{"email", func(a, b *Organization) bool { return a.Email == b.Email }},
	{"phone", func(a, b *Organization) bool { return a.Phone == b.Phone }},
	{"registry.transparency", func(a, b *Organization) bool { return a.Registry.Transparency == b.Registry.Transparency }},
	{"registry.pic", func(a, b *Organization) bool { return a.Registry.PIC == b.Registry.PIC }},
	{"registry.national", func(a, b *Organization) bool { return a.Registry.National == b.Registry.National }},
	{"source", func(a, b *Organization) bool { return a.Source == b.Source }},
}

// orgChanges returns the names of the fields in which a and b differ.
func orgChanges(a, b *Organization) []string {
	var out []string
	for _, f := range orgFields {
		if !f.same(a, b) {
			out = append(out, f.name)
		}
	}
	return out
}
