package web_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"coalition/internal/initiative"
)

// supportersAnswer is the JSON of the supporters widget.
type supportersAnswer struct {
	Initiative struct{ Title, Slug string }
	Supporters []struct {
		Name, Country, Website string
		LogoURL                *string `json:"logo_url"`
	}
}

func readSupporters(t *testing.T, p page) supportersAnswer {
	t.Helper()
	expectStatus(t, p, http.StatusOK)
	var a supportersAnswer
	if err := json.Unmarshal([]byte(p.body), &a); err != nil {
		t.Fatalf("supporters.json: %v\n%s", err, p.body)
	}
	return a
}

// TestPublicSupportersFollowCommitments: the public page, the widget and
// its JSON show a partner only while its commitment is firm and its logo
// only with permission; a withdrawn commitment is gone from the next
// answer, logo included.
func TestPublicSupportersFollowCommitments(t *testing.T) {
	e := newCampaignEnv(t)
	ana := e.user("ana@example.org", "Ana")
	in := e.createECI(ana, "clean-baltic", true)
	logo := testPNG(t)
	withLogo := e.org(ana, "Zaļā Brīvība", "LV", "https://zb.example.lv", logo)
	noPermission := e.org(ana, "Baltic Divers", "EE", "", logo)
	talking := e.org(ana, "Still Talking", "LT", "", logo)
	committed := e.engage(ana, in, withLogo, initiative.StageCommitted, true)
	e.engage(ana, in, noPermission, initiative.StageActive, false)
	e.engage(ana, in, talking, initiative.StageInTalks, false)

	visitor := e.browser()
	logoOf := func(id int64) string { return fmt.Sprintf("/p/clean-baltic/logos/%d", id) }
	for _, path := range []string{"/p/clean-baltic", "/p/clean-baltic/supporters"} {
		p := visitor.get(path)
		expectStatus(t, p, http.StatusOK)
		expectContains(t, p, "Zaļā Brīvība")
		expectContains(t, p, "Baltic Divers")
		expectContains(t, p, logoOf(withLogo.ID))
		if strings.Contains(p.body, "Still Talking") || strings.Contains(p.body, logoOf(noPermission.ID)) {
			t.Errorf("%s shows a partner in talks or a logo without permission", path)
		}
		if cc := p.header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("%s: Cache-Control %q", path, cc)
		}
	}
	a := readSupporters(t, visitor.get("/p/clean-baltic/supporters.json"))
	if a.Initiative.Slug != "clean-baltic" || len(a.Supporters) != 2 || a.Supporters[0].Name != "Baltic Divers" ||
		a.Supporters[0].LogoURL != nil || a.Supporters[1].LogoURL == nil || *a.Supporters[1].LogoURL != logoOf(withLogo.ID) ||
		a.Supporters[1].Website != "https://zb.example.lv" || a.Supporters[1].Country != "LV" {
		t.Errorf("supporters.json = %+v", a)
	}
	expectStatus(t, visitor.get(logoOf(withLogo.ID)), http.StatusOK)
	expectStatus(t, visitor.get(logoOf(noPermission.ID)), http.StatusNotFound)
	expectStatus(t, visitor.get(logoOf(talking.ID)), http.StatusNotFound)

	if _, err := e.inits.MoveStage(t.Context(), initiative.Actor{UserID: ana.ID}, in.ID, committed.ID, committed.Version, initiative.StageDeclined); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/p/clean-baltic", "/p/clean-baltic/supporters", "/p/clean-baltic/supporters.json"} {
		if p := visitor.get(path); strings.Contains(p.body, "Zaļā Brīvība") || !strings.Contains(p.body, "Baltic Divers") {
			t.Errorf("%s after the withdrawal:\n%s", path, p.body)
		}
	}
	expectStatus(t, visitor.get(logoOf(withLogo.ID)), http.StatusNotFound)
}

