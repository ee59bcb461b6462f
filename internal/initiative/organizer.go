package initiative

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/initiative/eci"
)

// Organizer is a member of a European Citizens' Initiative's group of
// organisers, as stored: the facts eci.CheckGroup judges, and an address.
type Organizer struct {
	ID           int64
	InitiativeID int64
	eci.Organizer
	Email     string
	CreatedAt time.Time
	UpdatedAt time.Time
	Version   int64
}

// OrganizerStore is what the group of organisers needs from a database.
type OrganizerStore interface {
	Organizers(ctx context.Context, initiativeID int64) ([]Organizer, error) // in the order added
	CreateOrganizer(ctx context.Context, o *Organizer, h directory.HistoryEntry) error
	// UpdateOrganizer saves o if its Version matches, then increments it.
	UpdateOrganizer(ctx context.Context, o *Organizer, h directory.HistoryEntry) error
	DeleteOrganizer(ctx context.Context, initiativeID, id int64, h directory.HistoryEntry) error
}

// The history actions about the group of organisers.
const (
	ActionOrganizerAdded   = "organizer_added"
	ActionOrganizerChanged = "organizer_changed"
	ActionOrganizerRemoved = "organizer_removed"
)

// maxOrganizerName bounds a member's name, in runes.
const maxOrganizerName = 200

// Group returns the group of organisers of an ECI and the check of it on its
// registration date (today before it is registered).
func (s *Service) Group(ctx context.Context, actor Actor, id int64) ([]Organizer, eci.GroupCheck, error) {
	in, _, err := s.Get(ctx, actor, id)
	if err != nil {
		return nil, eci.GroupCheck{}, err
	}
	os, err := s.organizers.Organizers(ctx, id)
	if err != nil {
		return nil, eci.GroupCheck{}, err
	}
	members := make([]eci.Organizer, len(os))
	for i, o := range os {
		members[i] = o.Organizer
	}
	on := in.RegisteredOn
	if on.IsZero() {
		on = s.now()
	}
	return os, eci.CheckGroup(members, on), nil
}

// AddOrganizer adds a member to an ECI's group of organisers; organizers
// of the initiative and administrators may.
func (s *Service) AddOrganizer(ctx context.Context, actor Actor, o Organizer) (Organizer, error) {
	if err := s.mayChangeGroup(ctx, actor, o.InitiativeID); err != nil {
		return Organizer{}, err
	}
	if ps := s.validateOrganizer(&o); ps != nil {
		return Organizer{}, ps
	}
	h := s.history(actor, o.InitiativeID, ActionOrganizerAdded, map[string]any{"name": o.Name})
	return o, s.organizers.CreateOrganizer(ctx, &o, h)
}

// UpdateOrganizer changes a member of the group; a stale Version is ErrStale.
func (s *Service) UpdateOrganizer(ctx context.Context, actor Actor, o Organizer) (Organizer, error) {
	if err := s.mayChangeGroup(ctx, actor, o.InitiativeID); err != nil {
		return Organizer{}, err
	}
	if ps := s.validateOrganizer(&o); ps != nil {
		return Organizer{}, ps
	}
	h := s.history(actor, o.InitiativeID, ActionOrganizerChanged, map[string]any{"id": o.ID, "name": o.Name})
	return o, s.organizers.UpdateOrganizer(ctx, &o, h)
}

// RemoveOrganizer takes a member off the group.
func (s *Service) RemoveOrganizer(ctx context.Context, actor Actor, initiativeID, id int64) error {
	if err := s.mayChangeGroup(ctx, actor, initiativeID); err != nil {
		return err
	}
	h := s.history(actor, initiativeID, ActionOrganizerRemoved, map[string]any{"id": id})
	return s.organizers.DeleteOrganizer(ctx, initiativeID, id, h)
}

// mayChangeGroup allows organizers and administrators, on an ECI only.
func (s *Service) mayChangeGroup(ctx context.Context, actor Actor, id int64) error {
	in, a, err := s.Get(ctx, actor, id)
	switch {
	case err != nil:
		return err
	case !a.CanManage():
		return errs.ErrForbidden
	case in.Kind != KindECI:
		return i18n.Invalid("kind", "initiative.group_eci_only")
	}
	return nil
}

// validateOrganizer normalizes o and returns its problems: a name, countries
// as two-letter codes (member states as EU codes), a role, a date of birth
// that is in the past and after 1900.
func (s *Service) validateOrganizer(o *Organizer) directory.Problems {
	var p directory.Problems
	add := func(field, key string, args ...any) { p = append(p, i18n.Invalid(field, key, args...)) }
	o.Name = directory.CollapseSpace(o.Name)
	o.Email = strings.ToLower(strings.TrimSpace(o.Email))
	if o.Name == "" {
		add("name", "validation.required")
	} else if utf8.RuneCountInString(o.Name) > maxOrganizerName {
		add("name", "validation.too_long", "max", maxOrganizerName)
	}
	for _, c := range []struct {
		field string
		code  *string
	}{{"residence", &o.Residence}, {"nationality", &o.Nationality}} {
		if !normCountryCode(c.code) {
			add(c.field, "validation.country", "value", *c.code)
		}
	}
	if o.Role == "" {
		o.Role = eci.RoleMember
	}
	if !knownOrganizerRole(o.Role) {
		add("role", "validation.required")
	}
	if b := o.BirthDate; !b.IsZero() && (b.After(s.now()) || b.Year() < 1900) {
		add("birth_date", "validation.date")
	}
	return p
}

// normCountryCode upper-cases a two-letter country code, turning a member
// state's ISO code into its EU code (GR → EL); it reports false for anything
// else but an empty code.
func normCountryCode(code *string) bool {
	c := strings.ToUpper(strings.TrimSpace(*code))
	*code = c
	if c == "" {
		return true
	}
	if st, ok := eu.Lookup(c); ok {
		*code = st.Code
		return true
	}
	return len(c) == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z'
}

func knownOrganizerRole(r eci.Role) bool {
	for _, x := range eci.Roles {
		if x == r {
			return true
		}
	}
	return false
}
