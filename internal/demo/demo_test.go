package demo_test

import (
	"context"
	"testing"

	"coalition/internal/account"
	"coalition/internal/demo"
	"coalition/internal/directory"
	"coalition/internal/initiative"
	"coalition/internal/store/storetest"
)

func TestLoadTwiceGivesOneDataSet(t *testing.T) {
	db, ctx := storetest.OpenSQLite(t), context.Background()
	accounts := account.NewService(db)
	ins := demo.Initiatives{Service: initiative.NewService(db)}
	for range 2 {
		login, err := demo.Load(ctx, accounts, db, ins)
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
	checkDemoInitiative(t, ins)
}

// checkDemoInitiative checks the demo ECI: one, published, with a complete
// group of organisers, partners at several stages, supporters with and
// without logos, tallies and an open call.
func checkDemoInitiative(t *testing.T, ins demo.Initiatives) {
	t.Helper()
	ctx := context.Background()
	in, supporters, err := ins.Service.Supporters(ctx, "clean-air-for-all")
	if err != nil {
		t.Fatalf("the demo's public page: %v", err)
	}
	admin := initiative.Actor{UserID: 1, Admin: true}
	if list, _ := ins.Service.List(ctx, admin); len(list) != 1 {
		t.Errorf("%d initiatives after loading twice, want 1", len(list))
	}
	_, check, err := ins.Service.Group(ctx, admin, in.ID)
	if err != nil || !check.OK {
		t.Errorf("the demo's group of organisers: %+v, %v", check.Missing, err)
	}
	logos := 0
	for _, e := range supporters {
		if e.ShowsLogo() {
			logos++
		}
	}
	if len(supporters) < 4 || logos == 0 || logos == len(supporters) {
		t.Errorf("%d supporters, %d with logos: want some with and some without", len(supporters), logos)
	}
	c, _, err := ins.Service.Coverage(ctx, admin, in.ID)
	if err != nil || c.StatesMet != 2 || c.Collected == 0 {
		t.Errorf("coverage: %d states met, %d collected, %v", c.StatesMet, c.Collected, err)
	}
	if calls, err := ins.Service.OpenCalls(ctx, initiative.CallFilter{}); err != nil || len(calls) != 1 {
		t.Errorf("open calls: %d, %v", len(calls), err)
	}
}
