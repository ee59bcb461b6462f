package search

import (
	"maps"
	"slices"
	"testing"

	"coalition/internal/directory"
)

func facetOrgs() []directory.Organization {
	return []directory.Organization{
		org(1, "Alpha", country("LV"), region("LV009"), topics("environment_climate")),
		org(2, "Beta", country("LV"), region("LV00A"), kind("foundation"), topics("environment_climate", "energy")),
		org(3, "Gamma", country("BG"), region("BG411"), topics("energy")),
		org(4, "Delta", country("BG"), archived()),
	}
}

func wantCounts(t *testing.T, what string, got, want map[string]int) {
	t.Helper()
	if !maps.Equal(got, want) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

// TestFacetCounts checks multi-select faceting: each facet is counted with
// the other facets' filters applied but not its own.
func TestFacetCounts(t *testing.T) {
	eachIndex(t, facetOrgs(), func(t *testing.T, ix *Index) {
		all := mustSearch(t, ix, Query{})
		if all.Total != 3 {
			t.Errorf("total %d", all.Total)
		}
		wantCounts(t, "country", all.Facets["country"], map[string]int{"LV": 2, "BG": 1})
		wantCounts(t, "kind", all.Facets["kind"], map[string]int{"ngo": 2, "foundation": 1})
		wantCounts(t, "topic", all.Facets["topic"], map[string]int{"environment_climate": 2, "energy": 2})
		wantCounts(t, "region", all.Facets["region"], map[string]int{
			"LV0": 2, "LV00": 2, "LV009": 1, "LV00A": 1, "BG4": 1, "BG41": 1, "BG411": 1,
		})

		lv := mustSearch(t, ix, Query{Filters: map[string][]string{"country": {"lv"}}})
		if lv.Total != 2 {
			t.Errorf("LV total %d", lv.Total)
		}
		wantCounts(t, "country, own filter not applied", lv.Facets["country"], map[string]int{"LV": 2, "BG": 1})
		wantCounts(t, "kind within LV", lv.Facets["kind"], map[string]int{"ngo": 1, "foundation": 1})
		wantCounts(t, "topic within LV", lv.Facets["topic"], map[string]int{"environment_climate": 2, "energy": 1})

		both := mustSearch(t, ix, Query{Filters: map[string][]string{"country": {"LV"}, "kind": {"ngo"}}})
		if both.Total != 1 {
			t.Errorf("LV+ngo total %d", both.Total)
		}
		wantCounts(t, "country within ngo", both.Facets["country"], map[string]int{"LV": 1, "BG": 1})
		wantCounts(t, "kind within LV", both.Facets["kind"], map[string]int{"ngo": 1, "foundation": 1})

		none := mustSearch(t, ix, Query{Filters: map[string][]string{"country": {"DE"}}})
		wantCounts(t, "selected value shown", none.Facets["country"], map[string]int{"LV": 2, "BG": 1, "DE": 0})

		arch := mustSearch(t, ix, Query{IncludeArchived: true})
		wantCounts(t, "archived counted when asked", arch.Facets["country"], map[string]int{"LV": 2, "BG": 2})
	})
}

// TestRegionFilter checks that a NUTS code matches the regions inside it.
func TestRegionFilter(t *testing.T) {
	eachIndex(t, facetOrgs(), func(t *testing.T, ix *Index) {
		for _, c := range []struct {
			region string
			want   []int64
		}{
			{"LV009", []int64{1}}, {"lv00", []int64{1, 2}}, {"LV0", []int64{1, 2}},
			{"LV00B", nil}, {"BG4", []int64{3}},
		} {
			got := mustSearch(t, ix, Query{Filters: map[string][]string{"region": {c.region}}}).IDs
			slices.Sort(got)
			wantIDs(t, c.region, got, c.want...)
			got = sorted(t, ix, "region:"+c.region)
			wantIDs(t, "box "+c.region, got, c.want...)
		}
	})
}

// TestUnknownFilter checks that a filter on no facet is refused.
func TestUnknownFilter(t *testing.T) {
	ix := NewIndex()
	if _, err := ix.Search(Query{Filters: map[string][]string{"colour": {"red"}}}); err == nil {
		t.Error("unknown facet accepted")
	}
}

// TestPaging checks that pages follow each other without gaps or repeats.
func TestPaging(t *testing.T) {
	var orgs []directory.Organization
	for i := range 57 {
		o := org(int64(i+1), "Club", reach(int64(i*37%11)))
		if i%3 == 0 {
			o.Name = "Club Club"
		}
		orgs = append(orgs, o)
	}
	eachIndex(t, orgs, func(t *testing.T, ix *Index) {
		full := mustSearch(t, ix, Query{Text: "club", Limit: 100})
		if full.Total != 57 || len(full.IDs) != 57 {
			t.Fatalf("total %d, %d ids", full.Total, len(full.IDs))
		}
		var paged []int64
		for off := 0; off < 70; off += 10 {
			res := mustSearch(t, ix, Query{Text: "club", Offset: off, Limit: 10})
			if res.Total != 57 {
				t.Errorf("offset %d: total %d", off, res.Total)
			}
			paged = append(paged, res.IDs...)
		}
		wantIDs(t, "pages", paged, full.IDs...)
		if n := len(mustSearch(t, ix, Query{Text: "club"}).IDs); n != DefaultLimit {
			t.Errorf("default page has %d", n)
		}
	})
}

// TestPutDelete checks replacing and deleting organizations, built or put.
func TestPutDelete(t *testing.T) {
	eachIndex(t, facetOrgs(), func(t *testing.T, ix *Index) {
		ix.Put(org(1, "Omega", country("BG"), region("BG411")))
		wantIDs(t, "old name gone", sorted(t, ix, "alpha"), nil...)
		wantIDs(t, "new name", sorted(t, ix, "omega"), 1)
		res := mustSearch(t, ix, Query{Filters: map[string][]string{"region": {"LV00"}}})
		wantIDs(t, "old region gone", res.IDs, 2)
		wantCounts(t, "countries in the region", res.Facets["country"], map[string]int{"LV": 1})
		all := mustSearch(t, ix, Query{})
		wantCounts(t, "countries", all.Facets["country"], map[string]int{"BG": 2, "LV": 1})
		ix.Put(org(1, "Omega Two"))
		wantIDs(t, "replaced twice", sorted(t, ix, "omega"), 1)
		wantIDs(t, "replaced twice", sorted(t, ix, "two"), 1)
		ix.Delete(2)
		ix.Delete(99)
		wantIDs(t, "deleted", sorted(t, ix, "beta"), nil...)
		if ix.Len() != 3 {
			t.Errorf("Len %d", ix.Len())
		}
		ix.Put(org(2, "Beta Again"))
		wantIDs(t, "back", sorted(t, ix, "beta"), 2)
		if ix.Len() != 4 {
			t.Errorf("Len %d", ix.Len())
		}
	})
}

// TestCountryFilterTakesTheCodesTheDirectoryTakes checks that a country
// filter is read as the directory reads a country: EL for Greece, UK for the
// United Kingdom, three-letter ISO codes.
func TestCountryFilterTakesTheCodesTheDirectoryTakes(t *testing.T) {
	orgs := []directory.Organization{org(1, "Alpha", country("GR")), org(2, "Beta", country("GB")), org(3, "Gamma", country("LV"))}
	eachIndex(t, orgs, func(t *testing.T, ix *Index) {
		for filter, want := range map[string]int64{"el": 1, "GRC": 1, "UK": 2, "gb": 2, "LVA": 3} {
			res := mustSearch(t, ix, Query{Filters: map[string][]string{"country": {filter}}})
			wantIDs(t, "country="+filter, res.IDs, want)
		}
	})
}
