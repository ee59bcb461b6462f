package api_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"coalition/internal/initiative"
)

// callFixture is the API fixture with a published initiative of ana's (id 1).
type callFixture struct{ fixture }

func newCallFixture(t *testing.T) callFixture {
	t.Helper()
	f := callFixture{newFixture(t)}
	if status, v := f.send(t, "POST", "/api/v1/initiatives", `{"kind":"eci","titles":[{"lang":"lv","value":"Tīra jūra"}],"public":true}`, f.token); status != 201 {
		t.Fatalf("create initiative: %d %v", status, v)
	}
	return f
}

// send makes a request with a JSON body (and the token, if any) and decodes
// the answer.
func (f callFixture) send(t *testing.T, method, path, body, token string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, f.srv.URL+path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var v map[string]any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s %s: not JSON: %q", method, path, raw)
	}
	return resp.StatusCode, v
}

// items returns the titles of the calls of a list answer.
func callTitles(v map[string]any) []string {
	var out []string
	for _, it := range v["items"].([]any) {
		ts := it.(map[string]any)["titles"].([]any)
		out = append(out, ts[0].(map[string]any)["value"].(string))
	}
	return out
}

const volunteersCall = `{"titles":[{"lang":"en","value":"Volunteers"}],"roles":["volunteer"],"countries":["LV"],"deadline":"2099-12-31"}`

func TestCallsThroughTheAPI(t *testing.T) {
	f := newCallFixture(t)
	if status, _ := f.send(t, "POST", "/api/v1/initiatives/1/calls", volunteersCall, ""); status != 401 {
		t.Errorf("publish without a token: %d", status)
	}
	status, v := f.send(t, "POST", "/api/v1/initiatives/1/calls", `{"titles":[{"lang":"en","value":"Late"}],"roles":["volunteer"],"deadline":"2020-01-01"}`, f.token)
	if e, _ := v["error"].(map[string]any); status != 422 || e["field"] != "deadline" || e["code"] != "call.deadline_past" {
		t.Errorf("a past deadline: %d %v", status, v)
	}
	status, v = f.send(t, "POST", "/api/v1/initiatives/1/calls", volunteersCall, f.token)
	if status != 201 || v["open"] != true || v["version"] != 1.0 || v["responsible_user_id"] != float64(f.ana.UserID) {
		t.Fatalf("publish: %d %v", status, v)
	}
	f.send(t, "POST", "/api/v1/initiatives/1/calls", `{"titles":[{"lang":"en","value":"Sponsors"}],"roles":["sponsor"],"deadline":"2099-06-30"}`, f.token)
	for query, want := range map[string]string{"": "Sponsors,Volunteers", "?role=volunteer": "Volunteers", "?country=EE": "Sponsors", "?topic=health": ""} {
		status, v = f.send(t, "GET", "/api/v1/calls"+query, "", "")
		if got := strings.Join(callTitles(v), ","); status != 200 || got != want {
			t.Errorf("board %q: %d %q, want %q", query, status, got, want)
		}
	}
	status, v = f.send(t, "PUT", "/api/v1/initiatives/1/calls/1", `{"titles":[{"lang":"en","value":"Volunteers"}],"roles":["volunteer"],"deadline":"2099-12-31","open":false,"version":1}`, f.token)
	if status != 200 || v["open"] != false || v["version"] != 2.0 {
		t.Errorf("close: %d %v", status, v)
	}
	if status, v = f.send(t, "PUT", "/api/v1/initiatives/1/calls/1", volunteersCall[:len(volunteersCall)-1]+`,"version":1}`, f.token); status != 409 {
		t.Errorf("a stale update: %d %v", status, v)
	}
	if status, v = f.send(t, "GET", "/api/v1/calls", "", ""); strings.Join(callTitles(v), ",") != "Sponsors" {
		t.Errorf("the board after closing: %d %v", status, v)
	}
	if status, v = f.send(t, "POST", "/api/v1/calls/1/interest", interestBody("Zaļā Brīvība", ""), ""); status != 409 {
		t.Errorf("an answer to a closed call: %d %v", status, v)
	}
}

// interestBody is an expression of interest with a honeypot value.
func interestBody(org, honeypot string) string {
	return `{"org_name":"` + org + `","country":"LV","website":"zb.lv","contact_name":"Anna Bērziņa","contact_email":"anna@zb.lv",` +
		`"message":"We can help.","consent":true,"website_url":"` + honeypot + `"}`
}

func TestCallInterestThroughTheAPI(t *testing.T) {
	f := newCallFixture(t)
	f.send(t, "POST", "/api/v1/initiatives/1/calls", volunteersCall, f.token)
	if status, v := f.send(t, "POST", "/api/v1/calls/1/interest", interestBody("Spam", "http://spam.example"), ""); status != 202 || v["status"] != "received" {
		t.Errorf("honeypot: %d %v", status, v)
	}
	if its, err := f.inits.Interests(t.Context(), f.ana, 1); err != nil || len(its) != 0 {
		t.Fatalf("the honeypot stored %+v, %v", its, err)
	}
	if status, v := f.send(t, "POST", "/api/v1/calls/1/interest", interestBody("Zaļā Brīvība", ""), ""); status != 202 || v["status"] != "received" {
		t.Fatalf("interest: %d %v", status, v)
	}
	its, err := f.inits.Interests(t.Context(), f.ana, 1)
	if err != nil || len(its) != 1 {
		t.Fatalf("interests %+v, %v", its, err)
	}
	eng, _, err := f.inits.EngagementOf(t.Context(), f.ana, 1, its[0].EngagementID)
	if err != nil || !eng.Inbound || eng.Stage != initiative.StageContacted {
		t.Errorf("engagement %+v, %v", eng, err)
	}
	for range 4 {
		f.send(t, "POST", "/api/v1/calls/1/interest", interestBody("Eko Klubs", ""), "")
	}
	status, v := f.send(t, "POST", "/api/v1/calls/1/interest?lang=lv", interestBody("Sixth", ""), "")
	if e, _ := v["error"].(map[string]any); status != 429 || e["code"] != "call.rate_limited" || !strings.Contains(e["message"].(string), "stundā") {
		t.Errorf("the sixth within the hour: %d %v", status, v)
	}
}
