package api_test

import (
	"fmt"
	"net/http"
	"testing"

	"coalition/internal/account"
)

// pipeline is an initiative with partners to engage, seen through the API.
type pipeline struct {
	f            fixture
	path         string // the initiative's engagements
	initiativeID string
	lv, bg, si   string // organizations' ids
	person       string // a person's id
}

func newPipeline(t *testing.T) pipeline {
	t.Helper()
	f := newFixture(t)
	_, v := f.send(t, "POST", "/api/v1/initiatives", `{"kind":"eci","titles":[{"lang":"lv","value":"Tīra jūra"}]}`)
	p := pipeline{f: f, initiativeID: jsonID(v)}
	p.path = "/api/v1/initiatives/" + p.initiativeID + "/engagements"
	p.lv = p.create(t, "/api/v1/organizations", `{"name":"Zaļā Brīvība","country":"LV"}`)
	p.bg = p.create(t, "/api/v1/organizations", `{"name":"Зелени Балкани","country":"BG"}`)
	p.si = p.create(t, "/api/v1/organizations", `{"name":"Alpe Zelene","country":"SI"}`)
	p.person = p.create(t, "/api/v1/people", `{"given_name":"Ilze","family_name":"Ozola","country":"LV"}`)
	return p
}

// create posts body to path and returns the new record's id.
func (p pipeline) create(t *testing.T, path, body string) string {
	t.Helper()
	status, v := p.f.send(t, "POST", path, body)
	if status != http.StatusCreated {
		t.Fatalf("POST %s %s: %d %v", path, body, status, v)
	}
	return jsonID(v)
}

// engage adds a partner to the pipeline; fields are more JSON members.
func (p pipeline) engage(t *testing.T, partner, fields string) map[string]any {
	t.Helper()
	status, v := p.f.send(t, "POST", p.path, `{"org_id":`+partner+`,`+fields+`}`)
	if status != http.StatusCreated {
		t.Fatalf("engage %s: %d %v", partner, status, v)
	}
	return v
}

// coordinator returns the fixture acting as a new user who is the country
// coordinator of countries (a JSON array) in the pipeline's initiative.
func (p pipeline) coordinator(t *testing.T, countries string) fixture {
	t.Helper()
	u, err := p.f.accounts.CreateUser(t.Context(), account.NewUser{Email: "bo@example.org", Name: "Bo", Password: "another long password"})
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := p.f.accounts.CreateToken(t.Context(), u.ID, "test")
	if err != nil {
		t.Fatal(err)
	}
	team := fmt.Sprintf("/api/v1/initiatives/%s/team/%d", p.initiativeID, u.ID)
	if status, v := p.f.send(t, "PUT", team, `{"role":"country_coordinator","countries":`+countries+`}`); status != http.StatusOK {
		t.Fatalf("team: %d %v", status, v)
	}
	as := p.f
	as.token = token
	return as
}

// wantError checks an error answer's status, code and field, and that its
// message is translated.
func wantError(t *testing.T, what string, status int, v map[string]any, wantStatus int, wantCode, wantField string) {
	t.Helper()
	code, msg, field := errorOf(t, v)
	if status != wantStatus || code != wantCode || field != wantField || msg == "" || msg == code {
		t.Errorf("%s: got %d %s %q on %q, want %d %s on %q", what, status, code, msg, field, wantStatus, wantCode, wantField)
	}
}

func TestEngagementLifecycle(t *testing.T) {
	p := newPipeline(t)
	status, v := p.f.send(t, "POST", p.path, `{"org_id":`+p.lv+`,"country":"lv","roles":["intermediary","sponsor"],"level":"national",
		"duties":"Collect statements of support at events","duties_on":"2026-02-10",
		"pledge":{"signatures":{"LV":4000},"volunteers":12,"money":"1500.5","currency":"eur","in_kind":"a stand"},
		"delivered":{"signatures":{"LV":250},"results":"two street events"},"notes":"met at the forum"}`)
	if status != http.StatusCreated || v["partner_name"] != "Zaļā Brīvība" || v["country"] != "LV" || v["stage"] != "identified" || v["version"] != 1.0 {
		t.Fatalf("create: %d %v", status, v)
	}
	pledge := v["pledge"].(map[string]any)
	if pledge["money"] != "1500.50" || pledge["currency"] != "EUR" || pledge["signatures"].(map[string]any)["LV"] != 4000.0 || v["duties_on"] != "2026-02-10" {
		t.Errorf("pledge %v, duties on %v", pledge, v["duties_on"])
	}
	one := p.path + "/" + jsonID(v)
	if status, v = p.f.send(t, "GET", one, ""); status != http.StatusOK || v["notes"] != "met at the forum" {
		t.Errorf("get: %d %v", status, v)
	}
	status, v = p.f.send(t, "PUT", one, `{"country":"LV","roles":["sponsor"],"stage":"committed","version":1,
		"pledge":{"money":"2000","currency":"EUR"},
		"commitment":{"on":"2026-03-01","confirmed_by":"Board chair","how":"letter","logo_permission":true}}`)
	if status != http.StatusOK || v["version"] != 2.0 || v["firm"] != true || v["shows_logo"] != true || v["partner_name"] != "Zaļā Brīvība" {
		t.Fatalf("update: %d %v", status, v)
	}
	if c := v["commitment"].(map[string]any); c["on"] != "2026-03-01" || c["logo_on"] == nil {
		t.Errorf("commitment %v", c)
	}
	status, v = p.f.send(t, "PUT", one, `{"country":"LV","notes":"an edit on an old copy","version":1}`)
	wantError(t, "stale update", status, v, http.StatusConflict, "error.stale", "")
}

