package directory

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// The history actions the service records.
const (
	ActionCreated  = "created"
	ActionUpdated  = "updated"
	ActionArchived = "archived"
	ActionRestored = "restored"
	ActionMerged   = "merged"
	ActionImported = "imported"
)

// fieldsDetail is the Detail of a history entry that lists changed fields:
// {"fields":["name","website"]}.
func fieldsDetail(fields ...string) string {
	if fields == nil {
		fields = []string{}
	}
	b, _ := json.Marshal(struct {
		Fields []string `json:"fields"`
	}{fields})
	return string(b)
}

// OrgHistory returns an organization's history, oldest first.
func (s *Service) OrgHistory(ctx context.Context, id int64) ([]HistoryEntry, error) {
	if _, err := s.Org(ctx, id); err != nil {
		return nil, err
	}
	hs, err := s.store.History(ctx, EntityOrganization, id)
	if err != nil {
		return nil, fmt.Errorf("directory: organization history: %w", err)
	}
	return hs, nil
}

// PersonHistory returns a person's history, oldest first.
func (s *Service) PersonHistory(ctx context.Context, id int64) ([]HistoryEntry, error) {
	if _, err := s.Person(ctx, id); err != nil {
		return nil, err
	}
	hs, err := s.store.History(ctx, EntityPerson, id)
	if err != nil {
		return nil, fmt.Errorf("directory: person history: %w", err)
	}
	return hs, nil
}

// storeError turns a store error into what the service returns: a lost
// optimistic update becomes the translated error.stale, a missing record
// error.not_found on field, and anything else is wrapped with what.
func storeError(what, field string, err error) error {
	switch {
	case errors.Is(err, errs.ErrStale):
		return i18n.NewError(errs.ErrStale, "", "error.stale")
	case errors.Is(err, errs.ErrNotFound):
		return i18n.NewError(errs.ErrNotFound, field, "error.not_found")
	}
	return fmt.Errorf("directory: %s: %w", what, err)
}

// staleError is the error for a caller whose version is not the stored one.
func staleError() error { return i18n.NewError(errs.ErrStale, "", "error.stale") }

// archiveAction names the history action of setting archived.
func archiveAction(archived bool) string {
	if archived {
		return ActionArchived
	}
	return ActionRestored
}
