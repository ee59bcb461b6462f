package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// waitTrue waits until a script expression is true on the current page.
func waitTrue(expr string) chromedp.Action[chromedp.Void] {
	check := chromedp.Evaluate[bool]("(() => { try { return !!(" + expr + ") } catch (e) { return false } })()")
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		for {
			if ok, err := check(ctx, t); err == nil && ok {
				return nil
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(50 * time.Millisecond):
			}
		}
	})
}

// groupMember is a member of a group of organisers as the form takes it.
type groupMember struct {
	name, residence, nationality, role string
	mep                                bool
}

// typeMember fills the group form: the selects and boxes first, the name
// last, so its typing asks for the live check of the whole form.
func typeMember(m groupMember) []chromedp.Action[chromedp.Void] {
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.SetValue(chromedp.CSS("#f-residence"), m.residence),
		chromedp.SetValue(chromedp.CSS("#f-nationality"), m.nationality),
		chromedp.SetValue(chromedp.CSS("#f-organizer-role"), m.role),
		chromedp.Click(chromedp.CSS(`#group-form input[name="age_confirmed"]`)),
	}
	if m.mep {
		steps = append(steps, chromedp.Click(chromedp.CSS(`#group-form input[name="mep"]`)))
	}
	return append(steps, chromedp.SendKeys(chromedp.CSS("#f-name"), m.name))
}

func TestInitiativeGroupOfOrganisers(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "anna@example.org", "Anna Bērziņa")
	mustUser(t, s, "janis@example.org", "Jānis Ozols")
	ctx := browser(t)
	signIn(t, ctx, s.URL, "anna@example.org", testPassword)

	do(t, ctx, chromedp.Navigate(s.URL+"/initiatives/new?lang=lv"), fill("registered_on", "01022011"),
		chromedp.Submit(chromedp.CSS("form.initiative-form")), chromedp.WaitVisible(chromedp.CSS(".org-alert")))
	screenshot(t, ctx, "initiative-new-lv")
	do(t, ctx, chromedp.Navigate(s.URL+"/initiatives/new?lang=en"), fill("titles.0.value", "Clean Air for All"),
		chromedp.SendKeys(chromedp.CSS(`textarea[name="descriptions.0.value"]`), "Stricter EU limits for fine dust in every city."),
		chromedp.Submit(chromedp.CSS("form.initiative-form")),
		waitTrue(`/^\/initiatives\/\d+$/.test(location.pathname) && document.readyState === "complete"`))
	page := location(t, ctx)
	do(t, ctx, fill("email", "janis@example.org"), chromedp.SetValue(chromedp.CSS("#f-role"), "country_coordinator"),
		chromedp.Evaluate[chromedp.Void](`for (const o of document.querySelectorAll("#f-countries option")) o.selected = ["LV", "LT"].includes(o.value)`),
		chromedp.Submit(chromedp.CSS("#team-add")), waitText("#flash", s.App.I18n.T("en", "initiative.team.added")))
	if team := text(t, ctx, "#team table"); !strings.Contains(team, "Jānis Ozols") || !strings.Contains(team, "Latvia, Lithuania") {
		t.Errorf("the team lists the new country coordinator and their states: %q", team)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`a[href$="/organizers"]`)), waitPath(page+"/organizers"))

	members := []groupMember{
		{"Anna Bērziņa", "LV", "LV", "representative", false},
		{"Ivan Petrov", "BG", "BG", "substitute", false},
		{"Klaus Weber", "DE", "DE", "member", true},
		{"Ioana Popescu", "RO", "RO", "member", false},
		{"Maja Novak", "SI", "SI", "member", false},
		{"Lotte Peeters", "BE", "NL", "member", false},
		{"Marie Dupont", "FR", "FR", "member", false},
		{"Nikos Papadopoulos", "GR", "GR", "stand_in", false},
	}
	complete := s.App.I18n.N("en", "initiative.group.complete", 7, "states", 7)
	for i, m := range members {
		do(t, ctx, chromedp.Navigate(s.URL+page+"/organizers"), chromedp.WaitVisible(chromedp.CSS("#group-form")))
		do(t, ctx, typeMember(m)...)
		if i == len(members)-1 { // the live check sees the group complete before it is saved
			do(t, ctx, waitText("#group-check", complete), waitText("#group-check", m.name))
			screenshot(t, ctx, "organizers-live-en")
		}
		do(t, ctx, chromedp.Submit(chromedp.CSS("#group-form")),
			waitTrue("document.querySelectorAll('.group-table tbody tr').length === "+strconv.Itoa(i+1)))
	}
	if got := text(t, ctx, "#group-check"); !strings.Contains(got, complete) {
		t.Errorf("after saving, the check says %q", got)
	}
	if got := text(t, ctx, ".group-table"); !strings.Contains(got, s.App.I18n.T("en", "eci.group.member.mep")) {
		t.Errorf("the table says why the MEP does not count: %q", got)
	}

	for _, lang := range []string{"lv", "bg"} {
		do(t, ctx, chromedp.Navigate(s.URL+page+"?lang="+lang), chromedp.WaitVisible(chromedp.CSS("#team")))
		screenshot(t, ctx, "initiative-"+lang)
		do(t, ctx, chromedp.Navigate(s.URL+page+"/organizers"), chromedp.WaitVisible(chromedp.CSS("#group-check")))
		if got := text(t, ctx, "#group-check"); !strings.Contains(got, s.App.I18n.N(lang, "initiative.group.complete", 7, "states", 7)) {
			t.Errorf("%s: the check says %q", lang, got)
		}
		screenshot(t, ctx, "organizers-"+lang)
	}
}
