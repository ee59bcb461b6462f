package initiative_test

import (
	"context"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/initiative"
	"coalition/internal/search"
	"coalition/internal/store"
)

// candidates joins the search engine and the directory, as the application does.
type candidates struct {
	*search.Engine
	*directory.Service
}

func startSearch(t *testing.T, db *store.DB) *search.Engine {
	t.Helper()
	engine := search.NewEngine(db)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	if err := engine.Start(ctx); err != nil {
		t.Fatal(err)
	}
	return engine
}

func TestSuggestRanksByGapAndExplains(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	in, _ := e.s.Create(ctx, e.ana, newECI("Tīra jūra"))
	if _, err := e.s.AddTallies(ctx, e.ana, in.ID, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC),
		map[string]int{"LV": 6000, "DE": 70000}, "web"); err != nil {
		t.Fatal(err)
	}
	mk := func(name, country, level string, members int64, topics ...string) int64 {
		o := directory.Organization{Name: name, Country: country, Level: level, Kind: "ngo", Members: members, Topics: topics}
		if err := e.db.CreateOrg(ctx, &o, directory.HistoryEntry{Action: "created"}); err != nil {
			t.Fatal(err)
		}
		return o.ID
	}
	lv := mk("Zaļā Brīvība", "LV", "local", 50, "environment_climate")
	bg := mk("Зелени Балкани", "BG", "national", 5000, "environment_climate")
	mk("Deutscher Umweltverein", "DE", "national", 90000, "environment_climate")
	engaged := mk("Eko Bulgaria", "BG", "local", 10, "environment_climate")
	if _, err := e.s.Engage(ctx, e.ana, initiative.Engagement{InitiativeID: in.ID, OrgID: engaged, Country: "BG", Stage: "contacted"}); err != nil {
		t.Fatal(err)
	}
	e.s.SetCandidates(candidates{startSearch(t, e.db), directory.NewService(e.db)})

	got, err := e.s.Suggest(ctx, e.ana, in.ID, initiative.MatchQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Org.ID != bg || got[1].Org.ID != lv {
		t.Fatalf("suggestions %+v: want BG (12,240 short) before LV (480 short), DE (over) and the engaged one left out", ids(got))
	}
	if r := got[0].Reasons[0]; r.Key != initiative.ReasonGap || r.Country != "BG" || r.N != 12240 || r.Code != "national" {
		t.Errorf("why BG: %+v", got[0].Reasons)
	}
	byTopic, err := e.s.Suggest(ctx, e.ana, in.ID, initiative.MatchQuery{Text: "umweltverein"})
	if err != nil || len(byTopic) != 1 || byTopic[0].Reasons[0].Key != initiative.ReasonWords {
		t.Errorf("by words: %+v, %v", byTopic, err)
	}
}

func ids(ss []initiative.Suggestion) []int64 {
	var out []int64
	for _, s := range ss {
		out = append(out, s.Org.ID)
	}
	return out
}
