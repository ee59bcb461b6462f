package directory

import (
	"context"
	"strings"

	"coalition/internal/fold"
)

// PeopleQuery selects a page of people: Text matches the folded name (any script),
// Country and Kind filter exactly; archived people and those merged into another
// are left out unless Archived is set.
type PeopleQuery struct {
	Text          string
	Country, Kind string
	Archived      bool
	Offset, Limit int
}

// PeopleLister is the part of a store that lists people; *store.DB is one.
type PeopleLister interface {
	ListPeople(ctx context.Context, q PeopleQuery) ([]Person, int, error)
}

// ListPeople returns one page of people, ordered by name, and how many match.
func (s *Service) ListPeople(ctx context.Context, q PeopleQuery) ([]Person, int, error) {
	lister, ok := s.store.(PeopleLister)
	if !ok {
		return nil, 0, nil
	}
	q.Text = strings.Join(fold.Tokens(q.Text), " ")
	q.Country = strings.ToUpper(strings.TrimSpace(q.Country))
	if q.Limit <= 0 || q.Limit > 200 {
		q.Limit = 50
	}
	return lister.ListPeople(ctx, q)
}
