package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"coalition/internal/directory"
	"coalition/internal/search"
)

// seedOrgs creates organizations through the application's directory service
// and waits until the search index is ready.
func seedOrgs(t *testing.T, s server, orgs ...directory.Organization) []directory.Organization {
	t.Helper()
	out := make([]directory.Organization, len(orgs))
	for i, o := range orgs {
		created, err := s.App.Directory.CreateOrg(context.Background(), directory.Actor{}, o)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = created
	}
	deadline := time.Now().Add(20 * time.Second)
	for !s.App.Search.Ready() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	return out
}

// waitText waits until the element's text contains want.
func waitText(css, want string) chromedp.Action[chromedp.Void] {
	check := chromedp.Evaluate[bool]("(document.querySelector(" + strconv.Quote(css) + ")||{}).textContent?.includes(" + strconv.Quote(want) + ") || false")
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

func TestSearchWithFacets(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "iva@example.org", "Iva")
	seedOrgs(t, s,
		directory.Organization{Name: "Zelena Slovenija", Country: "SI", Kind: "ngo", Level: "national"},
		directory.Organization{Name: "Zelena akcija", Country: "HR", Kind: "ngo", Level: "national"},
		directory.Organization{Name: "Зелени Балкани", Country: "BG", Kind: "association", Level: "national"},
		directory.Organization{Name: "Biedrība Zaļā Brīvība", Country: "LV", Kind: "ngo", Level: "local"},
	)
	ctx := browser(t)
	signIn(t, ctx, s.URL, "iva@example.org", testPassword)
	en := func(n int) string { return s.App.I18n.N("en", "org.list.count", n) }
	do(t, ctx, chromedp.Navigate(s.URL+"/organizations?lang=en"), waitText("#org-count", en(4)),
		chromedp.SendKeys(chromedp.CSS("#org-q"), "zelen"), waitText("#org-count", en(3)))
	if list := text(t, ctx, "#org-live table"); !strings.Contains(list, "Зелени Балкани") {
		t.Errorf("a Latin query finds the Cyrillic name: %q", list)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS(`input[name="kind"][value="ngo"]`)), waitText("#org-count", en(2)))
	facets := text(t, ctx, "#org-live")
	if !strings.Contains(facets, "Slovenia") || !strings.Contains(facets, "Croatia") {
		t.Errorf("the country facet lists the remaining countries: %q", facets)
	}
	screenshot(t, ctx, "organizations-en")
	do(t, ctx, chromedp.Navigate(s.URL+"/organizations?q=zelen&kind=ngo&country=SI&lang=lv"),
		waitText("#org-count", s.App.I18n.N("lv", "org.list.count", 1)))
	screenshot(t, ctx, "organizations-lv")
}

func TestImportWithABadRow(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "oto@example.org", "Oto")
	file := filepath.Join(t.TempDir(), "partners.csv")
	csv := "Nosaukums;Valsts;Veids\nZelena Slovenija;SI;ngo\nNowhere Society;ZZ;ngo\nZaļā Brīvība;Latvija;biedrība\n"
	if err := os.WriteFile(file, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)
	signIn(t, ctx, s.URL, "oto@example.org", testPassword)
	do(t, ctx, chromedp.Navigate(s.URL+"/import?lang=en"),
		chromedp.SetUploadFiles(chromedp.CSS("#f-file"), []string{file}),
		chromedp.Submit(chromedp.CSS(`form[action="/import"]`)),
		chromedp.WaitVisible(chromedp.CSS("#report")))
	problems := text(t, ctx, ".import-problems")
	if !strings.Contains(problems, "3") || !strings.Contains(problems, "Valsts") {
		t.Errorf("the report names row 3 and its column: %q", problems)
	}
	screenshot(t, ctx, "import-report-en")
	res, err := s.App.Search.Search(context.Background(), searchFor("brivib"))
	if err != nil || res.Total != 1 {
		t.Errorf("the good rows were imported: %+v %v", res, err)
	}
}

