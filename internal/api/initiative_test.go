package api_test

import (
	"fmt"
	"net/http"
	"testing"
)

func TestInitiativeLifecycle(t *testing.T) {
	f := newFixture(t)
	status, v := f.send(t, "POST", "/api/v1/initiatives", `{"kind":"eci","titles":[{"lang":"lv","value":"Tīra Baltijas jūra"}],
		"registered_on":"2025-02-03","collection_start":"2025-03-01","collection_end":"2026-02-28","alliance_goal":100}`)
	if status != http.StatusCreated || v["slug"] != "tira-baltijas-jura" || v["status"] != "preparing" || v["version"] != 1.0 {
		t.Fatalf("create: %d %v", status, v)
	}
	if access := v["access"].(map[string]any); access["role"] != "organizer" || access["can_manage"] != true {
		t.Errorf("access %v", access)
	}
	path := fmt.Sprintf("/api/v1/initiatives/%d", int64(v["id"].(float64)))
	status, v = f.send(t, "PUT", path, `{"kind":"eci","titles":[{"lang":"lv","value":"Tīra Baltijas jūra"}],"registered_on":"2025-02-03","public":true,"status":"active","version":1}`)
	if status != http.StatusOK || v["public"] != true || v["version"] != 2.0 {
		t.Fatalf("update: %d %v", status, v)
	}
	status, v = f.send(t, "PUT", path, `{"kind":"eci","titles":[{"lang":"lv","value":"Old"}],"version":1}`)
	if code, _, _ := errorOf(t, v); status != http.StatusConflict || code != "error.stale" {
		t.Errorf("stale update: %d %v", status, v)
	}
	status, v = f.send(t, "GET", "/api/v1/initiatives", "")
	if items := v["items"].([]any); status != http.StatusOK || len(items) != 1 {
		t.Errorf("list: %d %v", status, v)
	}
	status, v = f.send(t, "GET", path+"/team", "")
	if items := v["items"].([]any); status != http.StatusOK || len(items) != 1 || items[0].(map[string]any)["role"] != "organizer" {
		t.Errorf("team: %d %v", status, v)
	}
	status, v = f.send(t, "DELETE", path+"/team/1", "")
	if code, _, _ := errorOf(t, v); status != http.StatusConflict || code != "initiative.last_organizer" {
		t.Errorf("removing the last organizer: %d %v", status, v)
	}
}

func TestInitiativeBadInput(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct{ body, code, field string }{
		{`{"kind":"eci","titles":[{"lang":"lv","value":"X"}],"registered_on":"2012-03-01"}`, "validation.date_before_eci", "registered_on"},
		{`{"kind":"eci","titles":[{"lang":"lv","value":"X"}],"registered_on":"3.2.2025"}`, "validation.date", "registered_on"},
		{`{"kind":"eci","titles":[{"lang":"lv","value":"X"}],"registered_on":"2025-02-03","collection_start":"2025-03-01","collection_end":"2026-04-01"}`, "initiative.collection_too_long", "collection_end"},
		{`{"kind":"eci","titles":[]}`, "validation.required", "titles"},
		{`{"kind":"eci","titles":[{"lang":"lv","value":"X"}],"slug":"Bad Slug"}`, "validation.slug", "slug"},
	} {
		status, v := f.send(t, "POST", "/api/v1/initiatives", tc.body)
		if code, _, field := errorOf(t, v); status != http.StatusUnprocessableEntity || code != tc.code || field != tc.field {
			t.Errorf("%s: %d %v", tc.body, status, v)
		}
	}
	status, v := f.send(t, "GET", "/api/v1/initiatives/99", "")
	if code, _, _ := errorOf(t, v); status != http.StatusNotFound || code != "error.not_found" {
		t.Errorf("missing: %d %v", status, v)
	}
}

