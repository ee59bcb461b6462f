package tabular

import "testing"

func TestReadJSON(t *testing.T) {
	data := `[{"name":"Zaļā","members":12,"topics":["energy","transport"],"pic":null,"ok":true},
	{"name":"B","members":3.5},
	{"name":"C","extra":"x"},
	{"name":{"x":1}},
	{"name":"D"}]`
	tb := mustRead(t, []byte(data), "orgs.json", Options{})
	want := [][]string{{"Zaļā", "12", "energy; transport", "", "true"}, {"B", "3.5", "", "", ""}, {"D", "", "", "", ""}}
	if !slicesEqual(tb.rows, want) {
		t.Errorf("rows %q", tb.rows)
	}
	if tb.bad[4] != "import.json_key" || tb.bad[5] != "import.json_value" {
		t.Errorf("bad %v", tb.bad)
	}
}

func TestReadJSONBroken(t *testing.T) {
	cases := map[string]string{
		"not an array":   `{"name":"x"}`,
		"broken":         `[{"name":"x"},{"name":`,
		"array of array": `[["a"]]`,
	}
	for name, data := range cases {
		if _, err := read(t, []byte(data), "x.json", Options{}); errKey(err) != "import.bad_json" {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := read(t, []byte(`[]`), "x.json", Options{}); errKey(err) != "import.empty_file" {
		t.Errorf("empty array: %v", err)
	}
}

func TestReadJSONTruncated(t *testing.T) {
	for _, data := range []string{"[", " [ \n", `[{"name":"A"`, `[{"name":"A"}`, `[{"name":"A"},`, `[{"name":"A"},{"name":"B"}`} {
		tb, err := read(t, []byte(data), "x.json", Options{})
		if err == nil || errKey(err) != "import.bad_json" {
			t.Errorf("%q: %v rows %q: a cut-off file is broken JSON, not empty or complete", data, err, tb.rows)
		}
	}
	for _, data := range []string{"", " \n", "\xEF\xBB\xBF", "[]", " [ ] "} {
		if _, err := read(t, []byte(data), "x.json", Options{}); err == nil || errKey(err) != "import.empty_file" {
			t.Errorf("%q: %v", data, err)
		}
	}
}
