package initiative_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"coalition/internal/errs"
	"coalition/internal/initiative"
)

func TestTalliesAndCoverage(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	on := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	if _, err := e.s.AddTallies(ctx, e.ana, in.ID, on, map[string]int{"LV": 3000, "GR": 100}, "web"); err != nil {
		t.Fatal(err)
	}
	// A partner that delivered 800 of 1,000 in an ended engagement elsewhere.
	other, _ := e.s.Create(ctx, e.ana, newECI("Earlier"))
	lv := newOrg(t, e.db, "Zaļā Brīvība", "LV")
	_, err := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: other.ID, OrgID: lv, Country: "LV", Stage: initiative.StageEnded,
		Pledge: initiative.Pledge{Signatures: map[string]int{"LV": 1000}}, Delivered: initiative.Delivered{Signatures: map[string]int{"LV": 800}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: in.ID, OrgID: lv, Country: "LV", Stage: initiative.StageInTalks,
		Pledge: initiative.Pledge{Signatures: map[string]int{"LV": 5000}}}); err != nil {
		t.Fatal(err)
	}
	c, ts, err := e.s.Coverage(ctx, e.ana, in.ID)
	if err != nil || len(ts) != 2 {
		t.Fatalf("coverage %v, %d tallies", err, len(ts))
	}
	for _, s := range c.States {
		if s.Code == "LV" && (s.Collected != 3000 || s.Projected != 3000+4000 || !s.Reaches) {
			t.Errorf("LV %+v: 3,000 collected and 5,000 pledged at 80%%", s)
		}
		if s.Code == "EL" && s.Collected != 100 {
			t.Errorf("EL %+v", s)
		}
	}
}

func TestTalliesRefused(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	on := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name   string
		on     time.Time
		counts map[string]int
	}{
		{"a negative count", on, map[string]int{"LV": -1}},
		{"a day in the future", time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), map[string]int{"LV": 1}},
		{"before the registration", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), map[string]int{"LV": 1}},
		{"the United Kingdom after it left", on, map[string]int{"UK": 1}},
		{"nothing", on, map[string]int{}},
	} {
		if _, err := e.s.AddTallies(ctx, e.ana, in.ID, tc.on, tc.counts, "web"); !errors.Is(err, errs.ErrInvalid) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	if err := e.s.SetMember(ctx, e.ana, initiative.Member{InitiativeID: in.ID, UserID: e.bo.UserID, Role: initiative.RoleCoordinator, Countries: []string{"LV"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.s.AddTallies(ctx, e.bo, in.ID, on, map[string]int{"BG": 10}, "web"); !errors.Is(err, errs.ErrForbidden) {
		t.Errorf("a coordinator of LV tallies BG: %v", err)
	}
	_, problems, err := e.s.ImportTallies(ctx, e.ana, in.ID, on, strings.NewReader("LV,10\nAtlantis,3\n"), "import")
	if err != nil || len(problems) != 1 || problems[0].Line != 2 {
		t.Errorf("import with a bad line: %+v, %v", problems, err)
	}
	if _, ts, _ := e.s.Coverage(ctx, e.ana, in.ID); len(ts) != 0 {
		t.Errorf("a refused import recorded %d tallies", len(ts))
	}
}
