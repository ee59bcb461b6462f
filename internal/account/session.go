package account

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// Authenticate checks an e-mail and password. Failed attempts are counted per
// e-mail and per client (an IP address); past the limits it answers with a
// rate-limit error without checking the password. The error never says whether
// the e-mail exists.
func (s *Service) Authenticate(ctx context.Context, email, password, client string) (User, error) {
	email = NormalizeEmail(email)
	keys := []string{"email:" + email, "client:" + client}
	if err := s.checkLimits(ctx, keys); err != nil {
		return User{}, err
	}
	u, err := s.store.UserByEmail(ctx, email)
	if err != nil && !errors.Is(err, errs.ErrNotFound) {
		return User{}, fmt.Errorf("account: authenticate: %w", err)
	}
	if err != nil || !CheckPassword(u.PasswordHash, password) {
		for _, k := range keys {
			if err := s.store.AddLoginFailure(ctx, k, s.now()); err != nil {
				return User{}, fmt.Errorf("account: record failure: %w", err)
			}
		}
		return User{}, i18n.NewError(errs.ErrUnauthorized, "", "auth.invalid_credentials")
	}
	if u.Disabled {
		return User{}, i18n.NewError(errs.ErrForbidden, "", "auth.account_disabled")
	}
	return u, s.store.ClearLoginFailures(ctx, keys[0])
}

func (s *Service) checkLimits(ctx context.Context, keys []string) error {
	since := s.now().Add(-s.Limits.Window)
	limits := []int{s.Limits.PerEmail, s.Limits.PerClient}
	for i, k := range keys {
		n, err := s.store.CountLoginFailures(ctx, k, since)
		if err != nil {
			return fmt.Errorf("account: count failures: %w", err)
		}
		if n >= limits[i] {
			return i18n.NewError(errs.ErrRateLimited, "", "error.rate_limited")
		}
	}
	return nil
}

// StartSession opens a session for a user and returns the secret for the cookie.
func (s *Service) StartSession(ctx context.Context, userID int64) (string, error) {
	secret, err := newSecret("")
	if err != nil {
		return "", err
	}
	now := s.now()
	sess := Session{Hash: digest(secret), UserID: userID, CreatedAt: now, ExpiresAt: now.Add(s.SessionTTL)}
	if err := s.store.CreateSession(ctx, sess); err != nil {
		return "", fmt.Errorf("account: start session: %w", err)
	}
	return secret, nil
}

// SessionUser returns the user a session secret belongs to. An unknown or expired
// session, or a disabled user, gives an unauthorized error with the key
// auth.session_expired. A session used after half its lifetime is extended.
func (s *Service) SessionUser(ctx context.Context, secret string) (User, error) {
	expired := i18n.NewError(errs.ErrUnauthorized, "", "auth.session_expired")
	sess, err := s.store.SessionByHash(ctx, digest(secret))
	if errors.Is(err, errs.ErrNotFound) {
		return User{}, expired
	} else if err != nil {
		return User{}, fmt.Errorf("account: session: %w", err)
	}
	now := s.now()
	if !now.Before(sess.ExpiresAt) {
		_ = s.store.DeleteSession(ctx, sess.Hash)
		return User{}, expired
	}
	u, err := s.store.UserByID(ctx, sess.UserID)
	if err != nil || u.Disabled {
		return User{}, expired
	}
	if sess.ExpiresAt.Sub(now) < s.SessionTTL/2 {
		if err := s.store.ExtendSession(ctx, sess.Hash, now.Add(s.SessionTTL)); err != nil {
			return User{}, fmt.Errorf("account: extend session: %w", err)
		}
	}
	return u, nil
}

// EndSession signs a session out. Ending an unknown session is not an error.
func (s *Service) EndSession(ctx context.Context, secret string) error {
	err := s.store.DeleteSession(ctx, digest(secret))
	if errors.Is(err, errs.ErrNotFound) {
		return nil
	}
	return err
}

// Purge deletes expired sessions and sign-in failures older than the rate-limit
// window, and returns how many records went.
func (s *Service) Purge(ctx context.Context) (int64, error) {
	n, err := s.store.DeleteExpiredSessions(ctx, s.now())
	if err != nil {
		return n, err
	}
	m, err := s.store.PurgeLoginFailures(ctx, s.now().Add(-s.Limits.Window))
	return n + m, err
}

// newSecret returns prefix followed by 32 random bytes in URL-safe base64.
func newSecret(prefix string) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("account: random: %w", err)
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b), nil
}

// digest is the stored form of a secret: hex SHA-256. Secrets are 256 random bits,
// so a fast hash is enough; no salt or stretching is needed.
func digest(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}
