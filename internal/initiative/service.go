package initiative

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/eu"
	"coalition/internal/i18n"
)

// Service applies the rules of initiatives and their teams on top of a Store.
type Service struct {
	store       Store
	organizers  OrganizerStore
	engagements EngagementStore
	tallies     TallyStore
	calls       CallStore
	candidates  Candidates
	partners    Partners
	notifier    Notifier
	log         *slog.Logger
	now         func() time.Time
}

// Stores is every store the service needs; one database provides them all.
type Stores interface {
	Store
	OrganizerStore
	EngagementStore
	TallyStore
	CallStore
}

// NewService returns a Service on store.
func NewService(store Stores) *Service {
	return &Service{store: store, organizers: store, engagements: store, tallies: store, calls: store, log: slog.Default(), now: func() time.Time { return time.Now().UTC() }}
}

// HistoryEntry is one entry of a history, as the directory keeps them.
type HistoryEntry = directory.HistoryEntry

// SetClock replaces the service's clock, for tests.
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// The history actions the service records.
const (
	ActionCreated       = "created"
	ActionUpdated       = "updated"
	ActionMemberSet     = "member_set"
	ActionMemberRemoved = "member_removed"
)

// history returns a history entry about initiative id, made now by actor.
func (s *Service) history(actor Actor, id int64, action string, detail any) directory.HistoryEntry {
	b, _ := json.Marshal(detail)
	return directory.HistoryEntry{Entity: EntityInitiative, EntityID: id, At: s.now(), UserID: actor.UserID,
		Action: action, Detail: string(b)}
}

// Create stores a new initiative; actor becomes its first organizer. Without
// a slug, one is made from the title, with a number added when taken.
func (s *Service) Create(ctx context.Context, actor Actor, in Initiative) (Initiative, error) {
	if actor.UserID == 0 {
		return Initiative{}, errs.ErrUnauthorized
	}
	if in.Status == "" {
		in.Status = StatusPreparing
	}
	if ps := Validate(&in, s.now()); ps != nil {
		return Initiative{}, ps
	}
	first := Member{UserID: actor.UserID, Role: RoleOrganizer}
	chosen, base := in.Slug != "", in.Slug
	if !chosen {
		base = Slugify(in.Title(""))
	}
	for n := 1; ; n++ {
		in.Slug = base
		if n > 1 {
			in.Slug = fmt.Sprintf("%s-%d", base, n)
		}
		err := s.store.CreateInitiative(ctx, &in, first, s.history(actor, 0, ActionCreated, map[string]any{}))
		switch {
		case err == nil:
			return in, nil
		case !errors.Is(err, errs.ErrConflict):
			return Initiative{}, err
		case chosen || n >= 50:
			return Initiative{}, i18n.Invalid("slug", "initiative.slug_taken")
		}
	}
}

// Get returns an initiative and what actor may do in it. An initiative the
// actor is not on the team of is ErrNotFound, as if it did not exist.
func (s *Service) Get(ctx context.Context, actor Actor, id int64) (Initiative, Access, error) {
	in, err := s.store.Initiative(ctx, id)
	if err != nil {
		return Initiative{}, Access{}, err
	}
	a, err := s.access(ctx, actor, id)
	if err != nil {
		return Initiative{}, Access{}, err
	}
	if !a.CanView() {
		return Initiative{}, Access{}, errs.ErrNotFound
	}
	return in, a, nil
}

// access returns what actor may do in initiative id.
func (s *Service) access(ctx context.Context, actor Actor, id int64) (Access, error) {
	m, err := s.store.Member(ctx, id, actor.UserID)
	switch {
	case err == nil:
		return accessOf(actor, &m), nil
	case errors.Is(err, errs.ErrNotFound):
		return accessOf(actor, nil), nil
	}
	return Access{}, err
}

// Access returns what actor may do in initiative id (nothing when it does not exist).
func (s *Service) Access(ctx context.Context, actor Actor, id int64) (Access, error) {
	_, a, err := s.Get(ctx, actor, id)
	if errors.Is(err, errs.ErrNotFound) {
		return Access{}, nil
	}
	return a, err
}

// Update saves an initiative's settings; only organizers and administrators
// may. An empty slug or status keeps the current one. A stale Version is
// ErrStale.
func (s *Service) Update(ctx context.Context, actor Actor, in Initiative) (Initiative, error) {
	cur, a, err := s.Get(ctx, actor, in.ID)
	if err != nil {
		return Initiative{}, err
	}
	if !a.CanManage() {
		return Initiative{}, errs.ErrForbidden
	}
	if in.Slug == "" {
		in.Slug = cur.Slug
	}
	if in.Status == "" {
		in.Status = cur.Status
	}
	if ps := Validate(&in, s.now()); ps != nil {
		return Initiative{}, ps
	}
	in.CreatedAt = cur.CreatedAt
	err = s.store.UpdateInitiative(ctx, &in, s.history(actor, in.ID, ActionUpdated, map[string]any{"fields": changedFields(cur, in)}))
	if errors.Is(err, errs.ErrConflict) {
		return Initiative{}, i18n.Invalid("slug", "initiative.slug_taken")
	}
	return in, err
}

