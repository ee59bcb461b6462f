package httpx

import (
	"context"

	"coalition/internal/account"
)

type userKey struct{}

// WithUser returns a context that carries the signed-in user. The pages set it
// from the session cookie, the API from the bearer token.
func WithUser(ctx context.Context, u account.User) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}

// UserFrom returns the signed-in user carried by ctx, if any.
func UserFrom(ctx context.Context) (account.User, bool) {
	u, ok := ctx.Value(userKey{}).(account.User)
	return u, ok
}
