package account_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/store/storetest"
)

func newService(t *testing.T) *account.Service {
	t.Helper()
	return account.NewService(storetest.OpenSQLite(t))
}

func mustUser(t *testing.T, s *account.Service, email string) account.User {
	t.Helper()
	u, err := s.CreateUser(context.Background(), account.NewUser{Email: email, Password: "a good long password"})
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// wantKey checks that err is a LocalizedError with the given key (and field).
func wantKey(t *testing.T, err error, key, field string) {
	t.Helper()
	var le *i18n.LocalizedError
	if !errors.As(err, &le) || le.Key != key || le.Field != field {
		t.Fatalf("error %v, want key %q on field %q", err, key, field)
	}
}

func TestCreateUserValidates(t *testing.T) {
	s, ctx := newService(t), context.Background()
	cases := []struct{ email, password, key, field string }{
		{"", "a good long password", "validation.required", "email"},
		{"not an address", "a good long password", "validation.email", "email"},
		{"ana@localhost", "a good long password", "validation.email", "email"},
		{"ana@example.org", "short", "validation.password_short", "password"},
	}
	for _, c := range cases {
		_, err := s.CreateUser(ctx, account.NewUser{Email: c.email, Password: c.password})
		wantKey(t, err, c.key, c.field)
	}
	mustUser(t, s, "Ana@Example.org ")
	_, err := s.CreateUser(ctx, account.NewUser{Email: "ana@example.org", Password: "another long password"})
	wantKey(t, err, "account.email_taken", "email")
	if !errors.Is(err, errs.ErrConflict) {
		t.Errorf("taken e-mail is a conflict: %v", err)
	}
}

func TestPasswordHashRoundTrip(t *testing.T) {
	h, err := account.HashPassword("Ražots Rīgā — 2026")
	if err != nil {
		t.Fatal(err)
	}
	if !account.CheckPassword(h, "Ražots Rīgā — 2026") || account.CheckPassword(h, "Razots Riga — 2026") {
		t.Error("password check must match exactly")
	}
	if account.CheckPassword("$argon2id$garbage", "x") {
		t.Error("a malformed hash never matches")
	}
}

func TestAuthenticateAndRateLimit(t *testing.T) {
	s, ctx := newService(t), context.Background()
	mustUser(t, s, "ana@example.org")
	if _, err := s.Authenticate(ctx, "ANA@example.org", "a good long password", "10.0.0.1"); err != nil {
		t.Fatalf("right password: %v", err)
	}
	for i := 0; i < s.Limits.PerEmail; i++ {
		_, err := s.Authenticate(ctx, "ana@example.org", "wrong", "10.0.0.1")
		wantKey(t, err, "auth.invalid_credentials", "")
	}
	_, err := s.Authenticate(ctx, "ana@example.org", "a good long password", "10.0.0.1")
	wantKey(t, err, "error.rate_limited", "")
	if !errors.Is(err, errs.ErrRateLimited) {
		t.Errorf("want a rate-limit kind: %v", err)
	}
	s.SetClock(func() time.Time { return time.Now().Add(time.Hour) })
	if _, err := s.Authenticate(ctx, "ana@example.org", "a good long password", "10.0.0.1"); err != nil {
		t.Errorf("after the window the right password works again: %v", err)
	}
}

func TestUnknownEmailLooksLikeWrongPassword(t *testing.T) {
	s := newService(t)
	_, err := s.Authenticate(context.Background(), "nobody@example.org", "whatever", "10.0.0.2")
	wantKey(t, err, "auth.invalid_credentials", "")
}

func TestSessionsExpireAndEnd(t *testing.T) {
	s, ctx := newService(t), context.Background()
	u := mustUser(t, s, "ana@example.org")
	secret, err := s.StartSession(ctx, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.SessionUser(ctx, secret); err != nil || got.ID != u.ID {
		t.Fatalf("fresh session: %v %v", got, err)
	}
	_, err = s.SessionUser(ctx, secret+"x")
	wantKey(t, err, "auth.session_expired", "")
	s.SetClock(func() time.Time { return time.Now().Add(s.SessionTTL + time.Minute) })
	_, err = s.SessionUser(ctx, secret)
	wantKey(t, err, "auth.session_expired", "")
	s.SetClock(time.Now)
	secret, _ = s.StartSession(ctx, u.ID)
	if err := s.EndSession(ctx, secret); err != nil {
		t.Fatal(err)
	}
	_, err = s.SessionUser(ctx, secret)
	wantKey(t, err, "auth.session_expired", "")
}

func TestDisablingEndsSessionsAndRefusesSignIn(t *testing.T) {
	s, ctx := newService(t), context.Background()
	u := mustUser(t, s, "ana@example.org")
	secret, _ := s.StartSession(ctx, u.ID)
	if err := s.SetDisabled(ctx, "ana@example.org", true); err != nil {
		t.Fatal(err)
	}
	_, err := s.SessionUser(ctx, secret)
	wantKey(t, err, "auth.session_expired", "")
	_, err = s.Authenticate(ctx, "ana@example.org", "a good long password", "10.0.0.3")
	wantKey(t, err, "auth.account_disabled", "")
}

func TestTokens(t *testing.T) {
	s, ctx := newService(t), context.Background()
	u := mustUser(t, s, "ana@example.org")
	secret, tok, err := s.CreateToken(ctx, u.ID, "import script")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.TokenUser(ctx, secret); err != nil || got.ID != u.ID {
		t.Fatalf("token user: %v %v", got, err)
	}
	list, _ := s.Tokens(ctx, u.ID)
	if len(list) != 1 || list[0].LastUsedAt.IsZero() || list[0].Hash == secret {
		t.Errorf("listed token: %+v", list)
	}
	other := mustUser(t, s, "ben@example.org")
	if err := s.RevokeToken(ctx, other.ID, tok.ID); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("revoking someone else's token: %v", err)
	}
	if err := s.RevokeToken(ctx, u.ID, tok.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.TokenUser(ctx, secret)
	wantKey(t, err, "api.token_invalid", "")
}

func TestSetupOnlyOnce(t *testing.T) {
	s, ctx := newService(t), context.Background()
	if need, _ := s.SetupNeeded(ctx); !need {
		t.Fatal("an empty database needs setup")
	}
	u, err := s.SetupAdmin(ctx, account.NewUser{Email: "admin@example.org", Password: "a good long password"})
	if err != nil || !u.Admin {
		t.Fatalf("setup: %+v %v", u, err)
	}
	_, err = s.SetupAdmin(ctx, account.NewUser{Email: "intruder@example.org", Password: "a good long password"})
	wantKey(t, err, "setup.done", "")
}

func TestSetPasswordEndsSessions(t *testing.T) {
	s, ctx := newService(t), context.Background()
	u := mustUser(t, s, "ana@example.org")
	secret, _ := s.StartSession(ctx, u.ID)
	if err := s.SetPassword(ctx, "ana@example.org", "a brand new password"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SessionUser(ctx, secret); err == nil {
		t.Error("old session still valid after a password change")
	}
	if _, err := s.Authenticate(ctx, "ana@example.org", "a brand new password", "10.0.0.4"); err != nil {
		t.Errorf("new password: %v", err)
	}
}

func TestPurgeRemovesExpiredSessionsAndOldFailures(t *testing.T) {
	s, ctx := newService(t), context.Background()
	u := mustUser(t, s, "ana@example.org")
	if _, err := s.StartSession(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	s.Authenticate(ctx, "ana@example.org", "wrong", "10.0.0.9")
	s.SetClock(func() time.Time { return time.Now().Add(s.SessionTTL + time.Hour) })
	n, err := s.Purge(ctx)
	if err != nil || n != 3 {
		t.Errorf("purged %d (want the session and two failure records): %v", n, err)
	}
}
