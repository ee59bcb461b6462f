package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"coalition/internal/directory"
	"coalition/internal/store"
	"coalition/internal/store/storetest"
)

// TestSearchBaseline checks that both engines' own full-text search finds and
// counts what it should, so the benchmark compares like with like.
func TestSearchBaseline(t *testing.T) {
	for engine, url := range engineURLs(t) {
		t.Run(engine, func(t *testing.T) {
			db := storetest.OpenURL(t, url)
			ctx := context.Background()
			orgs := []directory.Organization{
				{Name: "Zaļā Brīvība", Country: "LV", Kind: "ngo", Descriptions: []directory.Text{{Lang: "lv", Value: "Vides aizsardzība Rīgā"}}},
				{Name: "Zelena Slovenija", Country: "SI", Kind: "association", Descriptions: []directory.Text{{Lang: "sl", Value: "Varstvo okolja"}}},
				{Name: "Green Europe", Country: "BE", Kind: "ngo", Names: []directory.Text{{Lang: "fr", Value: "Europe Verte"}}},
				{Name: "Archived Zelena", Country: "SI", Kind: "ngo", Archived: true},
			}
			if err := db.ImportOrgs(ctx, orgs, nil, time.Now(), 0, "test"); err != nil {
				t.Fatal(err)
			}
			if err := db.BuildSearchBaseline(ctx); err != nil {
				t.Fatal(err)
			}
			res, err := db.SearchBaseline(ctx, storetestQuery("zel"), 10)
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != 1 || len(res.IDs) != 1 || !reflect.DeepEqual(res.Facets["country"], map[string]int{"SI": 1}) {
				t.Errorf("prefix zel: %+v", res)
			}
			res, _ = db.SearchBaseline(ctx, storetestQuery("verte"), 10)
			if res.Total != 1 || res.Facets["kind"]["ngo"] != 1 {
				t.Errorf("other name: %+v", res)
			}
			if err := db.DropSearchBaseline(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func storetestQuery(words ...string) store.BaselineQuery { return store.BaselineQuery{Words: words} }
