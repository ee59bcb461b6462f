package initiative_test

import (
	"errors"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// planFixture is an ECI over threshold in DE, far from it in BG and a few
// hundred signatures short in LV and EE, with a directory where the
// best-scored organizations are in BG but cannot close its gap, while two
// lower-scored local ones can each close LV and EE.
func planFixture(t *testing.T) (env, int64, map[string]int64) {
	t.Helper()
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	counts := map[string]int{"DE": 70000, "LV": 6000, "EE": 4800}
	if _, err := e.s.AddTallies(ctx, e.ana, in.ID, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), counts, "web"); err != nil {
		t.Fatal(err)
	}
	orgs := map[string]int64{}
	for _, o := range []directory.Organization{
		{Name: "Зелени Балкани", Country: "BG", Level: "national", Members: 5000},
		{Name: "Еко Варна", Country: "BG", Level: "local", Members: 1000},
		{Name: "Zaļā Brīvība", Country: "LV", Level: "local", Members: 10000},
		{Name: "Roheline Tartu", Country: "EE", Level: "local", Members: 6000},
		{Name: "Deutscher Umweltverein", Country: "DE", Level: "national", Members: 90000},
	} {
		o.Kind, o.Topics = "ngo", []string{"environment_climate"}
		if err := e.db.CreateOrg(ctx, &o, directory.HistoryEntry{Action: "created"}); err != nil {
			t.Fatal(err)
		}
		orgs[o.Country+"-"+o.Level] = o.ID
	}
	e.s.SetCandidates(candidates{startSearch(t, e.db), directory.NewService(e.db)})
	return e, in.ID, orgs
}

func TestPlanAllianceClosesMoreStatesThanTopScored(t *testing.T) {
	e, id, orgs := planFixture(t)
	top, err := e.s.Suggest(t.Context(), e.ana, id, initiative.MatchQuery{Limit: 2})
	if err != nil || len(top) != 2 || top[0].Org.Country != "BG" || top[1].Org.Country != "BG" {
		t.Fatalf("the two best-scored suggestions should be the BG ones: %v, %v", ids(top), err)
	}
	p, err := e.s.PlanAlliance(t.Context(), e.ana, id, initiative.MatchQuery{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Picks) != 2 || p.Picks[0].Org.ID != orgs["LV-local"] || p.Picks[1].Org.ID != orgs["EE-local"] {
		t.Fatalf("picks %+v: want the LV then the EE local partner", p.Picks)
	}
	// LV: 10% of 10,000 members, halved by the default delivery rate.
	if pk := p.Picks[0]; pk.Capacity != 500 || pk.Country != "LV" || !pk.Closes || pk.ToGap != 480 || pk.Rate != 0.5 {
		t.Errorf("LV pick %+v", pk)
	}
	if p.Before.StatesOver != 1 || p.After.StatesOver != 3 || p.TopScored.StatesOver != 1 {
		t.Errorf("states over: before %d, plan %d, top-scored %d; want 1, 3, 1", p.Before.StatesOver, p.After.StatesOver, p.TopScored.StatesOver)
	}
	if p.After.Total != p.Before.Total+500+300 || p.Pool != 4 || len(p.States) != 2 {
		t.Errorf("total %d → %d, pool %d, states changed %+v", p.Before.Total, p.After.Total, p.Pool, p.States)
	}
}

func TestPlanAllianceLeavesEngagedOutAndChecksK(t *testing.T) {
	e, id, orgs := planFixture(t)
	ctx := t.Context()
	if _, err := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: id, OrgID: orgs["LV-local"], Country: "LV", Stage: "identified"}); err != nil {
		t.Fatal(err)
	}
	p, err := e.s.PlanAlliance(ctx, e.ana, id, initiative.MatchQuery{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, pk := range p.Picks {
		if pk.Org.ID == orgs["LV-local"] {
			t.Errorf("an engaged partner was planned: %+v", pk)
		}
	}
	if len(p.Picks) != 3 || p.Picks[0].Org.ID != orgs["EE-local"] {
		t.Errorf("picks %+v: want EE first, then the two BG ones", p.Picks)
	}
	for _, k := range []int{0, -1, initiative.MaxPlanSize + 1} {
		_, err := e.s.PlanAlliance(ctx, e.ana, id, initiative.MatchQuery{}, k)
		var le *i18n.LocalizedError
		if !errors.As(err, &le) || le.Field != "k" || !errors.Is(err, errs.ErrInvalid) {
			t.Errorf("k=%d: %v", k, err)
		}
	}
	if _, err := e.s.PlanAlliance(ctx, e.cy, id, initiative.MatchQuery{}, 5); err == nil {
		t.Error("a stranger planned the alliance")
	}
}

func TestCapacityModelEstimate(t *testing.T) {
	m := initiative.DefaultCapacityModel
	for _, c := range []struct {
		o    directory.Organization
		rate float64
		want int
	}{
		{directory.Organization{Level: "local", Members: 1000, Audience: 20000}, 1, 200},
		{directory.Organization{Level: "local", Members: 1_000_000}, 0.5, 1000},
		{directory.Organization{Level: "national"}, 0.5, 25},
		{directory.Organization{Level: "european", Members: 100000}, 1, 1000},
		{directory.Organization{Members: 2000}, 1, 100},
	} {
		if got := m.Estimate(c.o, c.rate); got != c.want {
			t.Errorf("%s %d members %d audience at %.1f: %d, want %d", c.o.Level, c.o.Members, c.o.Audience, c.rate, got, c.want)
		}
	}
}
