package api_test

import (
	"net/http"
	"testing"
)

func TestECIAssessment(t *testing.T) {
	f := newFixture(t)
	body := `{"registered":"2025-03-01","support":{"DE":70000,"Francija":58320,"IT":54720,"España":43920,"PL":38160,"MT":4320,"RO":731000}}`
	status, v := f.send(t, "POST", "/api/v1/eci/assessments?lang=lv", body)
	states, _ := v["states"].([]any)
	if status != http.StatusOK || v["valid"] != true || v["states_met"] != 7.0 || v["total"] != 1_000_440.0 || len(states) != 27 {
		t.Fatalf("%d %v", status, v)
	}
	bg := states[1].(map[string]any)
	if bg["name"] != "Bulgārija" || bg["threshold"] != 12240.0 || bg["short"] != 12240.0 || bg["met"] != false {
		t.Errorf("Bulgaria = %v", bg)
	}
}

func TestECIAssessmentRefuses(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		body, code, field string
		problems          int
	}{
		{`{"registered":"2011-12-31","support":{"DE":1}}`, "validation.date_before_eci", "registered", 0},
		{`{"registered":"2999-01-01","support":{"DE":1}}`, "validation.date_future", "registered", 0},
		{`{"support":{"DE":1}}`, "validation.required", "registered", 0},
		{`{"registered":"2025-03-01","support":{"DE":-5,"Atlantis":1,"Deutschland":3,"FR":"x","LV":1}}`, "eci.support.bad_count", "support.DE", 4},
		{`{"registered":"2025-03-01","support":[1]}`, "eci.support.not_object", "support", 0},
		{`{"registered":"2025-03-01"}`, "eci.support.not_object", "support", 0},
		{`{"registered":"2021-01-01","support":{"UK":5}}`, "eci.support.not_in_annex", "support", 0},
	} {
		status, v := f.send(t, "POST", "/api/v1/eci/assessments", tc.body)
		code, _, field := errorOf(t, v)
		problems, _ := v["error"].(map[string]any)["problems"].([]any)
		if status != http.StatusUnprocessableEntity || code != tc.code || field != tc.field || len(problems) != tc.problems {
			t.Errorf("%s: %d %v", tc.body, status, v)
		}
	}
}
