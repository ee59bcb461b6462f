// Package demo loads the demo data set that shows a newcomer Coalition within a
// minute: a demo administrator, a synthetic partner directory of 2,000
// organizations across the 27 member states, in their own languages, and a
// European Citizens' Initiative in full swing (organisers, a pipeline at every
// stage, tallies, a public page and an open partner call). Loading is
// idempotent: running it twice changes nothing.
package demo

import (
	"context"
	"errors"
	"time"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/gen"
)

// Login is the demo account's sign-in.
type Login struct {
	Email    string
	Password string
}

// DemoLogin is the sign-in of the demo administrator. It is public on purpose:
// the demo is for trying Coalition out, never for real data.
var DemoLogin = Login{Email: "demo@coalition.example", Password: "coalition-demo"}

// Orgs is how many organizations the demo directory has.
const Orgs = 2000

// Directory is what the demo needs to fill the directory; *store.DB is one.
type Directory interface {
	ImportOrgs(ctx context.Context, orgs []directory.Organization, nameKeys []string, at time.Time, userID int64, source string) error
	LastChangeSeq(ctx context.Context) (int64, error)
	ScanOrgs(ctx context.Context, fn func(directory.Organization) error) error
}

// Load creates the demo data set unless it is already there: the demo user,
// the directory and, when ins has a service, an ECI in full swing.
func Load(ctx context.Context, accounts *account.Service, dir Directory, ins Initiatives) (Login, error) {
	u, err := loadUser(ctx, accounts)
	if err != nil {
		return Login{}, err
	}
	if err := loadOrgs(ctx, dir); err != nil {
		return Login{}, err
	}
	if ins.Service != nil {
		err = loadInitiative(ctx, ins, dir, u.ID)
	}
	return DemoLogin, err
}

func loadUser(ctx context.Context, accounts *account.Service) (account.User, error) {
	u, err := accounts.UserByEmail(ctx, DemoLogin.Email)
	if err == nil || !errors.Is(err, errs.ErrNotFound) {
		return u, err
	}
	return accounts.CreateUser(ctx, account.NewUser{
		Email: DemoLogin.Email, Name: "Demo Organizer", Password: DemoLogin.Password, Admin: true,
	})
}

// loadOrgs fills an empty directory with generated organizations.
func loadOrgs(ctx context.Context, dir Directory) error {
	if last, err := dir.LastChangeSeq(ctx); err != nil || last > 0 {
		return err
	}
	orgs := make([]directory.Organization, 0, Orgs)
	if err := gen.Orgs(1, Orgs, func(o directory.Organization) error {
		o.Source = "coalition demo"
		orgs = append(orgs, o)
		return nil
	}); err != nil {
		return err
	}
	return dir.ImportOrgs(ctx, orgs, nil, time.Now(), 0, "coalition demo")
}
