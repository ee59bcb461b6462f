// Package errs holds the error kinds every layer of Coalition shares: the store
// returns them, domain services wrap them, and the web and API front ends map them
// to status codes. It depends on nothing else in the project.
package errs

import "errors"

// The kinds. Wrap them with fmt.Errorf("...: %w", ErrNotFound) or carry them in an
// i18n.LocalizedError; test for them with errors.Is.
var (
	// ErrNotFound means the record asked for does not exist.
	ErrNotFound = errors.New("not found")
	// ErrConflict means a unique value (an e-mail, a code) is already taken.
	ErrConflict = errors.New("conflict")
	// ErrStale means an optimistic-concurrency update lost: the record changed since it was read.
	ErrStale = errors.New("stale version")
	// ErrInvalid means input failed validation.
	ErrInvalid = errors.New("invalid input")
	// ErrUnauthorized means the caller is not signed in or the credentials are wrong.
	ErrUnauthorized = errors.New("unauthorized")
	// ErrForbidden means the caller is signed in but may not do this.
	ErrForbidden = errors.New("forbidden")
	// ErrRateLimited means the caller tried too often and must wait.
	ErrRateLimited = errors.New("rate limited")
	// ErrUnavailable means a part of the service is not ready yet (the search
	// index while it is first built) and the request may be repeated soon.
	ErrUnavailable = errors.New("unavailable")
)
