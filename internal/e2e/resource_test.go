package e2e

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"coalition/internal/initiative"
)

// seedResources records a sponsorship received from the partner in talks and
// a hall pledged by a source named in words.
func seedResources(t *testing.T, s server, email string, in initiative.Initiative, talks initiative.Engagement) {
	t.Helper()
	u, err := s.App.Accounts.UserByEmail(t.Context(), email)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Now().UTC().AddDate(0, 0, -10).Truncate(24 * time.Hour)
	for _, r := range []initiative.Resource{
		{EngagementID: talks.ID, What: "Спонсорство на старта", Kind: "money", Value: 250000, Currency: "BGN", Status: "received", On: day},
		{Source: "Rīgas dome", What: "Zāle atklāšanai uz trim dienām", Kind: "in_kind", Value: 80000, Currency: "EUR", Status: "pledged", On: day.AddDate(0, 0, 20), Note: "Apstiprināts pa e-pastu"},
	} {
		r.InitiativeID = in.ID
		if _, err := s.App.Initiatives.AddResource(t.Context(), initiative.Actor{UserID: u.ID}, r); err != nil {
			t.Fatalf("add resource %s: %v", r.What, err)
		}
	}
}

func TestResourcesInTheBrowser(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "anna@example.org", "Anna Bērziņa")
	in, talks := seedPipeline(t, s, "anna@example.org")
	seedResources(t, s, "anna@example.org", in, talks)
	ctx := browser(t)
	signIn(t, ctx, s.URL, "anna@example.org", testPassword)
	page := s.URL + "/initiatives/" + strconv.FormatInt(in.ID, 10)

	do(t, ctx, chromedp.Navigate(page+"?lang=lv"), chromedp.Click(chromedp.CSS(`a[href$="/resources"]`)),
		chromedp.WaitVisible(chromedp.CSS(".resource-table")))
	do(t, ctx, fill("source", "Latvijas Vides aizsardzības fonds"), fill("what", "Skrejlapu druka"),
		chromedp.SetValue(chromedp.CSS("#f-kind"), "money"), fill("value", "1200,50"),
		chromedp.SetValue(chromedp.CSS("#f-status"), "pledged"),
		chromedp.Submit(chromedp.CSS("form.resource-form")), waitText("#flash", s.App.I18n.T("lv", "resource.added")))
	if got := text(t, ctx, ".resource-totals"); !strings.Contains(got, "2000.50") || !strings.Contains(got, "2500.00") {
		t.Errorf("the totals say %q", got)
	}
	screenshot(t, ctx, "resources-lv")
	do(t, ctx, chromedp.Navigate(page+"/resources?lang=bg"), chromedp.WaitVisible(chromedp.CSS(".resource-table")),
		chromedp.Click(chromedp.CSS(`.resource-table a[href*="/resources/"]`)), chromedp.WaitVisible(chromedp.CSS(".resource-delete")))
	if got := text(t, ctx, "#resource-form-title"); got != s.App.I18n.T("bg", "resource.edit.title") {
		t.Errorf("the edit form's title is %q", got)
	}
	screenshot(t, ctx, "resources-bg")
}
