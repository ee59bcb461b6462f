package e2e

import (
	"context"
	"encoding/json"
	"image/color"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"coalition/internal/store/storetest"
)

// flowOrg is a partner organization as the flow creates it.
type flowOrg struct {
	name, country string
	logo          color.NRGBA // zero for no logo
}

// supporterSeen is one supporter as a page shows it: the address of its
// logo ("" for none) and the width of the loaded image.
type supporterSeen struct {
	Src   string `json:"src"`
	Width int    `json:"width"`
}

// createOrg creates an organization through the form and uploads its logo,
// if any, through the logo form of its page.
func createOrg(t *testing.T, ctx context.Context, base string, o flowOrg) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(base+"/organizations/new"), chromedp.WaitVisible(chromedp.CSS("#org-form")),
		fill("name", o.name), chromedp.SetValue(chromedp.CSS("#f-country"), o.country),
		chromedp.Submit(chromedp.CSS("#org-form")),
		waitTrue(`/^\/organizations\/\d+$/.test(location.pathname) && document.readyState === "complete"`))
	if o.logo.A == 0 {
		return
	}
	file := filepath.Join(t.TempDir(), "logo.png")
	if err := os.WriteFile(file, logoPNG(t, o.logo), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.SetUploadFiles(chromedp.CSS("#f-logo"), []string{file}),
		chromedp.Submit(chromedp.CSS("form.org-logo-form")),
		waitTrue(`document.readyState === "complete" && document.querySelector("img.org-logo")?.naturalWidth > 0`))
}

// addPartner adds organization o to the pipeline in talks through the add
// form, finding it with the directory search.
func addPartner(t *testing.T, ctx context.Context, board string, o flowOrg) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(board+"/new"), chromedp.WaitVisible(chromedp.CSS("#f-q")),
		chromedp.SendKeys(chromedp.CSS("#f-q"), o.name), waitText("#partner-results", o.name),
		chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#partner-results label")].find(l => l.textContent.includes(`+strconv.Quote(o.name)+`)).querySelector("input").click()`),
		chromedp.SetValue(chromedp.CSS("#f-country"), o.country), chromedp.SetValue(chromedp.CSS("#f-stage"), "in_talks"),
		chromedp.Submit(chromedp.CSS("#pipeline-form")), waitText("#pipeline-board", o.name))
}

