package demo_test

import (
	"context"
	"testing"

	"coalition/internal/account"
	"coalition/internal/demo"
	"coalition/internal/directory"
	"coalition/internal/store/storetest"
)

func TestLoadTwiceGivesOneDataSet(t *testing.T) {
	db, ctx := storetest.OpenSQLite(t), context.Background()
	accounts := account.NewService(db)
	for range 2 {
		login, err := demo.Load(ctx, accounts, db)
		if err != nil || login != demo.DemoLogin {
			t.Fatalf("load: %v %v", login, err)
		}
	}
	if _, err := accounts.Authenticate(ctx, demo.DemoLogin.Email, demo.DemoLogin.Password, "127.0.0.1"); err != nil {
		t.Errorf("the printed sign-in works: %v", err)
	}
	n, countries := 0, map[string]bool{}
	db.ScanOrgs(ctx, func(o directory.Organization) error {
		n++
		countries[o.Country] = true
		return nil
	})
	if n != demo.Orgs || len(countries) != 27 {
		t.Errorf("%d organizations in %d countries, want %d in 27", n, len(countries), demo.Orgs)
	}
}