func TestEngagementBoardMoveAndHistory(t *testing.T) {
	p := newPipeline(t)
	v := p.engage(t, p.lv, `"country":"LV","commitment":{"on":"2026-03-01","confirmed_by":"Board chair","how":"e-mail"}`)
	one := p.path + "/" + jsonID(v)
	status, v := p.f.send(t, "POST", one+"/stage", `{"stage":"committed","version":1}`)
	if status != http.StatusOK || v["stage"] != "committed" || v["version"] != 2.0 || v["firm"] != true || v["partner_name"] != "Zaļā Brīvība" {
		t.Fatalf("move to committed: %d %v", status, v)
	}
	status, v = p.f.send(t, "POST", one+"/stage", `{"stage":"active","version":1}`)
	wantError(t, "a move from an old board", status, v, http.StatusConflict, "error.stale", "")
	status, v = p.f.send(t, "POST", one+"/stage", `{"stage":"","version":2}`)
	wantError(t, "a move without a stage", status, v, http.StatusUnprocessableEntity, "validation.required", "stage")
	status, v = p.f.send(t, "POST", one+"/stage", `{"stage":"sleeping","version":2}`)
	wantError(t, "a move to an unknown stage", status, v, http.StatusUnprocessableEntity, "validation.vocab", "stage")
	status, v = p.f.send(t, "GET", one+"/history", "")
	items, _ := v["items"].([]any)
	if status != http.StatusOK || len(items) != 2 {
		t.Fatalf("history: %d %v", status, v)
	}
	first, second := items[0].(map[string]any), items[1].(map[string]any)
	if first["action"] != "engaged" || first["stage"] != "identified" || second["action"] != "engagement_updated" ||
		fmt.Sprint(second["fields"]) != "[stage]" || second["user_id"] != 1.0 {
		t.Errorf("history items %v", items)
	}
}

func TestEngagementListFilters(t *testing.T) {
	p := newPipeline(t)
	p.engage(t, p.lv, `"country":"LV","roles":["intermediary"],"stage":"contacted"`)
	p.engage(t, p.bg, `"country":"BG","roles":["sponsor","influencer"],"stage":"contacted"`)
	p.engage(t, p.si, `"country":"SI","roles":["sponsor"]`)
	if status, v := p.f.send(t, "POST", p.path, `{"person_id":`+p.person+`,"country":"LV","roles":["volunteer"]}`); status != http.StatusCreated || v["partner_name"] != "Ilze Ozola" {
		t.Fatalf("a person as partner: %d %v", status, v)
	}
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"", []string{"Alpe Zelene", "Ilze Ozola", "Zaļā Brīvība", "Зелени Балкани"}},
		{"?country=", []string{"Alpe Zelene", "Ilze Ozola", "Zaļā Brīvība", "Зелени Балкани"}},
		{"?stage=contacted", []string{"Zaļā Brīvība", "Зелени Балкани"}},
		{"?role=sponsor", []string{"Alpe Zelene", "Зелени Балкани"}},
		{"?country=lv,+SI,", []string{"Alpe Zelene", "Ilze Ozola", "Zaļā Brīvība"}},
		{"?country=BG&country=SI&role=sponsor&stage=identified", []string{"Alpe Zelene"}},
	} {
		status, v := p.f.send(t, "GET", p.path+c.query, "")
		if got := partnerNames(v); status != http.StatusOK || fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: %d %v, want %v", c.query, status, got, c.want)
		}
	}
	for _, c := range []struct{ query, code, field string }{
		{"?stage=sleeping", "validation.vocab", "stage"},
		{"?role=boss", "validation.vocab", "role"},
		{"?country=XX", "validation.country", "country"},
	} {
		status, v := p.f.send(t, "GET", p.path+c.query+"&lang=lv", "")
		wantError(t, c.query, status, v, http.StatusUnprocessableEntity, c.code, c.field)
	}
}

// partnerNames returns the partner names of a list answer, in its order.
func partnerNames(v map[string]any) []string {
	var out []string
	items, _ := v["items"].([]any)
	for _, it := range items {
		out = append(out, fmt.Sprint(it.(map[string]any)["partner_name"]))
	}
	return out
}