// List returns the initiatives actor is on the team of (all for an
// administrator), newest first.
func (s *Service) List(ctx context.Context, actor Actor) ([]Initiative, error) {
	return s.store.Initiatives(ctx, actor.UserID, actor.Admin)
}

// Public returns the initiative published at slug; an unpublished one is
// ErrNotFound.
func (s *Service) Public(ctx context.Context, slug string) (Initiative, error) {
	in, err := s.store.InitiativeBySlug(ctx, slug)
	if err == nil && !in.Public {
		err = errs.ErrNotFound
	}
	return in, err
}

// History returns the history of an initiative, oldest first.
func (s *Service) History(ctx context.Context, actor Actor, id int64) ([]directory.HistoryEntry, error) {
	if _, _, err := s.Get(ctx, actor, id); err != nil {
		return nil, err
	}
	return s.store.History(ctx, EntityInitiative, id)
}

// Team returns the team of an initiative, organizers first.
func (s *Service) Team(ctx context.Context, actor Actor, id int64) ([]Member, error) {
	if _, _, err := s.Get(ctx, actor, id); err != nil {
		return nil, err
	}
	return s.store.Members(ctx, id)
}

// SetMember adds a user to the team or changes their role; only organizers
// and administrators may. A country coordinator needs at least one member
// state; the last organizer cannot become something else.
func (s *Service) SetMember(ctx context.Context, actor Actor, m Member) error {
	if err := s.mayManage(ctx, actor, m.InitiativeID); err != nil {
		return err
	}
	if err := normalizeMember(&m); err != nil {
		return err
	}
	h := s.history(actor, m.InitiativeID, ActionMemberSet, map[string]any{"user_id": m.UserID, "role": m.Role, "countries": m.Countries})
	return lastOrganizer(s.store.PutMember(ctx, m, h))
}

// RemoveMember takes a user off the team; the last organizer stays.
func (s *Service) RemoveMember(ctx context.Context, actor Actor, initiativeID, userID int64) error {
	if err := s.mayManage(ctx, actor, initiativeID); err != nil {
		return err
	}
	h := s.history(actor, initiativeID, ActionMemberRemoved, map[string]any{"user_id": userID})
	return lastOrganizer(s.store.RemoveMember(ctx, initiativeID, userID, h))
}

// mayManage returns nil when actor may change initiative id's team.
func (s *Service) mayManage(ctx context.Context, actor Actor, id int64) error {
	_, a, err := s.Get(ctx, actor, id)
	if err == nil && !a.CanManage() {
		err = errs.ErrForbidden
	}
	return err
}

// lastOrganizer explains a refused team change.
func lastOrganizer(err error) error {
	if errors.Is(err, errs.ErrConflict) {
		return i18n.NewError(errs.ErrConflict, "role", "initiative.last_organizer")
	}
	return err
}

// normalizeMember checks the role and turns the countries into EU codes,
// sorted; only a country coordinator keeps countries.
func normalizeMember(m *Member) error {
	if !knownRole(m.Role) {
		return i18n.Invalid("role", "validation.required")
	}
	if m.Role != RoleCoordinator {
		m.Countries = nil
		return nil
	}
	var codes []string
	for _, c := range m.Countries {
		st, ok := eu.Lookup(c)
		if !ok {
			return i18n.Invalid("countries", "validation.country", "value", c)
		}
		codes = append(codes, st.Code)
	}
	if len(codes) == 0 {
		return i18n.Invalid("countries", "initiative.coordinator_countries")
	}
	slices.Sort(codes)
	m.Countries = slices.Compact(codes)
	return nil
}

// changedFields names the settings that differ between a and b.
func changedFields(a, b Initiative) []string {
	var out []string
	add := func(name string, changed bool) {
		if changed {
			out = append(out, name)
		}
	}
	add("kind", a.Kind != b.Kind)
	add("slug", a.Slug != b.Slug)
	add("titles", !slices.Equal(a.Titles, b.Titles))
	add("descriptions", !slices.Equal(a.Descriptions, b.Descriptions))
	add("goals", a.Goals != b.Goals)
	add("status", a.Status != b.Status)
	add("dates", !a.StartsOn.Equal(b.StartsOn) || !a.EndsOn.Equal(b.EndsOn))
	add("registered_on", !a.RegisteredOn.Equal(b.RegisteredOn))
	add("collection", !a.CollectionStart.Equal(b.CollectionStart) || !a.CollectionEnd.Equal(b.CollectionEnd))
	add("alliance_goal", a.AllianceGoal != b.AllianceGoal)
	add("public", a.Public != b.Public)
	return out
}
