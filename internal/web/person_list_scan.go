package web

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/fold"
)

// The directory service has no list or search of people yet (search indexes
// organizations only), so the people list is assembled here: the ids come
// from the change log (every write of a person appends a change) and each
// person is read by id. That suits the small sets of people an organizer
// keeps; peopleListCap bounds the work, and the page says when it was
// reached. It is meant to give way to a service method listing people.
const (
	peopleListCap  = 5000 // the most people the list reads (the newest ids)
	changesBatch   = 5000 // changes read per call
	peoplePerPage  = 50
	changesAllRead = -1
)

// personFilter is what the people list is asked for.
type personFilter struct {
	Name     string // folded words that must all occur in the name
	Archived bool   // include archived people
}

// matches reports whether p passes the filter. Merged people never do.
func (f personFilter) matches(p *directory.Person) bool {
	if p.MergedInto != 0 || (p.Archived && !f.Archived) {
		return false
	}
	name := fold.Key(p.Name())
	for _, w := range fold.Tokens(f.Name) {
		if !strings.Contains(name, w) {
			return false
		}
	}
	return true
}

// listPeople returns the people that pass f, sorted by family name, then
// given name, and whether the cap cut the list short.
func (s *Server) listPeople(ctx context.Context, f personFilter) ([]directory.Person, bool, error) {
	ids, err := s.personIDs(ctx)
	if err != nil {
		return nil, false, err
	}
	capped := len(ids) > peopleListCap
	if capped {
		ids = ids[len(ids)-peopleListCap:]
	}
	var out []directory.Person
	for _, id := range ids {
		p, err := s.dir.Person(ctx, id)
		if err != nil {
			return nil, false, err
		}
		if f.matches(&p) {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b directory.Person) int {
		return cmp.Or(cmp.Compare(fold.Key(a.FamilyName), fold.Key(b.FamilyName)),
			cmp.Compare(fold.Key(a.GivenName), fold.Key(b.GivenName)), cmp.Compare(a.ID, b.ID))
	})
	return out, capped, nil
}

// personIDs returns the id of every person the change log names, ascending.
func (s *Server) personIDs(ctx context.Context) ([]int64, error) {
	seen := map[int64]bool{}
	for after := int64(0); after != changesAllRead; {
		cs, err := s.dir.Changes(ctx, after, changesBatch)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if c.Entity == directory.EntityPerson {
				seen[c.EntityID] = true
			}
		}
		after = changesAllRead
		if len(cs) == changesBatch {
			after = cs[len(cs)-1].Seq
		}
	}
	ids := make([]int64, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids, nil
}