// openPartner opens the edit form of partner name from the board.
func openPartner(board, name string) []chromedp.Action[chromedp.Void] {
	return []chromedp.Action[chromedp.Void]{chromedp.Navigate(board), chromedp.WaitVisible(chromedp.CSS("#pipeline-board")),
		chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll(".pipeline-name a")].find(a => a.textContent === ` + strconv.Quote(name) + `).click()`),
		waitTrue(`/\/pipeline\/\d+$/.test(location.pathname) && document.readyState === "complete" && document.querySelector("#pipeline-form")`)}
}

// commit fills the commitment of the open edit form and saves it at stage.
func commit(stage string, logo bool) []chromedp.Action[chromedp.Void] {
	steps := []chromedp.Action[chromedp.Void]{chromedp.SetValue(chromedp.CSS("#f-stage"), stage),
		chromedp.SetValue(chromedp.CSS(`input[name="committed_on"]`), "2025-04-01"),
		fill("confirmed_by", "Board"), fill("confirmed_how", "letter")}
	if logo {
		steps = append(steps, chromedp.Click(chromedp.CSS(`input[name="logo_permission"]`)))
	}
	return append(steps, chromedp.Submit(chromedp.CSS("#pipeline-form")), waitTrue(`/\/pipeline$/.test(location.pathname) && document.readyState === "complete"`))
}

// supportersOn loads a public page and returns its supporters by name once
// every logo has loaded.
func supportersOn(t *testing.T, ctx context.Context, url string) map[string]supporterSeen {
	t.Helper()
	do(t, ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS("main")),
		waitTrue(`document.readyState === "complete" && [...document.images].every(i => i.complete)`))
	return value(t, ctx, chromedp.Evaluate[map[string]supporterSeen](`Object.fromEntries([...document.querySelectorAll(".supporters li")].map(li => {
		const img = li.querySelector("img")
		return [li.querySelector(".supporter-name").textContent.trim(), {src: img ? img.getAttribute("src") : "", width: img ? img.naturalWidth : 0}]
	}))`))
}

// backOnBoard waits for the board after a saved edit form.
var backOnBoard = waitTrue(`/\/pipeline$/.test(location.pathname) && document.readyState === "complete"`)

// TestECIFromEmptyDatabaseToSupporters runs a small ECI through the web
// interface of a new installation, from the setup page to the public list
// of supporters and its logos.
func TestECIFromEmptyDatabaseToSupporters(t *testing.T) {
	dbURL := ""
	if base := os.Getenv(storetest.EnvPostgres); base != "" {
		dbURL = storetest.PostgresURL(t, base)
	}
	s := startServerOn(t, dbURL)
	ctx := browser(t)
	do(t, ctx, chromedp.Navigate(s.URL+"/?lang=en"), chromedp.WaitVisible(chromedp.CSS(`form[action="/setup"]`)),
		fill("name", "Anna Bērziņa"), fill("email", "anna@example.org"),
		fill("password", testPassword), fill("password_confirm", testPassword),
		chromedp.Submit(chromedp.CSS(`form[action="/setup"]`)), waitPath("/dashboard"))
	do(t, ctx, chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), waitPath("/"))
	signIn(t, ctx, s.URL, "anna@example.org", testPassword)

	lv := flowOrg{"Zaļā Brīvība", "LV", color.NRGBA{G: 140, B: 60, A: 255}}
	bg := flowOrg{"Зелени Балкани", "BG", color.NRGBA{R: 30, G: 90, B: 200, A: 255}}
	lt := flowOrg{"Žalioji Lietuva", "LT", color.NRGBA{R: 200, A: 255}}
	for _, o := range []flowOrg{lv, bg, lt} {
		createOrg(t, ctx, s.URL, o)
	}

	do(t, ctx, chromedp.Navigate(s.URL+"/initiatives/new"), chromedp.WaitVisible(chromedp.CSS("form.initiative-form")),
		fill("titles.0.value", "Clean Baltic Air"),
		chromedp.SendKeys(chromedp.CSS(`textarea[name="descriptions.0.value"]`), "Cleaner air in every Baltic port city."),
		chromedp.SetValue(chromedp.CSS("#f-registered_on"), "2025-03-03"), fill("slug", "baltic-air"),
		chromedp.Click(chromedp.CSS(`input[name="public"]`)), chromedp.Submit(chromedp.CSS("form.initiative-form")),
		waitTrue(`/^\/initiatives\/\d+$/.test(location.pathname) && document.readyState === "complete"`))
	page := s.URL + location(t, ctx)

	members := []groupMember{
		{"Anna Bērziņa", "LV", "LV", "representative", false},
		{"Ivan Petrov", "BG", "BG", "substitute", false},
		{"Klaus Weber", "DE", "DE", "member", false},
		{"Ioana Popescu", "RO", "RO", "member", false},
		{"Maja Novak", "SI", "SI", "member", false},
		{"Lotte Peeters", "BE", "NL", "member", false},
		{"Marie Dupont", "FR", "FR", "member", false},
	}
	for i, m := range members {
		do(t, ctx, chromedp.Navigate(page+"/organizers"), chromedp.WaitVisible(chromedp.CSS("#group-form")))
		do(t, ctx, typeMember(m)...)
		do(t, ctx, chromedp.Submit(chromedp.CSS("#group-form")),
			waitTrue("document.querySelectorAll('.group-table tbody tr').length === "+strconv.Itoa(i+1)))
	}
	do(t, ctx, waitText("#group-check", s.App.I18n.N(htmlLang(t, ctx), "initiative.group.complete", 7, "states", 7)))

	for deadline := time.Now().Add(10 * time.Second); !s.App.Search.Ready() && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	board := page + "/pipeline"
	for _, o := range []flowOrg{lv, bg, lt} {
		addPartner(t, ctx, board, o)
	}
	do(t, ctx, openPartner(board+"?lang=lv", lv.name)...)
	do(t, ctx, chromedp.SetValue(chromedp.CSS("#f-stage"), "committed"), chromedp.Submit(chromedp.CSS("#pipeline-form")),
		waitText("#f-stage-help", s.App.I18n.T("lv", "engagement.commitment_required")))
	do(t, ctx, commit("committed", true)...)
	do(t, ctx, openPartner(board, bg.name)...)
	do(t, ctx, commit("committed", false)...)
	for _, lang := range []string{"lv", "bg"} {
		do(t, ctx, chromedp.Navigate(board+"?lang="+lang), chromedp.WaitVisible(chromedp.CSS("#pipeline-board")))
		screenshot(t, ctx, "flow-board-"+lang)
	}

	do(t, ctx, chromedp.Navigate(page+"/coverage"), chromedp.WaitVisible(chromedp.CSS(".tally-form")),
		chromedp.SetValue(chromedp.CSS(`input[name="on"]`), time.Now().UTC().Format(time.DateOnly)),
		chromedp.SendKeys(chromedp.CSS("#f-counts-LV"), "2380"), chromedp.Submit(chromedp.CSS(".tally-form")),
		waitText("#flash", s.App.I18n.T("bg", "coverage.tallies.saved")))
	for _, lang := range []string{"lv", "bg"} {
		do(t, ctx, chromedp.Navigate(page+"/coverage?lang="+lang), chromedp.WaitVisible(chromedp.CSS(".coverage-map svg")))
		screenshot(t, ctx, "flow-coverage-"+lang)
	}

	public := s.URL + "/p/baltic-air"
	visitor := browser(t)
	for _, lang := range []string{"lv", "bg"} {
		checkSupporters(t, supportersOn(t, visitor, public+"?lang="+lang), map[string]bool{lv.name: true, bg.name: false})
		screenshot(t, visitor, "flow-public-"+lang)
	}
	checkSupporters(t, supportersOn(t, visitor, public+"/supporters"), map[string]bool{lv.name: true, bg.name: false})

	do(t, ctx, openPartner(board, lv.name)...)
	do(t, ctx, chromedp.Click(chromedp.CSS(`input[name="logo_permission"]`)), chromedp.Submit(chromedp.CSS("#pipeline-form")), backOnBoard)
	checkSupporters(t, supportersOn(t, visitor, public+"/supporters"), map[string]bool{lv.name: false, bg.name: false})
	do(t, ctx, openPartner(board, bg.name)...)
	do(t, ctx, chromedp.SetValue(chromedp.CSS("#f-stage"), "paused"), chromedp.Submit(chromedp.CSS("#pipeline-form")), backOnBoard)
	checkSupporters(t, supportersOn(t, visitor, public+"/supporters"), map[string]bool{lv.name: false})
	checkJSON(t, public+"/supporters.json", lv.name)
}

// checkSupporters compares the supporters a page shows with want: each
// name and whether its logo shows through the public logo route.
func checkSupporters(t *testing.T, got map[string]supporterSeen, want map[string]bool) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("supporters shown %v, want %v", got, want)
	}
	for name, logo := range want {
		g, ok := got[name]
		switch {
		case !ok:
			t.Errorf("%s is not shown: %v", name, got)
		case logo && (!strings.HasPrefix(g.Src, "/p/baltic-air/logos/") || g.Width == 0):
			t.Errorf("%s shows no loaded logo: %+v", name, g)
		case !logo && g.Src != "":
			t.Errorf("%s shows a logo: %+v", name, g)
		}
	}
}

// checkJSON asks the supporters JSON signed out and expects only name,
// without a logo.
func checkJSON(t *testing.T, url, name string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct {
		Supporters []struct {
			Name    string  `json:"name"`
			LogoURL *string `json:"logo_url"`
		} `json:"supporters"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got.Supporters) != 1 || got.Supporters[0].Name != name || got.Supporters[0].LogoURL != nil {
		t.Errorf("supporters.json: %+v", got.Supporters)
	}
}