func TestMergeDuplicates(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "jan@example.org", "Jan")
	orgs := seedOrgs(t, s,
		directory.Organization{Name: "Greenpeace e.V.", Country: "DE", Kind: "ngo", Website: "https://www.greenpeace.de"},
		directory.Organization{Name: "Greenpeace", Country: "DE", Kind: "ngo", City: "Hamburg"},
	)
	ctx := context.Background()
	p, err := s.App.Directory.CreatePerson(ctx, directory.Actor{}, directory.Person{GivenName: "Martin", FamilyName: "Kaiser", Kind: "public_figure", Country: "DE"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.App.Directory.AddAffiliation(ctx, directory.Actor{}, directory.Affiliation{PersonID: p.ID, OrgID: orgs[1].ID, Role: "director"}); err != nil {
		t.Fatal(err)
	}
	b := browser(t)
	signIn(t, b, s.URL, "jan@example.org", testPassword)
	do(t, b, chromedp.Navigate(s.URL+"/duplicates?lang=en"), chromedp.Click(chromedp.CSS(`form[action="/duplicates/scan"] button`)),
		chromedp.Sleep(300*time.Millisecond), waitPrefix("/duplicates"))
	link := `a[href^="/duplicates/merge"]`
	for i := 0; i < 100; i++ {
		do(t, b, chromedp.Navigate(s.URL+"/duplicates"), chromedp.WaitVisible(chromedp.CSS("main h1")))
		if n := value(t, b, chromedp.Evaluate[int]("document.querySelectorAll('"+link+"').length")); n > 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	do(t, b, chromedp.Click(chromedp.CSS(link)), chromedp.WaitVisible(chromedp.CSS("form.merge-form")))
	screenshot(t, b, "merge-en")
	do(t, b, chromedp.Submit(chromedp.CSS("form.merge-form")), waitPrefix("/organizations/"))
	keep, drop := orgs[0].ID, orgs[1].ID
	if strings.HasSuffix(location(t, b), "/"+strconv.FormatInt(drop, 10)) {
		keep, drop = drop, keep
	}
	dropped, _ := s.App.Directory.Org(ctx, drop)
	affs, _ := s.App.Directory.AffiliationsOfOrg(ctx, keep)
	if !dropped.Archived || len(affs) != 1 {
		t.Errorf("after the merge the dropped record is archived (%v) and the kept one has the affiliation (%d)", dropped.Archived, len(affs))
	}
}

// waitPrefix waits until the browser has loaded a path starting with prefix.
func waitPrefix(prefix string) chromedp.Action[chromedp.Void] {
	check := chromedp.Evaluate[bool]("location.pathname.startsWith(" + strconv.Quote(prefix) + ") && document.readyState === 'complete'")
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

func searchFor(text string) search.Query { return search.Query{Text: text} }

// TestSearchBoxExplainsARefusedQuery types more words than a search takes:
// the live search shows why, in the page's language, instead of leaving the
// last results as they were.
func TestSearchBoxExplainsARefusedQuery(t *testing.T) {
	s := startServer(t)
	mustUser(t, s, "iva@example.org", "Iva")
	seedOrgs(t, s, directory.Organization{Name: "Zelena Slovenija", Country: "SI"})
	ctx := browser(t)
	signIn(t, ctx, s.URL, "iva@example.org", testPassword)
	words := strings.TrimSpace(strings.Repeat("zelena ", search.MaxTerms+1))
	want := s.App.I18n.T("lv", "search.too_many_terms", "max", search.MaxTerms)
	do(t, ctx, chromedp.Navigate(s.URL+"/organizations?lang=lv"), waitText("#org-count", s.App.I18n.N("lv", "org.list.count", 1)),
		chromedp.SendKeys(chromedp.CSS("#org-q"), words), waitText("#org-q-help", want))
	screenshot(t, ctx, "organizations-refused-query-lv")
}
