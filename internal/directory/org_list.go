package directory

import "context"

// OrgsByID returns the organizations with the given ids, in that order; ids
// that do not exist are left out. Search results are turned into records with it.
func (s *Service) OrgsByID(ctx context.Context, ids []int64) ([]Organization, error) {
	if len(ids) == 0 {
		return []Organization{}, nil
	}
	return s.store.OrgsByID(ctx, ids)
}
