package initiative_test

import (
	"errors"
	"log/slog"
	"reflect"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/initiative"
)

// callEnv is env with a call service and a published initiative of ana's, on
// whose team bo is a viewer.
type callEnv struct {
	env
	calls *initiative.Service
	in    initiative.Initiative
}

func newCallEnv(t *testing.T) callEnv {
	t.Helper()
	e := callEnv{env: newEnv(t)}
	e.calls = e.s
	e.calls.SetLogger(slog.New(slog.NewTextHandler(t.Output(), nil)))
	e.in = e.publicInitiative(t, "Tīra Baltijas jūra")
	if err := e.s.SetMember(t.Context(), e.ana, initiative.Member{InitiativeID: e.in.ID, UserID: e.bo.UserID, Role: initiative.RoleViewer}); err != nil {
		t.Fatal(err)
	}
	return e
}

// publicInitiative creates a published ECI of ana's.
func (e callEnv) publicInitiative(t *testing.T, title string) initiative.Initiative {
	t.Helper()
	in := newECI(title)
	in.Public = true
	in, err := e.s.Create(t.Context(), e.ana, in)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// setDay moves the clock to noon UTC of a day.
func (e callEnv) setDay(s string) {
	d, _ := time.Parse(time.DateOnly, s)
	e.s.SetClock(func() time.Time { return d.Add(12 * time.Hour) })
}

// newCall is a valid call of initiative id with a deadline.
func newCall(id int64, deadline string) initiative.Call {
	d, _ := time.Parse(time.DateOnly, deadline)
	return initiative.Call{InitiativeID: id, Titles: []directory.Text{{Lang: "en", Value: "Partners wanted by " + deadline}},
		Roles: []string{"intermediary"}, Deadline: d, Open: true}
}

// publish publishes c as ana and fails the test on an error.
func (e callEnv) publish(t *testing.T, c initiative.Call) initiative.Call {
	t.Helper()
	c, err := e.calls.PublishCall(t.Context(), e.ana, c)
	if err != nil {
		t.Fatalf("PublishCall(%+v): %v", c, err)
	}
	return c
}

func TestPublishCall(t *testing.T) {
	e := newCallEnv(t)
	c := newCall(e.in.ID, "2027-01-31")
	c.Titles = []directory.Text{{Lang: "lv", Value: "  Meklējam   partnerus "}, {Lang: "EN", Value: "Partners wanted"}}
	c.Roles, c.Countries = []string{"sponsor", "Intermediary ", "sponsor"}, []string{"lv", "GR", "EL"}
	c.Topics, c.Languages = []string{"environment_climate"}, []string{"LV", "bg"}
	c.Deadline = time.Date(2027, 1, 31, 18, 30, 0, 0, time.UTC)
	got := e.publish(t, c)
	want := []any{[]string{"intermediary", "sponsor"}, []string{"EL", "LV"}, []string{"bg", "lv"}, "Meklējam partnerus", "2027-01-31", e.ana.UserID}
	if have := []any{got.Roles, got.Countries, got.Languages, got.Title("lv"), got.Deadline.Format(time.DateOnly), got.Responsible}; !reflect.DeepEqual(have, want) {
		t.Errorf("published %v, want %v", have, want)
	}
	if got.Title("en") != "Partners wanted" || got.ID == 0 || got.Version != 1 {
		t.Errorf("published %+v", got)
	}
	if _, err := e.calls.PublishCall(t.Context(), e.bo, newCall(e.in.ID, "2027-01-31")); !errors.Is(err, errs.ErrForbidden) {
		t.Errorf("a viewer publishes: %v", err)
	}
	if _, err := e.calls.PublishCall(t.Context(), e.cy, newCall(e.in.ID, "2027-01-31")); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("someone off the team publishes: %v", err)
	}
}

func TestPublishCallRefuses(t *testing.T) {
	e := newCallEnv(t)
	for _, tc := range []struct {
		name       string
		change     func(c *initiative.Call)
		field, key string
	}{
		{"no title", func(c *initiative.Call) { c.Titles = []directory.Text{{Lang: "en", Value: " "}} }, "titles", "validation.required"},
		{"a title in an unknown language", func(c *initiative.Call) { c.Titles[0].Lang = "xx" }, "titles", "validation.language"},
		{"no role", func(c *initiative.Call) { c.Roles = nil }, "roles", "validation.required"},
		{"an unknown role", func(c *initiative.Call) { c.Roles = []string{"friend"} }, "roles", "validation.vocab"},
		{"a country outside the EU", func(c *initiative.Call) { c.Countries = []string{"LV", "NO"} }, "countries", "validation.country"},
		{"an unknown topic", func(c *initiative.Call) { c.Topics = []string{"weather"} }, "topics", "validation.vocab"},
		{"a language that is not an EU one", func(c *initiative.Call) { c.Languages = []string{"ru"} }, "languages", "validation.language"},
		{"no deadline", func(c *initiative.Call) { c.Deadline = time.Time{} }, "deadline", "validation.required"},
		{"an open call past its deadline", func(c *initiative.Call) { c.Deadline = c.Deadline.AddDate(0, -3, 0) }, "deadline", "call.deadline_past"},
		{"someone off the team responsible", func(c *initiative.Call) { c.Responsible = e.cy.UserID }, "responsible", "engagement.responsible_not_on_team"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newCall(e.in.ID, "2027-01-31")
			tc.change(&c)
			_, err := e.calls.PublishCall(t.Context(), e.ana, c)
			wantKey(t, tc.name, err, tc.field, tc.key)
		})
	}
	closed := newCall(e.in.ID, "2026-11-01")
	closed.Open = false
	if _, err := e.calls.PublishCall(t.Context(), e.ana, closed); err != nil {
		t.Errorf("a closed call past its deadline: %v", err)
	}
}

