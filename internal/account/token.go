package account

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// TokenPrefix starts every API token, so a leaked one is easy to recognise.
const TokenPrefix = "coa_"

// CreateToken makes an API token for a user and returns the secret, shown only now.
func (s *Service) CreateToken(ctx context.Context, userID int64, name string) (string, Token, error) {
	name = strings.TrimSpace(name)
	if utf8.RuneCountInString(name) > 100 {
		return "", Token{}, i18n.Invalid("name", "validation.too_long", "max", 100)
	}
	secret, err := newSecret(TokenPrefix)
	if err != nil {
		return "", Token{}, err
	}
	t := Token{UserID: userID, Name: name, Hash: digest(secret), Prefix: secret[:len(TokenPrefix)+6], CreatedAt: s.now()}
	if err := s.store.CreateToken(ctx, &t); err != nil {
		return "", Token{}, fmt.Errorf("account: create token: %w", err)
	}
	return secret, t, nil
}

// Tokens lists a user's API tokens, newest first.
func (s *Service) Tokens(ctx context.Context, userID int64) ([]Token, error) {
	return s.store.ListTokens(ctx, userID)
}

// RevokeToken revokes one of a user's tokens.
func (s *Service) RevokeToken(ctx context.Context, userID, tokenID int64) error {
	return s.store.RevokeToken(ctx, userID, tokenID, s.now())
}

// TokenUser returns the user an API token secret belongs to. An unknown or revoked
// token, or one of a disabled user, gives an unauthorized error (api.token_invalid).
func (s *Service) TokenUser(ctx context.Context, secret string) (User, error) {
	invalid := i18n.NewError(errs.ErrUnauthorized, "", "api.token_invalid")
	t, err := s.store.TokenByHash(ctx, digest(secret))
	if errors.Is(err, errs.ErrNotFound) {
		return User{}, invalid
	} else if err != nil {
		return User{}, fmt.Errorf("account: token: %w", err)
	}
	if t.Revoked() {
		return User{}, invalid
	}
	u, err := s.store.UserByID(ctx, t.UserID)
	if err != nil || u.Disabled {
		return User{}, invalid
	}
	if err := s.store.TouchToken(ctx, t.ID, s.now()); err != nil {
		return User{}, fmt.Errorf("account: touch token: %w", err)
	}
	return u, nil
}
