package api_test

import (
	"net/http"
	"testing"
)

// deleteStatus sends a DELETE as f and returns the status.
func deleteStatus(t *testing.T, f fixture, path string) int {
	t.Helper()
	req, _ := http.NewRequest("DELETE", f.srv.URL+path, nil)
	req.Header.Set("Authorization", "Bearer "+f.token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestResourceLifecycle(t *testing.T) {
	p := newPipeline(t)
	lv := jsonID(p.engage(t, p.lv, `"country":"LV"`))
	path := "/api/v1/initiatives/" + p.initiativeID + "/resources"
	status, v := p.f.send(t, "POST", path, `{"engagement_id":`+lv+`,"what":"Sponsorship","kind":"money","value":"1500.5","currency":"eur","status":"received","on":"2025-04-01"}`)
	if status != http.StatusCreated || v["value"] != "1500.50" || v["currency"] != "EUR" || v["partner_name"] != "Zaļā Brīvība" {
		t.Fatalf("create: %d %v", status, v)
	}
	one := path + "/" + jsonID(v)
	p.create(t, path, `{"source":"Rīgas dome","what":"A hall","kind":"in_kind","value":"800","currency":"EUR","status":"pledged","on":"2025-05-01"}`)
	status, v = p.f.send(t, "GET", path, "")
	totals, _ := v["totals"].([]any)
	items, _ := v["items"].([]any)
	if status != http.StatusOK || len(items) != 2 || len(totals) != 1 {
		t.Fatalf("list: %d %v", status, v)
	}
	if tot := totals[0].(map[string]any); tot["pledged"] != "800.00" || tot["received"] != "1500.50" {
		t.Errorf("totals %v", tot)
	}
	body := `{"engagement_id":` + lv + `,"what":"Sponsorship","kind":"money","value":"2000","currency":"EUR","status":"received","on":"2025-04-01","version":1}`
	if status, v = p.f.send(t, "PUT", one, body); status != http.StatusOK || v["value"] != "2000.00" {
		t.Errorf("update: %d %v", status, v)
	}
	status, v = p.f.send(t, "PUT", one, body)
	wantError(t, "a stale update", status, v, http.StatusConflict, "error.stale", "")
	if got := deleteStatus(t, p.f, one+"?version=1"); got != http.StatusConflict {
		t.Errorf("a stale delete: %d", got)
	}
	if got := deleteStatus(t, p.f, one+"?version=2"); got != http.StatusNoContent {
		t.Errorf("delete: %d", got)
	}
	if got := deleteStatus(t, p.f, one+"?version=3"); got != http.StatusNotFound {
		t.Errorf("delete again: %d", got)
	}
}

func TestResourceRefusals(t *testing.T) {
	p := newPipeline(t)
	bg := jsonID(p.engage(t, p.bg, `"country":"BG"`))
	path := "/api/v1/initiatives/" + p.initiativeID + "/resources"
	for _, tc := range []struct{ name, body, code, field string }{
		{"a negative value", `{"source":"X","what":"Gift","kind":"money","value":"-5","currency":"EUR","status":"pledged","on":"2025-04-01"}`, "validation.number", "value"},
		{"a two-letter currency", `{"source":"X","what":"Gift","kind":"money","value":"5","currency":"EU","status":"pledged","on":"2025-04-01"}`, "validation.currency", "currency"},
		{"received in the future", `{"source":"X","what":"Gift","kind":"money","value":"5","currency":"EUR","status":"received","on":"2999-01-01"}`, "validation.date_future", "on"},
		{"no giver", `{"what":"Gift","kind":"money","value":"5","currency":"EUR","status":"pledged","on":"2025-04-01"}`, "resource.giver_required", "source"},
		{"a bad day", `{"source":"X","what":"Gift","kind":"money","value":"5","currency":"EUR","status":"pledged","on":"1 April"}`, "validation.date", "on"},
	} {
		status, v := p.f.send(t, "POST", path, tc.body)
		wantError(t, tc.name, status, v, http.StatusUnprocessableEntity, tc.code, tc.field)
	}
	lvCoordinator := p.coordinator(t, `["LV"]`)
	status, v := lvCoordinator.send(t, "POST", path, `{"engagement_id":`+bg+`,"what":"Gift","kind":"money","value":"5","currency":"EUR","status":"pledged","on":"2025-04-01"}`)
	wantError(t, "a coordinator of LV and a BG partner", status, v, http.StatusUnprocessableEntity, "resource.partner_missing", "engagement_id")
	status, v = lvCoordinator.send(t, "POST", path, `{"source":"X","what":"Gift","kind":"money","value":"5","currency":"EUR","status":"pledged","on":"2025-04-01"}`)
	wantError(t, "a coordinator and a source in words", status, v, http.StatusForbidden, "error.forbidden", "")
}
