package i18n

import (
	"context"
	"errors"

	"coalition/internal/errs"
)

// LocalizedError is an error a user may see. Key names the catalog message (and is
// the API error code), Field names the form or JSON field at fault when there is
// one, Args fill the message's placeholders, and Kind (one of the errs kinds) lets
// front ends choose a status code with errors.Is.
type LocalizedError struct {
	Kind  error
	Key   string
	Field string
	Args  []any
}

// NewError returns a LocalizedError of the given kind.
func NewError(kind error, field, key string, args ...any) *LocalizedError {
	return &LocalizedError{Kind: kind, Key: key, Field: field, Args: args}
}

// Invalid returns a validation error for field with the given message key.
func Invalid(field, key string, args ...any) *LocalizedError {
	return NewError(errs.ErrInvalid, field, key, args...)
}

// Error returns the key and field; the translated text comes from Bundle.Error.
func (e *LocalizedError) Error() string {
	if e.Field == "" {
		return e.Key
	}
	return e.Field + ": " + e.Key
}

// Unwrap returns the kind, so errors.Is(err, errs.ErrInvalid) works.
func (e *LocalizedError) Unwrap() error { return e.Kind }

// kindKeys names the generic message for each error kind.
var kindKeys = []struct {
	kind error
	key  string
}{
	{errs.ErrNotFound, "error.not_found"},
	{errs.ErrConflict, "error.conflict"},
	{errs.ErrStale, "error.stale"},
	{errs.ErrInvalid, "error.invalid"},
	{errs.ErrUnauthorized, "error.unauthorized"},
	{errs.ErrForbidden, "error.forbidden"},
	{errs.ErrRateLimited, "error.rate_limited"},
	{errs.ErrUnavailable, "error.unavailable"},
}

// Describe turns any error into what a user may see: the message key (also the API
// error code), the translated message and the field. Errors that are neither a
// LocalizedError nor of a known kind become "error.internal", so internals never leak.
func (b *Bundle) Describe(lang string, err error) (key, message, field string) {
	var le *LocalizedError
	if errors.As(err, &le) {
		return le.Key, b.T(lang, le.Key, le.Args...), le.Field
	}
	for _, k := range kindKeys {
		if errors.Is(err, k.kind) {
			return k.key, b.T(lang, k.key), ""
		}
	}
	return "error.internal", b.T(lang, "error.internal"), ""
}

type ctxKey struct{}

// WithLang returns a context that carries the negotiated UI language.
func WithLang(ctx context.Context, lang string) context.Context {
	return context.WithValue(ctx, ctxKey{}, lang)
}

// Lang returns the UI language carried by ctx, or English.
func Lang(ctx context.Context) string {
	if l, ok := ctx.Value(ctxKey{}).(string); ok {
		return l
	}
	return Fallback
}
