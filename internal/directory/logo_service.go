package directory

import "context"

// SetOrgLogo checks an uploaded image with PrepareLogo, re-encodes it and
// stores it as organization id's logo. An organization merged into another
// is read-only (error.merged).
func (s *Service) SetOrgLogo(ctx context.Context, actor Actor, id int64, data []byte) error {
	if _, err := s.writableOrg(ctx, "", id); err != nil {
		return err
	}
	l, err := PrepareLogo(data)
	if err != nil {
		return err
	}
	l.UpdatedAt = s.now()
	if err := s.store.PutLogo(ctx, id, l); err != nil {
		return storeError("put logo", "", err)
	}
	return nil
}

// OrgLogo returns organization id's logo; none is error.not_found.
func (s *Service) OrgLogo(ctx context.Context, id int64) (Logo, error) {
	l, err := s.store.Logo(ctx, id)
	if err != nil {
		return Logo{}, storeError("logo", "", err)
	}
	return l, nil
}
