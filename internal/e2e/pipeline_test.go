package e2e

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"coalition/internal/directory"
	"coalition/internal/initiative"
)

// seedPipeline stores an ECI owned by email with an alliance goal and
// partners at several stages; it returns the initiative and the engagement
// in talks.
func seedPipeline(t *testing.T, s server, email string) (initiative.Initiative, initiative.Engagement) {
	t.Helper()
	ctx := t.Context()
	u, err := s.App.Accounts.UserByEmail(ctx, email)
	if err != nil {
		t.Fatal(err)
	}
	actor := initiative.Actor{UserID: u.ID}
	in, err := s.App.Initiatives.Create(ctx, actor, initiative.Initiative{Kind: initiative.KindECI, AllianceGoal: 20,
		Titles: []directory.Text{{Lang: "en", Value: "Clean Air for All"}}})
	if err != nil {
		t.Fatal(err)
	}
	firm := initiative.Commitment{On: time.Now().UTC().AddDate(0, 0, -3), ConfirmedBy: "Board", How: "letter", LogoPermission: true}
	var talks initiative.Engagement
	for _, p := range []struct {
		name, country, kind, sector, stage string
		pledge                             int
	}{
		{"Zaļie Rīgā", "LV", "ngo", "civil", initiative.StageIdentified, 0},
		{"Latvijas Dabas fonds", "LV", "foundation", "civil", initiative.StageContacted, 500},
		{"Зелени Балкани", "BG", "ngo", "civil", initiative.StageInTalks, 2000},
		{"Rīgas Tehniskā universitāte", "LV", "education_research", "public", initiative.StageCommitted, 1200},
		{"Asociația Verde", "RO", "association", "civil", initiative.StageActive, 3000},
		{"Sindikat Zelena Energija", "SI", "trade_union", "private", initiative.StageDeclined, 0},
	} {
		o, err := s.App.Directory.CreateOrg(ctx, directory.Actor{UserID: u.ID},
			directory.Organization{Name: p.name, Country: p.country, Kind: p.kind, Sector: p.sector})
		if err != nil {
			t.Fatal(err)
		}
		e := initiative.Engagement{InitiativeID: in.ID, OrgID: o.ID, Country: p.country, Stage: p.stage,
			Roles: []string{"intermediary", "volunteer"}, Level: "national"}
		if p.pledge > 0 {
			e.Pledge = initiative.Pledge{Signatures: map[string]int{p.country: p.pledge}, Volunteers: p.pledge / 100}
		}
		if p.stage == initiative.StageCommitted || p.stage == initiative.StageActive {
			e.Commitment = firm
		}
		if e, err = s.App.Initiatives.Engage(ctx, actor, e); err != nil {
			t.Fatalf("engage %s: %v", p.name, err)
		}
		if p.stage == initiative.StageInTalks {
			talks = e
		}
	}
	return in, talks
}

func TestPipelineBoardInTheBrowser(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "anna@example.org", "Anna Bērziņa")
	in, talks := seedPipeline(t, s, "anna@example.org")
	ctx := browser(t)
	signIn(t, ctx, s.URL, "anna@example.org", testPassword)
	board := s.URL + "/initiatives/" + strconv.FormatInt(in.ID, 10) + "/pipeline"
	card := "#card-" + strconv.FormatInt(talks.ID, 10)

	do(t, ctx, chromedp.Navigate(board+"?lang=lv"), chromedp.WaitVisible(chromedp.CSS("#pipeline-board")))
	// An htmx move without a commitment shows the reason in place.
	do(t, ctx, chromedp.SetValue(chromedp.CSS(card+" select"), "committed"), chromedp.Click(chromedp.CSS(card+" button")),
		waitText("#pipeline-board", s.App.I18n.T("lv", "engagement.commitment_required")))
	screenshot(t, ctx, "pipeline-refused-lv")
	if got := location(t, ctx); !strings.HasSuffix(got, "/pipeline") {
		t.Errorf("the refused move left the page: %s", got)
	}
	do(t, ctx, chromedp.SetValue(chromedp.CSS(card+" select"), "contacted"), chromedp.Click(chromedp.CSS(card+" button")),
		waitTrue(`document.querySelector('[data-stage="contacted"] `+card+`')`))
	screenshot(t, ctx, "pipeline-board-lv")

	for _, lang := range []string{"bg", "lv"} {
		do(t, ctx, chromedp.Navigate(board+"?lang="+lang), chromedp.WaitVisible(chromedp.CSS("#pipeline-board")))
		if got := text(t, ctx, ".pipeline-progress"); got != s.App.I18n.N(lang, "pipeline.goal.progress", 2, "goal", 20) {
			t.Errorf("%s: the goal says %q", lang, got)
		}
		screenshot(t, ctx, "pipeline-board-"+lang)
		do(t, ctx, chromedp.Navigate(board+"/"+strconv.FormatInt(talks.ID, 10)+"?stage=committed"),
			chromedp.WaitVisible(chromedp.CSS("#pipeline-form")))
		screenshot(t, ctx, "pipeline-edit-"+lang)
		do(t, ctx, chromedp.Navigate(board+"?view=table"), chromedp.WaitVisible(chromedp.CSS(".pipeline-table")))
		screenshot(t, ctx, "pipeline-table-"+lang)
	}
	do(t, ctx, chromedp.Navigate(board+"/new?lang=lv"), chromedp.WaitVisible(chromedp.CSS("#f-q")),
		chromedp.SendKeys(chromedp.CSS("#f-q"), "Rīg"), waitText("#partner-results", "Zaļie Rīgā"))
	screenshot(t, ctx, "pipeline-new-lv")
}
