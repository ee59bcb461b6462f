package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/initiative"
)

// seedCalls publishes two open calls of in: volunteers in Latvia and
// Bulgaria, and sponsors anywhere.
func seedCalls(t *testing.T, s server, owner account.User, in initiative.Initiative) []initiative.Call {
	t.Helper()
	deadline := time.Now().UTC().AddDate(0, 2, 0)
	var out []initiative.Call
	for _, c := range []initiative.Call{
		{Titles: []directory.Text{{Lang: "en", Value: "Volunteers to collect signatures"}, {Lang: "lv", Value: "Brīvprātīgie parakstu vākšanai"},
			{Lang: "bg", Value: "Доброволци за събиране на подписи"}},
			Texts: []directory.Text{{Lang: "lv", Value: "Meklējam biedrības, kas var organizēt parakstu vākšanu Rīgā un Liepājā."},
				{Lang: "bg", Value: "Търсим организации, които могат да събират подписи в София и Варна."}},
			Roles: []string{"volunteer", "intermediary"}, Countries: []string{"LV", "BG"}, Topics: []string{"environment_climate"},
			Languages: []string{"lv", "bg"}, Deadline: deadline},
		{Titles: []directory.Text{{Lang: "en", Value: "Sponsors for the campaign"}, {Lang: "lv", Value: "Kampaņas atbalstītāji"},
			{Lang: "bg", Value: "Спонсори на кампанията"}}, Roles: []string{"sponsor"}, Deadline: deadline.AddDate(0, 0, 14)},
	} {
		c.InitiativeID, c.Open = in.ID, true
		saved, err := s.App.Initiatives.PublishCall(context.Background(), initiative.Actor{UserID: owner.ID}, c)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, saved)
	}
	return out
}

// TestCallBoardAndInterest looks at the public board of partner calls and
// at a call in Latvian and Bulgarian, checks that the honeypot stays out of
// sight, and answers a call.
func TestCallBoardAndInterest(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "anna@example.org", "Anna Bērziņa")
	owner, err := s.App.Accounts.UserByEmail(context.Background(), "anna@example.org")
	if err != nil {
		t.Fatal(err)
	}
	calls := seedCalls(t, s, owner, seedCampaign(t, s, owner))
	first := s.URL + "/calls/" + strconv.FormatInt(calls[0].ID, 10)
	visitor := browser(t)
	for _, lang := range []string{"lv", "bg"} {
		do(t, visitor, chromedp.Navigate(s.URL+"/calls?lang="+lang), chromedp.WaitVisible(chromedp.CSS(".call-cards")))
		if n := value(t, visitor, chromedp.Evaluate[int](`document.querySelectorAll(".call-card").length`)); n != 2 {
			t.Errorf("%s: %d calls on the board", lang, n)
		}
		screenshot(t, visitor, "calls-board-"+lang)
		do(t, visitor, chromedp.Navigate(first+"?lang="+lang), chromedp.WaitVisible(chromedp.CSS("#interest-form")))
		if off := value(t, visitor, chromedp.Evaluate[bool](`document.querySelector(".call-honeypot").getBoundingClientRect().right <= 0`)); !off {
			t.Errorf("%s: the honeypot is in sight", lang)
		}
		screenshot(t, visitor, "call-"+lang)
	}
	do(t, visitor, chromedp.Navigate(s.URL+"/calls?lang=bg"), chromedp.WaitVisible(chromedp.CSS(".call-cards")),
		chromedp.SetValue(chromedp.CSS("#f-role"), "sponsor"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#f-role").dispatchEvent(new Event("change", {bubbles: true}))`),
		waitTrue(`document.querySelectorAll(".call-card").length === 1 && location.search.includes("role=sponsor")`))
	screenshot(t, visitor, "calls-board-filtered-bg")

	do(t, visitor, chromedp.Navigate(first+"?lang=bg"), chromedp.WaitVisible(chromedp.CSS("#interest-form")),
		fill("org_name", "Зелени Балкани"), chromedp.SetValue(chromedp.CSS("#f-country"), "BG"),
		fill("contact_name", "Иван Петров"), fill("contact_email", "ivan@gb.example.bg"),
		chromedp.SendKeys(chromedp.CSS("#f-message"), "Можем да събираме подписи във Варна."),
		chromedp.Click(chromedp.CSS(`input[name="consent"]`)), chromedp.Submit(chromedp.CSS("#interest-form")),
		waitText("h1", s.App.I18n.T("bg", "call.thanks.title")))
	screenshot(t, visitor, "call-thanks-bg")
	its, err := s.App.Initiatives.Interests(context.Background(), initiative.Actor{UserID: owner.ID}, calls[0].ID)
	if err != nil || len(its) != 1 || its[0].EngagementID == 0 || !strings.Contains(its[0].Message, "Варна") {
		t.Errorf("interests %+v, %v", its, err)
	}
}