func TestOrganizerGroupAPI(t *testing.T) {
	f := newFixture(t)
	_, v := f.send(t, "POST", "/api/v1/initiatives", `{"kind":"eci","titles":[{"lang":"en","value":"Clean sea"}]}`)
	path := fmt.Sprintf("/api/v1/initiatives/%d/organizers", int64(v["id"].(float64)))
	status, v := f.send(t, "POST", path+"?lang=en", `{"name":"Jānis","residence":"LV","nationality":"LV","age_confirmed":true,"role":"representative"}`)
	missing, _ := v["missing"].([]any)
	if status != http.StatusOK || v["ok"] != false || v["eligible"] != 1.0 || len(missing) != 2 ||
		missing[0] != "1 eligible members in 1 member states: add members resident in 6 more member states" {
		t.Fatalf("add: %d %v", status, v)
	}
	status, v = f.send(t, "POST", path, `{"name":"MEP","residence":"DE","nationality":"DE","age_confirmed":true,"mep":true}`)
	items, _ := v["items"].([]any)
	if status != http.StatusOK || len(items) != 2 || items[1].(map[string]any)["counts"] != false {
		t.Fatalf("add an MEP: %d %v", status, v)
	}
	status, v = f.send(t, "POST", path, `{"name":"","residence":"Latvia","nationality":"LV","birth_date":"17.05.1990"}`)
	if code, _, field := errorOf(t, v); status != http.StatusUnprocessableEntity || code != "validation.date" || field != "birth_date" {
		t.Errorf("bad member: %d %v", status, v)
	}
}

func TestCoverageAPI(t *testing.T) {
	f := newFixture(t)
	_, v := f.send(t, "POST", "/api/v1/initiatives", `{"kind":"eci","titles":[{"lang":"en","value":"Clean sea"}],"registered_on":"2025-02-03"}`)
	path := fmt.Sprintf("/api/v1/initiatives/%d", int64(v["id"].(float64)))
	status, v := f.send(t, "POST", path+"/tallies", `{"on":"2025-06-01","counts":{"LV":4100,"Greece":20}}`)
	if status != http.StatusOK || v["collected"] != 4120.0 || v["states_met"] != 0.0 || len(v["tallies"].([]any)) != 2 {
		t.Fatalf("tallies: %d %v", status, v)
	}
	for _, s := range v["states"].([]any) {
		st := s.(map[string]any)
		if st["code"] == "LV" && (st["threshold"] != 6480.0 || st["gap"] != 2380.0) {
			t.Errorf("LV %v", st)
		}
	}
	status, v = f.send(t, "POST", path+"/tallies", `{"on":"2025-06-01","counts":{"LV":-4,"Atlantis":1}}`)
	if code, _, _ := errorOf(t, v); status != http.StatusUnprocessableEntity || code != "eci.support.unknown_country" {
		t.Errorf("bad tallies: %d %v", status, v)
	}
	status, v = f.send(t, "POST", path+"/tallies", `{"on":"1.6.2025","counts":{"LV":1}}`)
	if code, _, field := errorOf(t, v); status != http.StatusUnprocessableEntity || code != "validation.date" || field != "on" {
		t.Errorf("bad day: %d %v", status, v)
	}
}

func TestSuggestionsAPI(t *testing.T) {
	f := newFixture(t)
	_, v := f.send(t, "POST", "/api/v1/initiatives", `{"kind":"eci","titles":[{"lang":"en","value":"Clean sea"}],"registered_on":"2025-02-03"}`)
	path := fmt.Sprintf("/api/v1/initiatives/%d", int64(v["id"].(float64)))
	f.send(t, "POST", "/api/v1/organizations", `{"name":"Zaļā Brīvība","country":"LV","kind":"ngo","level":"national","members":2500}`)
	status, v := f.send(t, "GET", path+"/suggestions?lang=lv", "")
	items, _ := v["items"].([]any)
	if status != http.StatusOK || len(items) != 1 {
		t.Fatalf("suggestions: %d %v", status, v)
	}
	reasons := items[0].(map[string]any)["reasons"].([]any)
	if reasons[0] != "Partneris (Nacionālais) valstī Latvija, kur trūkst 6480 parakstu" {
		t.Errorf("reasons %q", reasons)
	}
	status, v = f.send(t, "GET", path+"/suggestions?limit=0", "")
	if code, _, field := errorOf(t, v); status != http.StatusUnprocessableEntity || code != "validation.range" || field != "limit" {
		t.Errorf("limit 0: %d %v", status, v)
	}
}
