package app

import (
	"context"
	"iter"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store"
)

// notifyingStore tells the search engine after every successful write that
// changes organizations, so that a user's next search already sees it. Other
// instances learn of the write from the change log.
type notifyingStore struct {
	*store.DB
	notify func()
}

func (n notifyingStore) after(err error) error {
	if err == nil {
		n.notify()
	}
	return err
}

// CreateOrg creates and notifies.
func (n notifyingStore) CreateOrg(ctx context.Context, o *directory.Organization, h directory.HistoryEntry) error {
	return n.after(n.DB.CreateOrg(ctx, o, h))
}

// UpdateOrg updates and notifies.
func (n notifyingStore) UpdateOrg(ctx context.Context, o *directory.Organization, h directory.HistoryEntry) error {
	return n.after(n.DB.UpdateOrg(ctx, o, h))
}

// ImportOrgs imports and notifies.
func (n notifyingStore) ImportOrgs(ctx context.Context, orgs []directory.Organization, nameKeys []string, at time.Time, userID int64, source string) error {
	return n.after(n.DB.ImportOrgs(ctx, orgs, nameKeys, at, userID, source))
}

// ImportOrgChunks imports and notifies.
func (n notifyingStore) ImportOrgChunks(ctx context.Context, chunks iter.Seq[*directory.OrgChunk], at time.Time, userID int64, source string) error {
	return n.after(n.DB.ImportOrgChunks(ctx, chunks, at, userID, source))
}

// MergeOrgs merges and notifies.
func (n notifyingStore) MergeOrgs(ctx context.Context, keep *directory.Organization, dropID int64, h directory.HistoryEntry) error {
	return n.after(n.DB.MergeOrgs(ctx, keep, dropID, h))
}

// PutLogo stores a logo and notifies.
func (n notifyingStore) PutLogo(ctx context.Context, orgID int64, l directory.Logo) error {
	return n.after(n.DB.PutLogo(ctx, orgID, l))
}
