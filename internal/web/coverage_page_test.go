package web_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"coalition/internal/account"
	"coalition/internal/initiative"
)

// tally records counts as of day through the service.
func (e *campaignEnv) tally(u account.User, in initiative.Initiative, on, source string, counts map[string]int) {
	e.t.Helper()
	if _, err := e.inits.AddTallies(e.t.Context(), initiative.Actor{UserID: u.ID}, in.ID, day(on), counts, source); err != nil {
		e.t.Fatalf("tallies: %v", err)
	}
}

// stateRow returns the table row of a member state on the coverage page.
func stateRow(t *testing.T, p page, code string) string {
	t.Helper()
	m := regexp.MustCompile(`(?s)<tr id="state-` + code + `">.*?</tr>`).FindString(p.body)
	if m == "" {
		t.Fatalf("no row for %s", code)
	}
	return m
}

// TestCoverageTableAndTotals: the table shows each state's threshold,
// collected, pledged, projection, gap and status in words, and the totals
// count the states over threshold against 7 and the signatures against a
// million.
func TestCoverageTableAndTotals(t *testing.T) {
	e := newCampaignEnv(t)
	ana := e.user("ana@example.org", "Ana")
	in := e.createECI(ana, "clean-baltic", false)
	e.tally(ana, in, "2026-06-01", "web", map[string]int{"LV": 1000, "DE": 70000})
	e.tally(ana, in, "2026-09-01", "web", map[string]int{"LV": 2380, "MT": 4320})
	o := e.org(ana, "Zaļā Brīvība", "LV", "", nil)
	eng := initiative.Engagement{InitiativeID: in.ID, OrgID: o.ID, Country: "LV", Stage: initiative.StageInTalks,
		Pledge: initiative.Pledge{Signatures: map[string]int{"LV": 2000}}}
	if _, err := e.inits.Engage(t.Context(), initiative.Actor{UserID: ana.ID}, eng); err != nil {
		t.Fatal(err)
	}
	p := e.signInAs(ana).get(initiativeURL(in.ID) + "/coverage")
	expectStatus(t, p, http.StatusOK)
	// LV: 2,380 of 6,480 collected, 2,000 pledged at half: 3,380, 3,100 short.
	lv := stateRow(t, p, "LV")
	for _, want := range []string{"<td>6,480</td><td>2,380</td><td>2,000</td><td>3,380</td><td>3,100</td>", e.T("en", "coverage.status.open")} {
		if !strings.Contains(lv, want) {
			t.Errorf("LV row lacks %q:\n%s", want, lv)
		}
	}
	for _, code := range []string{"MT", "DE"} {
		if row := stateRow(t, p, code); !strings.Contains(row, e.T("en", "coverage.status.met")) {
			t.Errorf("%s row is not met:\n%s", code, row)
		}
	}
	expectContains(t, p, "2 / 7")
	expectContains(t, p, "76,700")
	expectContains(t, p, htmlEscape(e.T("en", "coverage.totals.collected", "needed", "1,000,000")))
	today := time.Now().UTC().Truncate(24 * time.Hour)
	expectContains(t, p, htmlEscape(e.N("en", "coverage.totals.days_left", int(day("2027-04-30").Sub(today).Hours()/24)+1)))
	expectContains(t, p, `<svg`)
	expectContains(t, p, `href="#state-LV"`)
}

// TestCoverageCoordinatorTalliesOnlyTheirStates: a country coordinator sees
// the inputs of their states only, and a count for another state is
// refused with nothing recorded.
func TestCoverageCoordinatorTalliesOnlyTheirStates(t *testing.T) {
	e := newCampaignEnv(t)
	ana, liga := e.user("ana@example.org", "Ana"), e.user("liga@example.org", "Līga")
	in := e.createECI(ana, "clean-baltic", false)
	e.setMember(ana, in, liga, initiative.RoleCoordinator, "LV")
	b := e.signInAs(liga)
	p := b.get(initiativeURL(in.ID) + "/coverage")
	expectContains(t, p, `name="counts.LV"`)
	if strings.Contains(p.body, `name="counts.DE"`) {
		t.Error("a coordinator of LV gets an input for DE")
	}
	csrf := b.cookie("coalition_csrf")
	p = b.post(initiativeURL(in.ID)+"/tallies", url.Values{"csrf": {csrf}, "on": {"2026-09-01"}, "counts.LV": {"10"}, "counts.DE": {"500"}})
	expectStatus(t, p, http.StatusForbidden)
	expectContains(t, p, htmlEscape(e.T("en", "coverage.tallies.not_your_states")))
	if _, ts, _ := e.inits.Coverage(t.Context(), initiative.Actor{UserID: ana.ID}, in.ID); len(ts) != 0 {
		t.Errorf("recorded %+v", ts)
	}
	p = b.post(initiativeURL(in.ID)+"/tallies", url.Values{"csrf": {csrf}, "on": {"2026-09-01"}, "counts.LV": {"2 380"}})
	expectStatus(t, p, http.StatusSeeOther)
	if _, ts, _ := e.inits.Coverage(t.Context(), initiative.Actor{UserID: ana.ID}, in.ID); len(ts) != 1 || ts[0].Count != 2380 || ts[0].Source != "web" {
		t.Errorf("recorded %+v", ts)
	}
}

// uploadTallies posts a CSV file of tallies as of on.
func uploadTallies(t *testing.T, b *browser, path, on string, data string) page {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	_ = mw.WriteField("csrf", b.cookie("coalition_csrf"))
	_ = mw.WriteField("on", on)
	fw, _ := mw.CreateFormFile("file", "tallies.csv")
	_, _ = fw.Write([]byte(data))
	_ = mw.Close()
	req, err := http.NewRequest(http.MethodPost, b.e.srv.URL+path, &body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return b.do(req)
}

// TestCoverageUploadWithABadLine: a file with a bad line records nothing
// and names the line, translated; a good file records every line.
func TestCoverageUploadWithABadLine(t *testing.T) {
	e := newCampaignEnv(t)
	ana := e.user("ana@example.org", "Ana")
	in := e.createECI(ana, "clean-baltic", false)
	b := e.signInAs(ana)
	b.get(initiativeURL(in.ID) + "/coverage")
	path := initiativeURL(in.ID) + "/tallies/upload"
	p := uploadTallies(t, b, path+"?lang=lv", "2026-09-01", "country,count\nLV,2380\nAtlantis,5\n")
	expectStatus(t, p, http.StatusUnprocessableEntity)
	problem := e.T("lv", "eci.support.unknown_country", "value", "Atlantis")
	expectContains(t, p, htmlEscape(e.T("lv", "coverage.upload.line", "line", 3, "problem", problem)))
	if _, ts, _ := e.inits.Coverage(t.Context(), initiative.Actor{UserID: ana.ID}, in.ID); len(ts) != 0 {
		t.Errorf("recorded %+v", ts)
	}
	expectStatus(t, uploadTallies(t, b, path, "2026-09-01", "LV,2380\nMT,4320\n"), http.StatusSeeOther)
	if _, ts, _ := e.inits.Coverage(t.Context(), initiative.Actor{UserID: ana.ID}, in.ID); len(ts) != 2 || ts[0].Source != "import tallies.csv" {
		t.Errorf("recorded %+v", ts)
	}
}
