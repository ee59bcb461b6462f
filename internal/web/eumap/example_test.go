package eumap_test

import (
	"fmt"
	"strings"

	"coalition/internal/web/eumap"
)

func ExampleRender() {
	values := map[string]eumap.State{
		"LV": {Share: 0.37, Label: "4,100 short", Title: "Latvia: 2,380 of 6,480 (37%)", Link: "/initiatives/7/states/LV"},
		"DE": {Share: 1.12},
		"EL": {Share: 0.3}, // Greece by its EU code
	}
	var b strings.Builder
	err := eumap.Render(&b, values, eumap.Options{Lang: "lv", Title: "Paraksti pa dalībvalstīm"})
	fmt.Println(err, strings.HasPrefix(b.String(), "<svg"), b.Len() < 150_000)
	// Output: <nil> true true
}
