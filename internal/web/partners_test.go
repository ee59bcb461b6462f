package web_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"coalition/internal/initiative"
)

func TestPartnersPageSuggestsAndPlans(t *testing.T) {
	e := newPartnersEnv(t)
	b, owner := e.signIn("ana@example.org")
	in, orgs := e.partnersFixture(owner)

	p := b.get(partnersURL(in.ID) + "?lang=lv&k=2")
	expectStatus(t, p, http.StatusOK)
	for _, o := range orgs {
		expectContains(t, p, `id="partner-`+itoa(o.ID)+`"`)
	}
	expectContains(t, p, e.T("lv", "partners.plan.title"))
	expectContains(t, p, "kur trūkst 480 parakstu") // LV's reason
	expectContains(t, p, `action="/initiatives/`+itoa(in.ID)+`/partners/add"`)

	picks := regexp.MustCompile(`(?s)<ol class="partners-picks">.*?</ol>`).FindString(p.body)
	lv, ee := strings.Index(picks, "Zaļā Brīvība"), strings.Index(picks, "Roheline Tartu")
	if lv < 0 || ee < lv || strings.Contains(picks, "Зелени Балкани") {
		t.Errorf("picks should be LV, then EE, and no BG one:\n%s", picks)
	}
	expectContains(t, p, "1 → 3")
	expectContains(t, p, e.N("lv", "partners.plan.top_scored", 1, "k", 2))
	row := regexp.MustCompile(`(?s)<tr id="plan-state-LV">.*?</tr>`).FindString(p.body)
	digits := regexp.MustCompile(`[^0-9<]`).ReplaceAllString(row, "")
	if !strings.Contains(digits, "<6000<") || !strings.Contains(digits, "<6500") || !strings.Contains(row, e.T("lv", "partners.plan.now_over")) {
		t.Errorf("LV before and after: %s", row)
	}
	expectContains(t, p, e.N("lv", "partners.plan.add_all", 2))
	expectContains(t, p, e.T("lv", "partners.model.intro", "rate", 50))
}

func TestPartnerAddOneClick(t *testing.T) {
	e := newPartnersEnv(t)
	b, owner := e.signIn("ana@example.org")
	in, orgs := e.partnersFixture(owner)
	b.get(partnersURL(in.ID))

	lv := orgs["lv"]
	p := b.post(partnersURL(in.ID)+"/add", url.Values{"org": {itoa(lv.ID)}, "back": {"q=zaļā&k=5"}}, "HX-Request", "true")
	expectStatus(t, p, http.StatusOK)
	if !strings.HasPrefix(strings.TrimSpace(p.body), `<li class="partners-row partners-added" id="partner-`+itoa(lv.ID)+`"`) ||
		strings.Contains(p.body, "<form") || !strings.Contains(p.body, e.T("en", "partners.added")) {
		t.Errorf("the row should come back added, without its form:\n%s", p.body)
	}
	es, err := e.inits.Pipeline(t.Context(), initiative.Actor{UserID: owner.ID}, in.ID, initiative.EngagementFilter{})
	if err != nil || len(es) != 1 || es[0].OrgID != lv.ID || es[0].Country != "LV" || es[0].Stage != initiative.StageIdentified || es[0].Level != "local" {
		t.Fatalf("pipeline %+v, %v", es, err)
	}
	again := b.post(partnersURL(in.ID)+"/add", url.Values{"org": {itoa(lv.ID)}, "back": {"q=zaļā&k=5"}})
	expectRedirect(t, again, partnersURL(in.ID)+"?k=5&q=za%C4%BC%C4%81")
	if page := b.get(partnersURL(in.ID)); strings.Contains(page.body, `id="partner-`+itoa(lv.ID)+`"`) {
		t.Error("an engaged organization is still suggested")
	}
}

func TestPartnersAddPlan(t *testing.T) {
	e := newPartnersEnv(t)
	b, owner := e.signIn("ana@example.org")
	in, orgs := e.partnersFixture(owner)
	b.get(partnersURL(in.ID))
	p := b.post(partnersURL(in.ID)+"/plan", url.Values{"org": {itoa(orgs["lv"].ID), itoa(orgs["ee"].ID)}})
	expectRedirect(t, p, initiativeURL(in.ID)+"/pipeline")
	es, err := e.inits.Pipeline(t.Context(), initiative.Actor{UserID: owner.ID}, in.ID, initiative.EngagementFilter{})
	if err != nil || len(es) != 2 {
		t.Fatalf("pipeline %+v, %v", es, err)
	}
	board := b.get(initiativeURL(in.ID) + "/pipeline")
	expectContains(t, board, e.T("en", "partners.plan.added"))
}

func TestPartnersBadBudget(t *testing.T) {
	e := newPartnersEnv(t)
	b, owner := e.signIn("ana@example.org")
	in, _ := e.partnersFixture(owner)
	for _, k := range []string{"0", "201", "ten"} {
		p := b.get(partnersURL(in.ID) + "?k=" + k + "&lang=bg")
		expectStatus(t, p, http.StatusUnprocessableEntity)
		expectContains(t, p, e.T("bg", "validation.range", "min", 1, "max", 200))
		expectContains(t, p, `aria-invalid="true"`)
		if strings.Contains(p.body, "partners-plan") || !strings.Contains(p.body, "partners-list") {
			t.Errorf("k=%s: the suggestions without the planner expected", k)
		}
	}
}

func TestPartnersPageIsForTheTeam(t *testing.T) {
	e := newPartnersEnv(t)
	_, owner := e.signIn("ana@example.org")
	in, orgs := e.partnersFixture(owner)
	stranger, _ := e.signIn("bo@example.org")
	expectStatus(t, stranger.get(partnersURL(in.ID)), http.StatusNotFound)
	stranger.get("/")
	p := stranger.post(partnersURL(in.ID)+"/add", url.Values{"org": {itoa(orgs["lv"].ID)}})
	expectStatus(t, p, http.StatusNotFound)
}