// TestPublicLogoNeedsPermission: withdrawing the logo permission alone
// keeps the partner and takes its logo away at once.
func TestPublicLogoNeedsPermission(t *testing.T) {
	e := newCampaignEnv(t)
	ana := e.user("ana@example.org", "Ana")
	in := e.createECI(ana, "clean-baltic", true)
	o := e.org(ana, "Zaļā Brīvība", "LV", "", testPNG(t))
	eng := e.engage(ana, in, o, initiative.StageActive, true)
	visitor := e.browser()
	path := fmt.Sprintf("/p/clean-baltic/logos/%d", o.ID)
	if p := visitor.get(path); p.status != http.StatusOK || p.header.Get("Cache-Control") != "no-store" {
		t.Fatalf("logo: %d %q", p.status, p.header.Get("Cache-Control"))
	}
	eng.Commitment.LogoPermission = false
	if _, err := e.inits.UpdateEngagement(t.Context(), initiative.Actor{UserID: ana.ID}, eng); err != nil {
		t.Fatal(err)
	}
	expectStatus(t, visitor.get(path), http.StatusNotFound)
	p := visitor.get("/p/clean-baltic/supporters")
	expectContains(t, p, "Zaļā Brīvība")
	if strings.Contains(p.body, path) {
		t.Error("the widget still shows the logo")
	}
}

// TestPublicUnpublishedIsNotFound: an unpublished or unknown initiative
// has no public page, widget or JSON.
func TestPublicUnpublishedIsNotFound(t *testing.T) {
	e := newCampaignEnv(t)
	ana := e.user("ana@example.org", "Ana")
	e.createECI(ana, "draft-eci", false)
	visitor := e.browser()
	for _, slug := range []string{"draft-eci", "no-such-thing"} {
		expectStatus(t, visitor.get("/p/"+slug), http.StatusNotFound)
		expectStatus(t, visitor.get("/p/"+slug+"/supporters"), http.StatusNotFound)
		p := visitor.get("/p/" + slug + "/supporters.json")
		expectStatus(t, p, http.StatusNotFound)
		if !strings.HasPrefix(p.header.Get("Content-Type"), "application/json") || !strings.Contains(p.body, `"error"`) {
			t.Errorf("%s.json: %s %s", slug, p.header.Get("Content-Type"), p.body)
		}
	}
}

// TestPublicFramingOnlyForTheWidget: the widget may sit in any site's
// iframe; the public page and the other pages may not.
func TestPublicFramingOnlyForTheWidget(t *testing.T) {
	e := newCampaignEnv(t)
	ana := e.user("ana@example.org", "Ana")
	e.createECI(ana, "clean-baltic", true)
	visitor := e.browser()
	w := visitor.get("/p/clean-baltic/supporters")
	if csp := w.header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors *") || w.header.Get("X-Frame-Options") != "" {
		t.Errorf("widget: CSP %q, X-Frame-Options %q", csp, w.header.Get("X-Frame-Options"))
	}
	if strings.Contains(w.body, "<nav") {
		t.Error("the widget has navigation")
	}
	for _, path := range []string{"/p/clean-baltic", "/p/clean-baltic/supporters.json", "/login", "/p/unknown/supporters"} {
		p := visitor.get(path)
		if csp := p.header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || p.header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: CSP %q, X-Frame-Options %q", path, csp, p.header.Get("X-Frame-Options"))
		}
	}
}

// TestPublicPageInTheVisitorsLanguage: title and description follow the
// visitor's language; the progress counts states over threshold.
func TestPublicPageInTheVisitorsLanguage(t *testing.T) {
	e := newCampaignEnv(t)
	ana := e.user("ana@example.org", "Ana")
	e.createECI(ana, "clean-baltic", true)
	p := e.browser().get("/p/clean-baltic?lang=lv")
	expectStatus(t, p, http.StatusOK)
	expectContains(t, p, "Tīra Baltijas jūra")
	expectContains(t, p, "Apturēt izgāšanu.")
	expectContains(t, p, `<svg`)
	expectContains(t, p, htmlEscape(e.N("lv", "public.states_met", 0, "needed", 7)))
}
