package api_test

import (
	"testing"
)

func TestUnknownFilterValuesAreRefused(t *testing.T) {
	f := newFixture(t)
	f.send(t, "POST", "/api/v1/organizations", `{"name":"Zelena Slovenija","country":"SI","kind":"ngo","region":"SI03","languages":["sl"],"topics":["environment_climate"]}`)
	refused := []struct{ query, field, value string }{
		{"country=ZZ", "country", "ZZ"},
		{"country=Latvia", "country", "Latvia"},
		{"kind=alien", "kind", "alien"},
		{"topic=nonsense", "topic", "nonsense"},
		{"country=SI,XX", "country", "XX"},
		{"region=SI99", "region", "SI99"},
		{"language=klingon", "language", "klingon"},
		{"level=planetary&kind=ngo", "level", "planetary"},
	}
	for _, c := range refused {
		status, v := f.send(t, "GET", "/api/v1/organizations?lang=lv&"+c.query, "")
		code, msg, field := errorOf(t, v)
		if want := "„" + c.value + "” nav zināma filtra " + c.field + " vērtība."; status != 422 || code != "search.unknown_value" || field != c.field || msg != want {
			t.Errorf("%s: %d %s %q field %q", c.query, status, code, msg, field)
		}
	}
	accepted := []string{"country=si", "country=EL", "country=US", "kind=NGO", "region=SI03", "language=sl-SI", "language=tr", "topic=environment_climate"}
	for _, q := range accepted {
		if status, v := f.send(t, "GET", "/api/v1/organizations?"+q, ""); status != 200 {
			t.Errorf("%s: %d %v", q, status, v)
		}
	}
	_, v := f.send(t, "GET", "/api/v1/organizations?country=ZZ&kind=alien", "")
	if problems, _ := v["error"].(map[string]any)["problems"].([]any); len(problems) != 2 {
		t.Errorf("two unknown values, problems %v", problems)
	}
}

func TestUnknownPeopleFilterValuesAreRefused(t *testing.T) {
	f := newFixture(t)
	for _, c := range []struct{ query, field string }{{"country=ZZ", "country"}, {"kind=alien", "kind"}} {
		status, v := f.send(t, "GET", "/api/v1/people?"+c.query, "")
		if code, _, field := errorOf(t, v); status != 422 || code != "search.unknown_value" || field != c.field {
			t.Errorf("%s: %d %v", c.query, status, v)
		}
	}
	if status, v := f.send(t, "GET", "/api/v1/people?country=LV&kind=journalist", ""); status != 200 {
		t.Errorf("known values: %d %v", status, v)
	}
}
