package storetest

import (
	"reflect"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/initiative"
	"coalition/internal/store"
)

func callHist(action string) directory.HistoryEntry {
	return directory.HistoryEntry{Entity: initiative.EntityCall, At: base, UserID: 1, Action: action, Detail: "{}"}
}

// newCall stores an open call of initiative in with the given deadline.
func newCall(t *testing.T, db *store.DB, in initiative.Initiative, deadline string) initiative.Call {
	t.Helper()
	c := initiative.Call{InitiativeID: in.ID, Titles: []directory.Text{{Lang: "en", Value: "Partners wanted " + deadline}},
		Roles: []string{"intermediary"}, Deadline: day(deadline), Open: true}
	must(t, "CreateCall", db.CreateCall(ctx(t), &c, callHist("call_published")))
	return c
}

func testCalls(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	c := initiative.Call{InitiativeID: in.ID, Titles: []directory.Text{{Lang: "lv", Value: "Meklējam partnerus"}, {Lang: "en", Value: "Partners wanted"}},
		Texts: []directory.Text{{Lang: "en", Value: "Collect signatures in Latvia."}}, Roles: []string{"intermediary", "sponsor"},
		Countries: []string{"EL", "LV"}, Topics: []string{"environment_climate"}, Languages: []string{"lv", "ru"},
		Deadline: day("2026-12-31"), Open: true, Responsible: ana.ID}
	must(t, "CreateCall", db.CreateCall(ctx(t), &c, callHist("call_published")))
	got, err := db.Call(ctx(t), c.ID)
	must(t, "Call", err)
	c.InitiativeSlug, c.InitiativeTitles = in.Slug, in.Titles
	if c.Version != 1 || c.CreatedAt != norm(base) || !reflect.DeepEqual(got, c) {
		t.Fatalf("Call = %+v\nwant %+v", got, c)
	}
	stale := c
	c.Open, c.Countries, c.Texts, c.Responsible = false, nil, nil, 0
	must(t, "UpdateCall", db.UpdateCall(ctx(t), &c, callHist("call_updated")))
	if got, _ := db.Call(ctx(t), c.ID); c.Version != 2 || !reflect.DeepEqual(got, c) {
		t.Errorf("after update: %+v\nwant %+v", got, c)
	}
	wantErr(t, "a stale update", db.UpdateCall(ctx(t), &stale, callHist("x")), store.ErrStale)
	elsewhere := c
	elsewhere.InitiativeID = newInitiative(t, db, "other", ana.ID).ID
	wantErr(t, "an update through another initiative", db.UpdateCall(ctx(t), &elsewhere, callHist("x")), store.ErrNotFound)
	orphan := initiative.Call{InitiativeID: in.ID + 100, Deadline: day("2026-12-31")}
	wantErr(t, "a call of a missing initiative", db.CreateCall(ctx(t), &orphan, callHist("x")), store.ErrNotFound)
	_, err = db.Call(ctx(t), c.ID+100)
	wantErr(t, "a missing call", err, store.ErrNotFound)
	if hs, err := db.History(ctx(t), initiative.EntityCall, c.ID); err != nil || len(hs) != 2 || hs[1].Action != "call_updated" {
		t.Errorf("history %+v, %v", hs, err)
	}
}

func testCallsOfAndOpenCalls(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	hidden := newInitiative(t, db, "hidden", ana.ID)
	hidden.Public = false
	must(t, "UpdateInitiative", db.UpdateInitiative(ctx(t), &hidden, initiativeHist("updated")))
	late, today, past := newCall(t, db, in, "2027-03-01"), newCall(t, db, in, "2026-11-21"), newCall(t, db, in, "2026-11-20")
	closed := newCall(t, db, in, "2027-01-01")
	closed.Open = false
	must(t, "UpdateCall", db.UpdateCall(ctx(t), &closed, callHist("call_updated")))
	newCall(t, db, hidden, "2027-01-01")
	all, err := db.CallsOf(ctx(t), in.ID)
	must(t, "CallsOf", err)
	if want := []int64{late.ID, closed.ID, today.ID, past.ID}; !reflect.DeepEqual(callIDs(all), want) {
		t.Errorf("CallsOf = %v, want %v (latest deadline first)", callIDs(all), want)
	}
	open, err := db.OpenCalls(ctx(t), time.Date(2026, 11, 21, 23, 30, 0, 0, time.UTC))
	must(t, "OpenCalls", err)
	if want := []int64{today.ID, late.ID}; !reflect.DeepEqual(callIDs(open), want) {
		t.Errorf("OpenCalls = %v, want %v (open, public, not past, soonest first)", callIDs(open), want)
	}
}

