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
