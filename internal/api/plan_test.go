package api_test

import (
	"fmt"
	"net/http"
	"testing"
)

func TestPlanAPI(t *testing.T) {
	f := newFixture(t)
	_, v := f.send(t, "POST", "/api/v1/initiatives", `{"kind":"eci","titles":[{"lang":"en","value":"Clean sea"}],"registered_on":"2025-02-03"}`)
	path := fmt.Sprintf("/api/v1/initiatives/%d", int64(v["id"].(float64)))
	f.send(t, "POST", path+"/tallies", `{"on":"2025-06-01","counts":{"LV":6000}}`)
	f.send(t, "POST", "/api/v1/organizations", `{"name":"Zaļā Brīvība","country":"LV","kind":"ngo","level":"local","members":10000}`)
	f.send(t, "POST", "/api/v1/organizations", `{"name":"Eko Rīga","country":"LV","kind":"ngo","level":"local","members":200}`)
	status, v := f.send(t, "GET", path+"/plan?k=1&lang=lv", "")
	picks, _ := v["picks"].([]any)
	if status != http.StatusOK || len(picks) != 1 {
		t.Fatalf("plan: %d %v", status, v)
	}
	pick := picks[0].(map[string]any)
	if org := pick["organization"].(map[string]any); org["name"] != "Zaļā Brīvība" || pick["capacity"] != 500.0 || pick["closes"] != true {
		t.Errorf("pick %v", pick)
	}
	if v["after"].(map[string]any)["states_over"] != 1.0 || v["before"].(map[string]any)["states_over"] != 0.0 {
		t.Errorf("before %v, after %v", v["before"], v["after"])
	}
	if m := v["model"].(map[string]any); m["delivery_rate"] != 0.5 || len(m["levels"].([]any)) != 6 {
		t.Errorf("model %v", m)
	}
	for _, k := range []string{"0", "201", "many"} {
		status, v = f.send(t, "GET", path+"/plan?k="+k, "")
		if code, _, field := errorOf(t, v); status != http.StatusUnprocessableEntity || code != "validation.range" || field != "k" {
			t.Errorf("k=%s: %d %v", k, status, v)
		}
	}
}