func callIDs(cs []initiative.Call) []int64 {
	out := []int64{}
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

// newInterest returns an expression of interest in call from client, sent at.
func newInterest(call int64, client string, at time.Time) initiative.Interest {
	return initiative.Interest{CallID: call, OrgName: "Zaļā Brīvība", Country: "LV", Website: "https://zb.lv",
		ContactName: "Anna Bērziņa", ContactEmail: "anna@zb.lv", Message: "Mēs palīdzēsim.", Lang: "lv",
		ClientHash: client, CreatedAt: at}
}

func testInterests(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	c := newCall(t, db, newInitiative(t, db, "clean-baltic", ana.ID), "2027-01-01")
	limit := initiative.RateLimit{Max: 2, Since: base.Add(-time.Hour)}
	old := newInterest(c.ID, "h1", base.Add(-2*time.Hour))
	must(t, "AddInterest before the window", db.AddInterest(ctx(t), &old, limit))
	first, second, third := newInterest(c.ID, "h1", base), newInterest(c.ID, "h1", base.Add(time.Minute)), newInterest(c.ID, "h1", base.Add(2*time.Minute))
	must(t, "AddInterest", db.AddInterest(ctx(t), &first, limit))
	must(t, "AddInterest", db.AddInterest(ctx(t), &second, limit))
	wantErr(t, "one more than the limit", db.AddInterest(ctx(t), &third, limit), errs.ErrRateLimited)
	other := newInterest(c.ID, "h2", base)
	must(t, "AddInterest from another client", db.AddInterest(ctx(t), &other, limit))
	org := newOrg(t, db, "Zaļā Brīvība", "LV")
	first.OrgID = org.ID
	must(t, "LinkInterest", db.LinkInterest(ctx(t), first))
	got, err := db.Interests(ctx(t), c.ID)
	must(t, "Interests", err)
	first.CreatedAt = norm(first.CreatedAt)
	if len(got) != 4 || got[0].ID != old.ID || !reflect.DeepEqual(got[1], first) {
		t.Fatalf("Interests = %+v\nwant %+v second", got, first)
	}
	n, err := db.ForgetInterestClients(ctx(t), base)
	if err != nil || n != 1 {
		t.Errorf("ForgetInterestClients = %d, %v; want 1", n, err)
	}
	if got, _ := db.Interests(ctx(t), c.ID); got[0].ClientHash != "" || got[1].ClientHash != "h1" {
		t.Errorf("after forgetting: %q, %q", got[0].ClientHash, got[1].ClientHash)
	}
	missing := first
	missing.ID += 100
	wantErr(t, "LinkInterest of a missing one", db.LinkInterest(ctx(t), missing), store.ErrNotFound)
}

func testEngagementByOrg(t *testing.T, db *store.DB) {
	ana := newUser(t, db, "ana@example.org")
	in := newInitiative(t, db, "clean-baltic", ana.ID)
	zb, eko := newOrg(t, db, "Zaļā Brīvība", "LV"), newOrg(t, db, "Eko Klubs", "LV")
	e := initiative.Engagement{InitiativeID: in.ID, OrgID: zb.ID, Stage: initiative.StageContacted, Inbound: true}
	must(t, "CreateEngagement", db.CreateEngagement(ctx(t), &e, engagementHist("engaged")))
	got, err := db.EngagementByOrg(ctx(t), in.ID, zb.ID)
	if err != nil || got.ID != e.ID || !got.Inbound || got.PartnerName != "Zaļā Brīvība" {
		t.Errorf("EngagementByOrg = %+v, %v", got, err)
	}
	_, err = db.EngagementByOrg(ctx(t), in.ID, eko.ID)
	wantErr(t, "an organization not in the pipeline", err, store.ErrNotFound)
}
