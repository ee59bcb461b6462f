package api_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"coalition/internal/search"
)

// notifying makes every search read the change log first, as the application's
// store wrapper does after each write.
type notifying struct{ e *search.Engine }

func (n notifying) Search(ctx context.Context, q search.Query) (search.Result, error) {
	n.e.Notify()
	return n.e.Search(ctx, q)
}

// MatchIDs reads the change log first too.
func (n notifying) MatchIDs(ctx context.Context, q search.Query) ([]int64, error) {
	n.e.Notify()
	return n.e.MatchIDs(ctx, q)
}

// send performs a JSON request with the fixture's token and decodes the answer.
func (f fixture) send(t *testing.T, method, path, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, f.srv.URL+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+f.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s %s: not JSON: %q", method, path, b)
	}
	return resp.StatusCode, v
}

func TestOrganizationLifecycle(t *testing.T) {
	f := newFixture(t)
	status, v := f.send(t, "POST", "/api/v1/organizations", `{"name":"Biedrība Zaļā Brīvība","country":"LV","kind":"ngo","level":"national","topics":["environment_climate"]}`)
	if status != 201 || v["version"] != 1.0 {
		t.Fatalf("create: %d %v", status, v)
	}
	id := "/api/v1/organizations/" + jsonID(v)
	status, v = f.send(t, "POST", "/api/v1/organizations", `{"name":"Zala Briviba","country":"LV"}`)
	if dups, _ := v["possible_duplicates"].([]any); status != 201 || len(dups) != 1 {
		t.Errorf("a second record with the same name key is flagged: %d %v", status, v["possible_duplicates"])
	}
	status, v = f.send(t, "PUT", id, `{"name":"Biedrība Zaļā Brīvība","country":"LV","city":"Rīga","version":1}`)
	if status != 200 || v["city"] != "Rīga" || v["version"] != 2.0 {
		t.Errorf("update: %d %v", status, v)
	}
	status, v = f.send(t, "PUT", id, `{"name":"Someone else's edit","country":"LV","version":1}`)
	if code, _, _ := errorOf(t, v); status != 409 || code != "error.stale" {
		t.Errorf("stale update: %d %v", status, v)
	}
	status, v = f.send(t, "POST", id+"/archive", `{"version":2}`)
	if status != 200 || v["archived"] != true {
		t.Errorf("archive: %d %v", status, v)
	}
	status, v = f.send(t, "GET", "/api/v1/organizations?q=briviba", "")
	if status != 200 || v["total"] != 1.0 {
		t.Errorf("archived records leave the default search: %d %v", status, v["total"])
	}
}

func TestOrganizationBadInput(t *testing.T) {
	f := newFixture(t)
	cases := []struct {
		body, code, field string
	}{
		{`{"name":"","country":"LV"}`, "validation.required", "name"},
		{`{"name":"X","country":"ZZ"}`, "validation.country", "country"},
		{`{"name":"X","country":"LV","kind":"spaceship"}`, "validation.vocab", "kind"},
		{`{"name":"X","country":"LV","members":"many"}`, "validation.json_type", "members"},
		{`{"name":"X","country":"LV","colour":"green"}`, "error.invalid_json", "colour"},
		{`not json`, "error.invalid_json", ""},
	}
	for _, c := range cases {
		status, v := f.send(t, "POST", "/api/v1/organizations?lang=lv", c.body)
		code, msg, field := errorOf(t, v)
		if status != 422 || code != c.code || field != c.field || msg == "" || msg == code {
			t.Errorf("%s: %d %s %q %s", c.body, status, code, msg, field)
		}
	}
}

func TestOrganizationSearchFacets(t *testing.T) {
	f := newFixture(t)
	for _, body := range []string{
		`{"name":"Zelena Slovenija","country":"SI","kind":"ngo"}`,
		`{"name":"Zelena akcija","country":"HR","kind":"ngo"}`,
		`{"name":"Zeleni Balkani","country":"BG","kind":"association","names":[{"lang":"bg","value":"Зелени Балкани"}]}`,
	} {
		if status, v := f.send(t, "POST", "/api/v1/organizations", body); status != 201 {
			t.Fatalf("create: %d %v", status, v)
		}
	}
	status, v := f.send(t, "GET", "/api/v1/organizations?q=zelen&kind=ngo", "")
	facets, _ := v["facets"].(map[string]any)
	country, _ := facets["country"].(map[string]any)
	if status != 200 || v["total"] != 2.0 || country["SI"] != 1.0 || country["HR"] != 1.0 {
		t.Errorf("prefix search with a kind filter: %d total %v facets %v", status, v["total"], facets)
	}
	if _, v = f.send(t, "GET", "/api/v1/organizations?q="+"Зелени", ""); v["total"] != 1.0 {
		t.Errorf("Cyrillic query: %v", v["total"])
	}
	if status, v = f.send(t, "GET", "/api/v1/organizations?per_page=500", ""); status != 422 {
		t.Errorf("per_page out of range: %d %v", status, v)
	}
}

func TestPeopleConsentRule(t *testing.T) {
	f := newFixture(t)
	status, v := f.send(t, "POST", "/api/v1/people?lang=bg", `{"given_name":"Ana","family_name":"Petrova","kind":"volunteer","email":"ana@example.org"}`)
	if code, _, _ := errorOf(t, v); status != 422 || code != "validation.consent_required" {
		t.Errorf("contact details without consent: %d %v", status, v)
	}
	status, v = f.send(t, "POST", "/api/v1/people", `{"given_name":"Ana","family_name":"Petrova","kind":"volunteer","email":"ana@example.org",
		"consent":{"basis":"consent","date":"2026-05-03","source":"signed form, Sofia meeting"}}`)
	if status != 201 {
		t.Fatalf("with consent: %d %v", status, v)
	}
	status, v = f.send(t, "GET", "/api/v1/people?q=petr", "")
	if status != 200 || v["total"] != 1.0 {
		t.Errorf("list people: %d %v", status, v)
	}
}

func jsonID(v map[string]any) string {
	b, _ := json.Marshal(v["id"])
	return string(b)
}

// TestSearchQueryErrorsAreTranslated checks that an oversized query names the
// q parameter and explains itself in the request's language, not with a key.
func TestSearchQueryErrorsAreTranslated(t *testing.T) {
	f := newFixture(t)
	long, many := strings.Repeat("a", 600), strings.Repeat("w ", 17)
	cases := []struct{ query, lang, code, message string }{
		{"q=" + long, "", "search.query_too_long", "The search is too long: use at most 500 characters."},
		{"q=" + long + "&lang=lv", "", "search.query_too_long", "Meklēšanas teksts ir pārāk garš: atļautas ne vairāk kā 500 rakstzīmes."},
		{"q=" + url.QueryEscape(many), "lv-LV,lv;q=0.9", "search.too_many_terms", "Meklēšanā ir pārāk daudz vārdu un filtru: kopā atļauti ne vairāk kā 16."},
		{"q=" + url.QueryEscape(many), "bg", "search.too_many_terms", "Търсенето съдържа твърде много думи и филтри: използвайте общо най-много 16."},
	}
	for _, c := range cases {
		status, v := f.do(t, "GET", "/api/v1/organizations?"+c.query, f.token, c.lang)
		code, msg, field := errorOf(t, v)
		if status != 422 || code != c.code || field != "q" || msg != c.message {
			t.Errorf("%.40s (%s): %d %s %q field %q", c.query, c.lang, status, code, msg, field)
		}
	}
}
