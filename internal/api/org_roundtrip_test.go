package api_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"coalition/internal/directory"
)

// putBack changes one field of a record as GET returned it and PUTs the whole
// record back.
func putBack(t *testing.T, f fixture, path string, change func(map[string]any)) (int, map[string]any) {
	t.Helper()
	status, v := f.send(t, "GET", path, "")
	if status != 200 {
		t.Fatalf("GET %s: %d %v", path, status, v)
	}
	change(v)
	body, _ := json.Marshal(v)
	return f.send(t, "PUT", path, string(body))
}

func TestOrganizationPutWhatGetReturned(t *testing.T) {
	f := newFixture(t)
	_, v := f.send(t, "POST", "/api/v1/organizations", `{"name":"Zelena Slovenija","country":"SI","kind":"ngo","topics":["environment_climate"]}`)
	path := "/api/v1/organizations/" + jsonID(v)
	status, v := putBack(t, f, path, func(v map[string]any) { v["city"] = "Ljubljana" })
	if status != 200 || v["city"] != "Ljubljana" || v["version"] != 2.0 || v["kind"] != "ngo" {
		t.Fatalf("PUT of the GET answer: %d %v", status, v)
	}
	cases := []struct {
		name        string
		change      func(map[string]any)
		code, field string
	}{
		{"another id", func(v map[string]any) { v["id"] = v["id"].(float64) + 1 }, "api.id_mismatch", "id"},
		{"an id that is not a number", func(v map[string]any) { v["id"] = "one" }, "validation.json_type", "id"},
		{"a wrong type in an input field", func(v map[string]any) { v["members"] = "many" }, "validation.json_type", "members"},
		{"a wrong type in a list", func(v map[string]any) { v["names"] = []any{map[string]any{"lang": 1}} }, "validation.json_type", "names.lang"},
		{"an unknown field", func(v map[string]any) { v["colour"] = "green" }, "error.invalid_json", "colour"},
		{"a person's field", func(v map[string]any) { v["given_name"] = "Ana" }, "error.invalid_json", "given_name"},
	}
	for _, c := range cases {
		status, v := putBack(t, f, path+"?lang=lv", c.change)
		code, msg, field := errorOf(t, v)
		if status != 422 || code != c.code || field != c.field || msg == code {
			t.Errorf("%s: %d %s %q field %q", c.name, status, code, msg, field)
		}
	}
	// Read-only fields are ignored, not applied.
	status, v = putBack(t, f, path, func(v map[string]any) {
		v["archived"], v["has_logo"], v["created_at"] = true, true, "2001-01-01T00:00:00Z"
	})
	if status != 200 || v["archived"] != false || v["has_logo"] != false || v["created_at"] == "2001-01-01T00:00:00Z" {
		t.Errorf("read-only fields: %d %v", status, v)
	}
}

func TestPersonPutWhatGetReturned(t *testing.T) {
	f := newFixture(t)
	_, v := f.send(t, "POST", "/api/v1/people", `{"given_name":"Ana","family_name":"Petrova","kind":"volunteer","email":"ana@example.org",
		"consent":{"basis":"consent","date":"2026-05-03","source":"signed form"}}`)
	path := "/api/v1/people/" + jsonID(v)
	status, v := putBack(t, f, path, func(v map[string]any) { v["party"] = "Greens" })
	if status != 200 || v["party"] != "Greens" || v["version"] != 2.0 || v["email"] != "ana@example.org" {
		t.Fatalf("PUT of the GET answer: %d %v", status, v)
	}
	for field, change := range map[string]func(map[string]any){
		"id":       func(v map[string]any) { v["id"] = 9999.0 },
		"has_logo": func(v map[string]any) { v["has_logo"] = false }, // an organization's field
	} {
		status, v := putBack(t, f, path, change)
		if _, _, got := errorOf(t, v); status != 422 || got != field {
			t.Errorf("%s: %d %v", field, status, v)
		}
	}
}

func TestDuplicateReasonsAreTranslated(t *testing.T) {
	f := newFixture(t)
	f.send(t, "POST", "/api/v1/organizations", `{"name":"Biedrība Zaļā Brīvība","country":"LV"}`)
	status, v := f.send(t, "POST", "/api/v1/organizations?lang=lv", `{"name":"Zala Briviba","country":"LV"}`)
	dups, _ := v["possible_duplicates"].([]any)
	if status != 201 || len(dups) != 1 {
		t.Fatalf("create: %d %v", status, v)
	}
	reasons, _ := dups[0].(map[string]any)["reasons"].([]any)
	want := map[string]any{"code": "duplicate.same_name", "message": "Vienāds nosaukums, neņemot vērā burtu lielumu, diakritiskās zīmes, rakstību un juridisko formu"}
	found := false
	for _, r := range reasons {
		m, _ := r.(map[string]any)
		found = found || (m["code"] == want["code"] && m["message"] == want["message"])
	}
	if !found {
		t.Errorf("reasons %v lack %v", reasons, want)
	}
}

func TestMergedRecordsNameTheirSurvivor(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	keep, _ := f.dir.CreateOrg(ctx, directory.Actor{}, directory.Organization{Name: "Zelena Slovenija", Country: "SI"})
	drop, _ := f.dir.CreateOrg(ctx, directory.Actor{}, directory.Organization{Name: "Zelena Slovenija d.o.o.", Country: "SI"})
	if _, err := f.dir.MergeOrgs(ctx, directory.Actor{}, keep.ID, drop.ID, keep.Version); err != nil {
		t.Fatal(err)
	}
	pk, _ := f.dir.CreatePerson(ctx, directory.Actor{}, directory.Person{GivenName: "Ana", FamilyName: "Novak", Kind: "journalist"})
	pd, _ := f.dir.CreatePerson(ctx, directory.Actor{}, directory.Person{GivenName: "Ana", FamilyName: "Novak", Kind: "journalist"})
	if _, err := f.dir.MergePeople(ctx, directory.Actor{}, pk.ID, pd.ID, pk.Version); err != nil {
		t.Fatal(err)
	}
	id := func(n int64) string { return strconv.FormatInt(n, 10) }
	cases := []struct {
		path string
		want any // nil: no merged_into
	}{
		{"/api/v1/organizations/" + id(drop.ID), float64(keep.ID)},
		{"/api/v1/organizations/" + id(keep.ID), nil},
		{"/api/v1/people/" + id(pd.ID), float64(pk.ID)},
		{"/api/v1/people/" + id(pk.ID), nil},
	}
	for _, c := range cases {
		status, v := f.send(t, "GET", c.path, "")
		if got, ok := v["merged_into"]; status != 200 || got != c.want || ok != (c.want != nil) {
			t.Errorf("%s: %d merged_into %v", c.path, status, got)
		}
	}
}
