// Package demo loads the demo data set that shows a newcomer every capability of
// Coalition within a minute. Loading is idempotent: running it twice changes nothing.
package demo

import (
	"context"
	"errors"

	"coalition/internal/account"
	"coalition/internal/errs"
)

// Login is the demo account's sign-in.
type Login struct {
	Email    string
	Password string
}

// DemoLogin is the sign-in of the demo administrator. It is public on purpose:
// the demo is for trying Coalition out, never for real data.
var DemoLogin = Login{Email: "demo@coalition.example", Password: "coalition-demo"}

// Load creates the demo data set unless it is already there.
func Load(ctx context.Context, accounts *account.Service) (Login, error) {
	_, err := accounts.UserByEmail(ctx, DemoLogin.Email)
	if err == nil {
		return DemoLogin, nil
	}
	if !errors.Is(err, errs.ErrNotFound) {
		return Login{}, err
	}
	_, err = accounts.CreateUser(ctx, account.NewUser{
		Email: DemoLogin.Email, Name: "Demo Organizer", Password: DemoLogin.Password, Admin: true,
	})
	return DemoLogin, err
}
