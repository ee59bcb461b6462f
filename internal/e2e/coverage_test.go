package e2e

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"coalition/internal/account"
	"coalition/internal/directory"
	"coalition/internal/initiative"
)

// logoPNG draws a small square logo in one colour.
func logoPNG(t *testing.T, c color.NRGBA) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 64, 64))
	for x := range 64 {
		for y := range 64 {
			if (x-32)*(x-32)+(y-32)*(y-32) < 28*28 {
				img.Set(x, y, c)
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// seedCampaign stores a published ECI with tallies and three partners:
// committed with logo permission, active without it, and one in talks.
func seedCampaign(t *testing.T, s server, owner account.User) initiative.Initiative {
	t.Helper()
	ctx, actor := context.Background(), initiative.Actor{UserID: owner.ID}
	day := func(v string) time.Time { d, _ := time.Parse(time.DateOnly, v); return d }
	in, err := s.App.Initiatives.Create(ctx, actor, initiative.Initiative{Kind: initiative.KindECI, Slug: "clean-baltic", Public: true,
		Titles: []directory.Text{{Lang: "en", Value: "Clean Baltic Sea"}, {Lang: "lv", Value: "Tīra Baltijas jūra"}, {Lang: "bg", Value: "Чисто Балтийско море"}},
		Descriptions: []directory.Text{{Lang: "en", Value: "Stop dumping waste into the Baltic Sea."},
			{Lang: "lv", Value: "Apturēt atkritumu izgāšanu Baltijas jūrā."}, {Lang: "bg", Value: "Да спрем изхвърлянето на отпадъци в Балтийско море."}},
		RegisteredOn: day("2026-03-02"), CollectionStart: day("2026-05-01"), CollectionEnd: day("2027-04-30")})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{"LV": 2380, "MT": 4320, "DE": 70000, "BG": 9100, "EE": 4800, "FI": 8000, "SE": 15000,
		"LT": 5200, "PL": 20000, "SI": 5100, "RO": 12000, "LU": 1200, "CY": 2000, "FR": 30000}
	if _, err := s.App.Initiatives.AddTallies(ctx, actor, in.ID, day("2026-10-01"), counts, "web"); err != nil {
		t.Fatal(err)
	}
	dactor := directory.Actor{UserID: owner.ID}
	for _, p := range []struct {
		name, country, web, stage string
		logo                      bool
		c                         color.NRGBA
	}{
		{"Zaļā Brīvība", "LV", "https://zb.example.lv", initiative.StageCommitted, true, color.NRGBA{G: 140, B: 60, A: 255}},
		{"Зелени Балкани", "BG", "https://gb.example.bg", initiative.StageActive, false, color.NRGBA{R: 30, G: 90, B: 200, A: 255}},
		{"Still Talking", "LT", "", initiative.StageInTalks, true, color.NRGBA{R: 200, A: 255}},
	} {
		o, err := s.App.Directory.CreateOrg(ctx, dactor, directory.Organization{Name: p.name, Country: p.country, Website: p.web})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.App.Directory.SetOrgLogo(ctx, dactor, o.ID, logoPNG(t, p.c)); err != nil {
			t.Fatal(err)
		}
		e := initiative.Engagement{InitiativeID: in.ID, OrgID: o.ID, Country: p.country, Stage: p.stage,
			Pledge: initiative.Pledge{Signatures: map[string]int{p.country: 3000}}}
		if p.stage != initiative.StageInTalks {
			e.Commitment = initiative.Commitment{On: day("2026-06-01"), ConfirmedBy: "Board", How: "letter", LogoPermission: p.logo}
		}
		if _, err := s.App.Initiatives.Engage(ctx, actor, e); err != nil {
			t.Fatal(err)
		}
	}
	return in
}

// TestCoverageAndPublicPages looks at the coverage page and the public
// page in Latvian and Bulgarian, and at the supporters widget.
func TestCoverageAndPublicPages(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "anna@example.org", "Anna Bērziņa")
	owner, err := s.App.Accounts.UserByEmail(context.Background(), "anna@example.org")
	if err != nil {
		t.Fatal(err)
	}
	in := seedCampaign(t, s, owner)
	ctx := browser(t)
	signIn(t, ctx, s.URL, "anna@example.org", testPassword)
	for _, lang := range []string{"lv", "bg"} {
		do(t, ctx, chromedp.Navigate(s.URL+"/initiatives/"+strconv.FormatInt(in.ID, 10)+"/coverage?lang="+lang),
			chromedp.WaitVisible(chromedp.CSS(".coverage-map svg")))
		if rows := value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(".coverage-table tbody tr").length`)); rows != 27 {
			t.Errorf("%s: %d rows in the table", lang, rows)
		}
		screenshot(t, ctx, "coverage-"+lang)
	}
	visitor := browser(t)
	for _, lang := range []string{"lv", "bg"} {
		do(t, visitor, chromedp.Navigate(s.URL+"/p/clean-baltic?lang="+lang), chromedp.WaitVisible(chromedp.CSS(".supporters")))
		if list := text(t, visitor, ".supporters"); !strings.Contains(list, "Zaļā Brīvība") || strings.Contains(list, "Still Talking") {
			t.Errorf("%s: supporters %q", lang, list)
		}
		if logos := value(t, visitor, chromedp.Evaluate[int](`[...document.querySelectorAll(".supporters img")].filter(i => i.complete && i.naturalWidth > 0).length`)); logos != 1 {
			t.Errorf("%s: %d logos shown", lang, logos)
		}
		screenshot(t, visitor, "public-"+lang)
	}
	do(t, visitor, chromedp.Navigate(s.URL+"/p/clean-baltic/supporters?lang=lv"), chromedp.WaitVisible(chromedp.CSS(".supporters")))
	screenshot(t, visitor, "widget-lv")
}
