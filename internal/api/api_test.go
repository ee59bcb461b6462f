package api_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"coalition/internal/account"
	"coalition/internal/api"
	"coalition/internal/directory"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/search"
	"coalition/internal/store/storetest"
)

// fixture is an API server on a real SQLite database with one user and a
// token; accounts makes more users.
type fixture struct {
	srv      *httptest.Server
	token    string
	accounts *account.Service
	inits    *initiative.Service
	dir      *directory.Service
	ana      initiative.Actor // the fixture's user
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	db := storetest.OpenSQLite(t)
	accounts := account.NewService(db)
	u, err := accounts.CreateUser(context.Background(), account.NewUser{Email: "ana@example.org", Name: "Ana", Password: "a good long password"})
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := accounts.CreateToken(context.Background(), u.ID, "test")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	engine := search.NewEngine(db)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	if err := engine.Start(ctx); err != nil {
		t.Fatal(err)
	}
	dir, initiatives := directory.NewService(db), initiative.NewService(db)
	initiatives.SetCandidates(struct {
		notifying
		*directory.Service
	}{notifying{engine}, dir})
	initiatives.SetPartners(dir)
	initiatives.SetLogger(slog.New(slog.DiscardHandler))
	api.New(api.Deps{Accounts: accounts, I18n: i18n.MustLoad(), Logger: slog.New(slog.DiscardHandler),
		Directory: dir, Search: notifying{engine}, Initiatives: initiatives, Calls: initiatives}).Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return fixture{srv: srv, token: token, accounts: accounts, inits: initiatives, dir: dir, ana: initiative.Actor{UserID: u.ID}}
}

// get performs a request and decodes the JSON answer into a generic value.
func (f fixture) do(t *testing.T, method, path, token, lang string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, f.srv.URL+path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var v map[string]any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("%s %s: not JSON: %q", method, path, body)
	}
	return resp.StatusCode, v
}

// errorOf returns code, message and field of an error answer.
func errorOf(t *testing.T, v map[string]any) (code, message, field string) {
	t.Helper()
	e, ok := v["error"].(map[string]any)
	if !ok {
		t.Fatalf("not an error answer: %v", v)
	}
	code, _ = e["code"].(string)
	message, _ = e["message"].(string)
	field, _ = e["field"].(string)
	return code, message, field
}

func TestAuthentication(t *testing.T) {
	f := newFixture(t)
	cases := []struct {
		name, token, lang string
		status            int
		code, message     string
	}{
		{"no token", "", "", 401, "api.token_missing", ""},
		{"unknown token, Latvian", "coa_nope", "lv-LV,lv;q=0.9", 401, "api.token_invalid", "API pilnvara nav zināma vai ir atsaukta."},
		{"unknown token, Bulgarian", "coa_nope", "bg", 401, "api.token_invalid", "API ключът е непознат или е отменен."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, v := f.do(t, "GET", "/api/v1/me", c.token, c.lang)
			code, msg, _ := errorOf(t, v)
			if status != c.status || code != c.code || (c.message != "" && msg != c.message) || msg == "" {
				t.Errorf("got %d %s %q", status, code, msg)
			}
		})
	}
	status, v := f.do(t, "GET", "/api/v1/me", f.token, "")
	if status != 200 || v["email"] != "ana@example.org" {
		t.Errorf("valid token: %d %v", status, v)
	}
}

func TestMemberStates(t *testing.T) {
	f := newFixture(t)
	status, v := f.do(t, "GET", "/api/v1/reference/member-states?lang=bg", "", "")
	items, _ := v["items"].([]any)
	if status != 200 || len(items) != 27 {
		t.Fatalf("got %d with %d items", status, len(items))
	}
	byCode := map[string]map[string]any{}
	for _, it := range items {
		m := it.(map[string]any)
		byCode[m["code"].(string)] = m
	}
	el, de := byCode["EL"], byCode["DE"]
	if el["iso"] != "GR" || el["signing_age"] != 17.0 || de["ep_seats"] != 96.0 || de["signing_age"] != 16.0 {
		t.Errorf("EL %v DE %v", el, de)
	}
	if byCode["LV"]["name"] != "Латвия" {
		t.Errorf("Latvia in Bulgarian: %v", byCode["LV"]["name"])
	}
}

func TestECIThresholds(t *testing.T) {
	f := newFixture(t)
	cases := []struct {
		registered string
		state      string
		want       float64
	}{
		{"2024-09-01", "DE", 69120},
		{"2024-09-01", "MT", 4320},
		{"2021-03-01", "DE", 67680},
		{"2024-07-15", "LV", 5640},
	}
	for _, c := range cases {
		status, v := f.do(t, "GET", "/api/v1/reference/eci-thresholds?registered="+c.registered, "", "")
		if status != 200 {
			t.Fatalf("%s: %d %v", c.registered, status, v)
		}
		found := false
		for _, it := range v["items"].([]any) {
			m := it.(map[string]any)
			if m["code"] == c.state {
				found = m["threshold"] == c.want
			}
		}
		if !found {
			t.Errorf("%s %s: want %v in %v", c.registered, c.state, c.want, v["items"])
		}
	}
}

func TestECIThresholdsBadDates(t *testing.T) {
	f := newFixture(t)
	cases := []struct{ query, code string }{
		{"registered=yesterday", "validation.date"},
		{"registered=2024-02-30", "validation.date"},
		{"registered=2011-12-31", "validation.date_before_eci"},
		{"registered=2999-01-01", "validation.date_future"},
	}
	for _, c := range cases {
		status, v := f.do(t, "GET", "/api/v1/reference/eci-thresholds?"+c.query+"&lang=sl", "", "")
		code, msg, field := errorOf(t, v)
		if status != 422 || code != c.code || field != "registered" || msg == "" || msg == c.code {
			t.Errorf("%s: %d %s %q %s", c.query, status, code, msg, field)
		}
	}
}

func TestUnknownPathAndMethod(t *testing.T) {
	f := newFixture(t)
	cases := []struct {
		method, path string
		status       int
		allow        string
	}{
		{"GET", "/api/v1/nothing-here", 404, ""},
		{"GET", "/api/v1/organizations/1/nothing", 404, ""},
		{"GET", "/api/v1/organizations/1/", 404, ""},
		{"DELETE", "/api/v1/me", 405, "GET, HEAD"},
		{"DELETE", "/api/v1/organizations", 405, "GET, POST, HEAD"},
		{"PATCH", "/api/v1/organizations/1820", 405, "GET, PUT, HEAD"},
		{"DELETE", "/api/v1/people/1", 405, "GET, PUT, HEAD"},
		{"GET", "/api/v1/people/1/archive", 405, "POST"},
		{"POST", "/api/v1/initiatives/1/engagements/2", 405, "GET, PUT, HEAD"},
		{"GET", "/api/v1/calls/7/interest", 405, "POST"},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(c.method, f.srv.URL+c.path, nil)
		req.Header.Set("Authorization", "Bearer "+f.token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&v)
		resp.Body.Close()
		code, msg, _ := errorOf(t, v)
		want := map[int]string{404: "error.not_found", 405: "error.method_not_allowed"}[c.status]
		if resp.StatusCode != c.status || resp.Header.Get("Allow") != c.allow || code != want || msg == code {
			t.Errorf("%s %s: %d Allow %q %s %q", c.method, c.path, resp.StatusCode, resp.Header.Get("Allow"), code, msg)
		}
	}
}
