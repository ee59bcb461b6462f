package directory

import (
	"context"
	"fmt"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// MergeOrgs merges the organization dropID into keepID: keep takes what drop
// adds (CombineOrgs), every affiliation, history entry and the logo of drop
// move to keep, and drop is archived as merged into keep, in one transaction
// of the store. keepVersion is the version of keep the user saw; a newer one
// gives error.stale. Merging a record with itself is merge.same_record;
// merging an archived or already merged record is merge.archived.
func (s *Service) MergeOrgs(ctx context.Context, actor Actor, keepID, dropID, keepVersion int64) (Organization, error) {
	if keepID == dropID {
		return Organization{}, i18n.NewError(errs.ErrInvalid, "", "merge.same_record")
	}
	keep, err := s.Org(ctx, keepID)
	if err != nil {
		return Organization{}, err
	}
	drop, err := s.Org(ctx, dropID)
	if err != nil {
		return Organization{}, err
	}
	if err := mergeable(keep.Archived || keep.MergedInto != 0, drop.Archived || drop.MergedInto != 0, keep.Version, keepVersion); err != nil {
		return Organization{}, err
	}
	combined := CombineOrgs(keep, drop)
	h := s.history(actor, EntityOrganization, keepID, ActionMerged, mergedDetail(dropID))
	if err := s.store.MergeOrgs(ctx, &combined, dropID, h); err != nil {
		return Organization{}, storeError("merge organizations", "", err)
	}
	return combined, nil
}

// MergePeople merges the person dropID into keepID as MergeOrgs merges
// organizations (CombinePeople decides the fields).
func (s *Service) MergePeople(ctx context.Context, actor Actor, keepID, dropID, keepVersion int64) (Person, error) {
	if keepID == dropID {
		return Person{}, i18n.NewError(errs.ErrInvalid, "", "merge.same_record")
	}
	keep, err := s.Person(ctx, keepID)
	if err != nil {
		return Person{}, err
	}
	drop, err := s.Person(ctx, dropID)
	if err != nil {
		return Person{}, err
	}
	if err := mergeable(keep.Archived || keep.MergedInto != 0, drop.Archived || drop.MergedInto != 0, keep.Version, keepVersion); err != nil {
		return Person{}, err
	}
	combined := CombinePeople(keep, drop)
	h := s.history(actor, EntityPerson, keepID, ActionMerged, mergedDetail(dropID))
	if err := s.store.MergePeople(ctx, &combined, dropID, h); err != nil {
		return Person{}, storeError("merge people", "", err)
	}
	return combined, nil
}

// mergeable checks that neither record is archived and that the user saw the
// stored version of keep.
func mergeable(keepArchived, dropArchived bool, version, seen int64) error {
	if keepArchived || dropArchived {
		return i18n.NewError(errs.ErrConflict, "", "merge.archived")
	}
	if version != seen {
		return staleError()
	}
	return nil
}

// mergedDetail is the Detail of keep's history entry: {"merged":dropID}.
func mergedDetail(dropID int64) string {
	return fmt.Sprintf(`{"merged":%d}`, dropID)
}
