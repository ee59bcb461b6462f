package e2e

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"coalition/internal/directory"
	"coalition/internal/initiative"
)

// seedPartners stores an ECI owned by email with tallies over threshold in
// DE and short elsewhere, and organizations in several member states to
// suggest; it returns the initiative.
func seedPartners(t *testing.T, s server, email string) initiative.Initiative {
	t.Helper()
	ctx := t.Context()
	u, err := s.App.Accounts.UserByEmail(ctx, email)
	if err != nil {
		t.Fatal(err)
	}
	actor := initiative.Actor{UserID: u.ID}
	in, err := s.App.Initiatives.Create(ctx, actor, initiative.Initiative{Kind: initiative.KindECI,
		Titles: []directory.Text{{Lang: "en", Value: "Clean Baltic"}}, RegisteredOn: time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{"DE": 70000, "LV": 6000, "EE": 4800, "LT": 6900, "BG": 3000}
	if _, err := s.App.Initiatives.AddTallies(ctx, actor, in.ID, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), counts, "web"); err != nil {
		t.Fatal(err)
	}
	for _, o := range []directory.Organization{
		{Name: "Зелени Балкани", Country: "BG", Level: "national", Members: 5000, Audience: 40000},
		{Name: "Еко Варна", Country: "BG", Level: "local", Members: 1200},
		{Name: "Zaļā Brīvība", Country: "LV", Level: "local", Members: 10000},
		{Name: "Roheline Tartu", Country: "EE", Level: "local", Members: 6000},
		{Name: "Žalioji Lietuva", Country: "LT", Level: "regional", Members: 12000, Audience: 80000},
		{Name: "Deutscher Umweltverein", Country: "DE", Level: "national", Members: 90000},
	} {
		o.Kind, o.Topics = "ngo", []string{"environment_climate"}
		if _, err := s.App.Directory.CreateOrg(ctx, directory.Actor{UserID: u.ID}, o); err != nil {
			t.Fatal(err)
		}
	}
	return in
}

func TestPartnersPageInTheBrowser(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "anna@example.org", "Anna Bērziņa")
	in := seedPartners(t, s, "anna@example.org")
	for deadline := time.Now().Add(10 * time.Second); !s.App.Search.Ready() && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	ctx := browser(t)
	signIn(t, ctx, s.URL, "anna@example.org", testPassword)
	page := s.URL + "/initiatives/" + strconv.FormatInt(in.ID, 10) + "/partners"

	do(t, ctx, chromedp.Navigate(page+"?lang=lv&k=3"), chromedp.WaitVisible(chromedp.CSS(".partners-plan")))
	screenshot(t, ctx, "partners-lv")
	// One click adds the first suggestion; htmx swaps its row in place.
	do(t, ctx, chromedp.Click(chromedp.CSS(".partners-list .partners-add button")),
		waitText(".partners-list .partners-added", s.App.I18n.T("lv", "partners.added")))
	screenshot(t, ctx, "partners-added-lv")
	if got := location(t, ctx); got != "/initiatives/"+strconv.FormatInt(in.ID, 10)+"/partners" {
		t.Errorf("the add left the page: %s", got)
	}
	es, err := s.App.Initiatives.Pipeline(t.Context(), initiative.Actor{UserID: mustID(t, s, "anna@example.org")}, in.ID, initiative.EngagementFilter{})
	if err != nil || len(es) != 1 || es[0].Stage != initiative.StageIdentified {
		t.Errorf("pipeline after one click: %+v, %v", es, err)
	}

	do(t, ctx, chromedp.Navigate(page+"?lang=bg&k=5"), chromedp.WaitVisible(chromedp.CSS(".partners-plan")),
		chromedp.Click(chromedp.CSS(".partners-model summary")))
	screenshot(t, ctx, "partners-bg")
	do(t, ctx, chromedp.Click(chromedp.CSS(".partners-add-all button")), waitPath("/initiatives/"+strconv.FormatInt(in.ID, 10)+"/pipeline"))
	screenshot(t, ctx, "partners-plan-added-bg")
}

// mustID returns the id of the user with email.
func mustID(t *testing.T, s server, email string) int64 {
	t.Helper()
	u, err := s.App.Accounts.UserByEmail(t.Context(), email)
	if err != nil {
		t.Fatal(err)
	}
	return u.ID
}