func TestUpdateCall(t *testing.T) {
	e := newCallEnv(t)
	c := e.publish(t, newCall(e.in.ID, "2027-01-31"))
	stale := c
	c.Open, c.Responsible, c.InitiativeID = false, e.bo.UserID, 0
	got, err := e.calls.UpdateCall(t.Context(), e.ana, c)
	if err != nil || got.Open || got.Version != 2 || got.InitiativeID != e.in.ID || got.Responsible != e.bo.UserID {
		t.Fatalf("closed: %+v, %v", got, err)
	}
	if _, err := e.calls.UpdateCall(t.Context(), e.ana, stale); !errors.Is(err, errs.ErrStale) {
		t.Errorf("a stale update: %v", err)
	}
	if _, err := e.calls.UpdateCall(t.Context(), e.bo, got); !errors.Is(err, errs.ErrForbidden) {
		t.Errorf("a viewer updates: %v", err)
	}
	list, err := e.calls.Calls(t.Context(), e.bo, e.in.ID)
	if err != nil || len(list) != 1 || list[0].Open {
		t.Errorf("the viewer's list: %+v, %v", list, err)
	}
	if _, err := e.calls.Calls(t.Context(), e.cy, e.in.ID); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("someone off the team lists: %v", err)
	}
	if _, a, err := e.calls.TeamCall(t.Context(), e.bo, c.ID); err != nil || a.CanManage() {
		t.Errorf("the viewer reads the call: %+v, %v", a, err)
	}
}

func TestOpenCallsBoard(t *testing.T) {
	e := newCallEnv(t)
	wide := newCall(e.in.ID, "2026-12-15")
	wide.Roles = []string{"sponsor"}
	narrow := newCall(e.in.ID, "2027-01-10")
	narrow.Countries, narrow.Languages, narrow.Topics = []string{"LV"}, []string{"lv"}, []string{"environment_climate"}
	wide, narrow = e.publish(t, wide), e.publish(t, narrow)
	lastDay := e.publish(t, newCall(e.in.ID, "2026-11-26"))
	e.publish(t, newCall(e.in.ID, "2026-11-25"))
	closed := newCall(e.in.ID, "2027-02-01")
	closed.Open = false
	closed = e.publish(t, closed)
	hidden := newECI("Unpublished")
	hidden, _ = e.s.Create(t.Context(), e.ana, hidden)
	hiddenCall := e.publish(t, newCall(hidden.ID, "2027-01-01"))
	e.setDay("2026-11-26")
	for _, tc := range []struct {
		f    initiative.CallFilter
		want []int64
	}{
		{initiative.CallFilter{}, []int64{lastDay.ID, wide.ID, narrow.ID}},
		{initiative.CallFilter{Role: "sponsor"}, []int64{wide.ID}},
		{initiative.CallFilter{Country: "lv"}, []int64{lastDay.ID, wide.ID, narrow.ID}},
		{initiative.CallFilter{Country: "EE"}, []int64{lastDay.ID, wide.ID}},
		{initiative.CallFilter{Topic: "environment_climate"}, []int64{narrow.ID}},
		{initiative.CallFilter{Language: "de", Role: "intermediary"}, []int64{lastDay.ID}},
		{initiative.CallFilter{Language: "LV", Country: "LV", Topic: "environment_climate"}, []int64{narrow.ID}},
	} {
		got, err := e.calls.OpenCalls(t.Context(), tc.f)
		if ids := callIDs(got); err != nil || !reflect.DeepEqual(ids, tc.want) {
			t.Errorf("OpenCalls(%+v) = %v, %v; want %v", tc.f, ids, err, tc.want)
		}
	}
	if got, err := e.calls.Call(t.Context(), closed.ID); err != nil || got.InitiativeSlug != e.in.Slug || got.Accepting(time.Now()) {
		t.Errorf("a closed call of a published initiative: %+v, %v", got, err)
	}
	if _, err := e.calls.Call(t.Context(), hiddenCall.ID); !errors.Is(err, errs.ErrNotFound) {
		t.Errorf("a call of an unpublished initiative: %v", err)
	}
}

func callIDs(cs []initiative.Call) []int64 {
	out := []int64{}
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}