func TestEngagementCommitmentRules(t *testing.T) {
	p := newPipeline(t)
	status, v := p.f.send(t, "POST", p.path+"?lang=lv", `{"org_id":`+p.lv+`,"country":"LV","stage":"committed"}`)
	wantError(t, "committed without a confirmation", status, v, http.StatusUnprocessableEntity, "engagement.commitment_required", "stage")
	status, v = p.f.send(t, "POST", p.path+"?lang=bg", `{"org_id":`+p.lv+`,"country":"LV","stage":"in_talks","commitment":{"logo_permission":true}}`)
	wantError(t, "logo permission without a firm commitment", status, v, http.StatusUnprocessableEntity,
		"engagement.logo_needs_commitment", "commitment.logo_permission")
	v = p.engage(t, p.lv, `"country":"LV","stage":"in_talks"`)
	status, v = p.f.send(t, "POST", p.path+"/"+jsonID(v)+"/stage", `{"stage":"active","version":1}`)
	wantError(t, "the board moves a partner without a confirmation to active", status, v,
		http.StatusUnprocessableEntity, "engagement.commitment_required", "stage")
}

func TestEngagementBadInput(t *testing.T) {
	p := newPipeline(t)
	org := `{"org_id":` + p.lv + `,"country":"LV",`
	for _, c := range []struct{ body, code, field string }{
		{org + `"duties_on":"10.02.2026"}`, "validation.date", "duties_on"},
		{org + `"commitment":{"on":"2026-02-30"}}`, "validation.date", "commitment.on"},
		{org + `"pledge":{"money":"1 500,50","currency":"EUR"}}`, "validation.number", "pledge.money"},
		{org + `"pledge":{"money":"12.345","currency":"EUR"}}`, "validation.number", "pledge.money"},
		{org + `"pledge":{"money":1500,"currency":"EUR"}}`, "validation.json_type", "pledge.money"},
		{org + `"pledge":{"money":"1500"}}`, "validation.currency", "pledge.currency"},
		{org + `"pledge":{"signatures":{"Atlantis":3}}}`, "validation.country", "pledge.signatures"},
		{org + `"commitment":{"on":"2999-01-01","confirmed_by":"X","how":"call"}}`, "validation.date_future", "commitment.on"},
		{`{"country":"LV"}`, "engagement.partner", "partner"},
	} {
		status, v := p.f.send(t, "POST", p.path+"?lang=sl", c.body)
		wantError(t, c.body, status, v, http.StatusUnprocessableEntity, c.code, c.field)
	}
	v := p.engage(t, p.lv, `"country":"LV"`)
	status, v := p.f.send(t, "PUT", p.path+"/"+jsonID(v), `{"country":"LV"}`)
	wantError(t, "an update without a version", status, v, http.StatusUnprocessableEntity, "validation.required", "version")
	status, v = p.f.send(t, "POST", p.path, org+`"stage":"identified"}`)
	wantError(t, "the same partner twice", status, v, http.StatusConflict, "error.conflict", "")
	status, v = p.f.send(t, "GET", p.path+"/999", "")
	wantError(t, "a missing engagement", status, v, http.StatusNotFound, "error.not_found", "")
}

func TestEngagementCoordinator(t *testing.T) {
	p := newPipeline(t)
	p.engage(t, p.lv, `"country":"LV"`)
	inBG := p.engage(t, p.bg, `"country":"BG"`)
	bo := p.coordinator(t, `["LV"]`)
	status, v := bo.send(t, "POST", p.path, `{"org_id":`+p.si+`,"country":"SI"}`)
	wantError(t, "a coordinator of LV adds a partner in SI", status, v, http.StatusForbidden, "error.forbidden", "")
	status, v = bo.send(t, "GET", p.path+"/"+jsonID(inBG), "")
	wantError(t, "a coordinator of LV opens a partner in BG", status, v, http.StatusNotFound, "error.not_found", "")
	status, v = bo.send(t, "PUT", p.path+"/"+jsonID(inBG), `{"country":"BG","notes":"mine now","version":1}`)
	wantError(t, "a coordinator of LV edits a partner in BG", status, v, http.StatusNotFound, "error.not_found", "")
	status, v = bo.send(t, "GET", p.path, "")
	if got := partnerNames(v); status != http.StatusOK || fmt.Sprint(got) != "[Zaļā Brīvība]" {
		t.Errorf("the coordinator's pipeline: %d %v", status, got)
	}
	if status, v = bo.send(t, "GET", p.path+"?country=BG", ""); status != http.StatusOK || len(partnerNames(v)) != 0 {
		t.Errorf("the coordinator asks for BG: %d %v", status, v)
	}
	status, v = bo.send(t, "POST", p.path, `{"person_id":`+p.person+`,"country":"LV","roles":["volunteer"]}`)
	if status != http.StatusCreated {
		t.Fatalf("a coordinator of LV adds a partner in LV: %d %v", status, v)
	}
	status, v = bo.send(t, "PUT", p.path+"/"+jsonID(v), `{"country":"BG","version":1}`)
	wantError(t, "a coordinator of LV moves a partner to BG", status, v, http.StatusForbidden, "error.forbidden", "")
}
