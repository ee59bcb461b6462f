package web_test

import (
	"net/http"
	"testing"

	"coalition/internal/initiative"
)

func TestCallInterestLandsInThePipeline(t *testing.T) {
	e := newCallEnv(t)
	owner := e.createUser("ana@example.org")
	in := e.createECI(owner, "clean-baltic", true)
	c := e.publishCall(owner, in, "Volunteers in Latvia", []string{"volunteer"}, []string{"LV"}, 30)
	b := e.browser()
	expectStatus(t, b.get("/calls/"+itoa(c.ID)+"?lang=lv"), http.StatusOK)
	bad := interestForm("Zaļā Brīvība")
	bad.Del("consent")
	p := b.post("/calls/"+itoa(c.ID)+"/interest", bad)
	expectStatus(t, p, http.StatusUnprocessableEntity)
	expectContains(t, p, `id="f-consent-help" class="error">`+e.T("lv", "validation.required"))
	p = b.post("/calls/"+itoa(c.ID)+"/interest", interestForm("Zaļā Brīvība"))
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, e.T("lv", "call.thanks.text", "initiative", "Tīra Baltijas jūra"))

	actor := initiative.Actor{UserID: owner.ID}
	its, err := e.inits.Interests(t.Context(), actor, c.ID)
	if err != nil || len(its) != 1 || its[0].EngagementID == 0 {
		t.Fatalf("interests %+v, %v", its, err)
	}
	eng, _, err := e.inits.EngagementOf(t.Context(), actor, in.ID, its[0].EngagementID)
	if err != nil || !eng.Inbound || eng.Stage != initiative.StageContacted || eng.Country != "LV" || eng.PartnerName != "Zaļā Brīvība" {
		t.Errorf("engagement %+v, %v", eng, err)
	}
}

func TestCallInterestHoneypotFakesSuccess(t *testing.T) {
	e := newCallEnv(t)
	owner := e.createUser("ana@example.org")
	in := e.createECI(owner, "clean-baltic", true)
	c := e.publishCall(owner, in, "Volunteers", []string{"volunteer"}, nil, 30)
	b := e.browser()
	p := b.get("/calls/" + itoa(c.ID) + "?lang=bg")
	for _, want := range []string{`name="website_url" type="text" tabindex="-1" autocomplete="off"`, `class="call-honeypot"`,
		e.T("bg", "call.interest.honeypot")} {
		expectContains(t, p, want)
	}
	bot := interestForm("Spam Ltd")
	bot.Set("website_url", "http://spam.example")
	p = b.post("/calls/"+itoa(c.ID)+"/interest", bot)
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, e.T("bg", "call.thanks.title"))
	its, err := e.inits.Interests(t.Context(), initiative.Actor{UserID: owner.ID}, c.ID)
	if err != nil || len(its) != 0 {
		t.Errorf("stored %+v, %v", its, err)
	}
	if eng, err := e.inits.Pipeline(t.Context(), initiative.Actor{UserID: owner.ID}, in.ID, initiative.EngagementFilter{}); err != nil || len(eng) != 0 {
		t.Errorf("pipeline %+v, %v", eng, err)
	}
}

func TestCallInterestRateLimited(t *testing.T) {
	e := newCallEnv(t)
	owner := e.createUser("ana@example.org")
	in := e.createECI(owner, "clean-baltic", true)
	c := e.publishCall(owner, in, "Volunteers", []string{"volunteer"}, nil, 30)
	b := e.browser()
	b.get("/calls/" + itoa(c.ID) + "?lang=sl")
	for i := range 5 {
		p := b.post("/calls/"+itoa(c.ID)+"/interest", interestForm("Organization "+string(rune('A'+i))))
		expectStatus(t, p, http.StatusOK)
	}
	p := b.post("/calls/"+itoa(c.ID)+"/interest", interestForm("Organization F"))
	expectStatus(t, p, http.StatusTooManyRequests)
	expectContains(t, p, e.T("sl", "call.rate_limited"))
	expectContains(t, p, `value="Organization F"`)
}
