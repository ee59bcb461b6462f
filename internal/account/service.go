package account

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 10

// Service applies the account rules on top of a Store.
type Service struct {
	store Store
	now   func() time.Time
	// SessionTTL is how long a session lives without use; each use extends it.
	SessionTTL time.Duration
	// Limits bound failed sign-ins per e-mail and per client address.
	Limits LoginLimits
}

// LoginLimits bounds failed sign-in attempts within Window, per e-mail address and
// per client address. Counts live in the database, so every instance sees them.
type LoginLimits struct {
	Window    time.Duration
	PerEmail  int
	PerClient int
}

// NewService returns a Service with a 14-day sliding session lifetime and at most
// 5 failed sign-ins per e-mail and 20 per client address in 15 minutes.
func NewService(store Store) *Service {
	return &Service{
		store:      store,
		now:        func() time.Time { return time.Now().UTC() },
		SessionTTL: 14 * 24 * time.Hour,
		Limits:     LoginLimits{Window: 15 * time.Minute, PerEmail: 5, PerClient: 20},
	}
}

// SetClock replaces the service's clock; tests use it to expire sessions.
func (s *Service) SetClock(now func() time.Time) { s.now = now }

// NewUser is the input for creating a user.
type NewUser struct {
	Email    string
	Name     string
	Password string
	Admin    bool
	Language string
}

// NormalizeEmail trims and lower-cases an e-mail address.
func NormalizeEmail(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// ValidateEmail checks that email is a plain address such as name@example.org.
func ValidateEmail(email string) error {
	if email == "" {
		return i18n.Invalid("email", "validation.required")
	}
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || !strings.Contains(email[strings.LastIndex(email, "@")+1:], ".") {
		return i18n.Invalid("email", "validation.email")
	}
	return nil
}

// ValidatePassword checks the password policy.
func ValidatePassword(password string) error {
	if utf8.RuneCountInString(password) < MinPasswordLength {
		return i18n.Invalid("password", "validation.password_short", "min", MinPasswordLength)
	}
	return nil
}

// CreateUser validates and stores a new user. A taken e-mail gives a conflict error
// on the email field.
func (s *Service) CreateUser(ctx context.Context, in NewUser) (User, error) {
	u := User{Email: NormalizeEmail(in.Email), Name: strings.TrimSpace(in.Name), Admin: in.Admin, Language: in.Language}
	if err := ValidateEmail(u.Email); err != nil {
		return User{}, err
	}
	if utf8.RuneCountInString(u.Name) > 200 {
		return User{}, i18n.Invalid("name", "validation.too_long", "max", 200)
	}
	if err := ValidatePassword(in.Password); err != nil {
		return User{}, err
	}
	hash, err := HashPassword(in.Password)
	if err != nil {
		return User{}, err
	}
	u.PasswordHash = hash
	if err := s.store.CreateUser(ctx, &u); err != nil {
		if errors.Is(err, errs.ErrConflict) {
			return User{}, i18n.NewError(errs.ErrConflict, "email", "account.email_taken")
		}
		return User{}, fmt.Errorf("account: create user: %w", err)
	}
	return u, nil
}

// SetupNeeded reports whether no user exists yet, so the one-time setup page may
// create the first administrator.
func (s *Service) SetupNeeded(ctx context.Context) (bool, error) {
	n, err := s.store.CountUsers(ctx)
	if err != nil {
		return false, fmt.Errorf("account: count users: %w", err)
	}
	return n == 0, nil
}

// SetupAdmin creates the first administrator. It refuses once any user exists.
func (s *Service) SetupAdmin(ctx context.Context, in NewUser) (User, error) {
	needed, err := s.SetupNeeded(ctx)
	if err != nil {
		return User{}, err
	}
	if !needed {
		return User{}, i18n.NewError(errs.ErrForbidden, "", "setup.done")
	}
	in.Admin = true
	return s.CreateUser(ctx, in)
}

// Users lists every user, ordered by e-mail.
func (s *Service) Users(ctx context.Context) ([]User, error) { return s.store.ListUsers(ctx) }

// User returns one user by id.
func (s *Service) User(ctx context.Context, id int64) (User, error) { return s.store.UserByID(ctx, id) }

// UserByEmail returns one user by e-mail address.
func (s *Service) UserByEmail(ctx context.Context, email string) (User, error) {
	return s.store.UserByEmail(ctx, NormalizeEmail(email))
}

// SetPassword replaces a user's password and ends all their sessions.
func (s *Service) SetPassword(ctx context.Context, email, password string) error {
	if err := ValidatePassword(password); err != nil {
		return err
	}
	hash, err := HashPassword(password)
	if err != nil {
		return err
	}
	return s.updateUser(ctx, email, func(u *User) { u.PasswordHash = hash })
}

// SetDisabled disables or re-enables a user; disabling ends their sessions.
func (s *Service) SetDisabled(ctx context.Context, email string, disabled bool) error {
	return s.updateUser(ctx, email, func(u *User) { u.Disabled = disabled })
}

// SetLanguage stores a user's preferred UI language.
func (s *Service) SetLanguage(ctx context.Context, userID int64, lang string) error {
	u, err := s.store.UserByID(ctx, userID)
	if err != nil {
		return err
	}
	u.Language = lang
	return s.store.UpdateUser(ctx, &u)
}

func (s *Service) updateUser(ctx context.Context, email string, change func(*User)) error {
	u, err := s.store.UserByEmail(ctx, NormalizeEmail(email))
	if err != nil {
		return err
	}
	change(&u)
	if err := s.store.UpdateUser(ctx, &u); err != nil {
		return err
	}
	return s.store.DeleteUserSessions(ctx, u.ID)
}
